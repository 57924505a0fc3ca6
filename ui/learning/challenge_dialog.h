// The creator's dialog that opens or edits a check-in challenge (keyboard first: every field has
// a label and a mnemonic, tab order follows the form, Enter accepts, Escape cancels).
#pragma once

#include "learning/challenge_rules.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace lyceum::ui {

class ChallengeDialog : public QDialog {
    Q_OBJECT
public:
    // An empty challenge (no id) opens a new one in spaceId; otherwise it is edited.
    ChallengeDialog(const challenges::Challenge &challenge, const QString &spaceId,
                    QWidget *parent = nullptr);
    // What the form says, with the id and space kept (a new id for a new challenge).
    challenges::Challenge challenge() const;

private:
    challenges::Challenge m_base;
    QLineEdit *m_title;
    QSpinBox *m_days;
    QDateEdit *m_start;
    QTimeEdit *m_opens;
    QTimeEdit *m_closes;
    QSpinBox *m_offsetHours;
    QSpinBox *m_makeUpDays;
    QSpinBox *m_makeUpHours;
    QCheckBox *m_leaderboard;
    QPlainTextEdit *m_prompts;
};

} // namespace lyceum::ui
