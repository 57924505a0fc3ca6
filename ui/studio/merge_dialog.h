// Two versions of a draft side by side: theirs (the published item as changed elsewhere, or
// another device's copy) read-only on the left, the creator's own on the right, editable so
// the two can be merged by hand. Neither is lost: the choice is made by the creator.
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lyceum::ui {

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Theirs, Mine };

    MergeDialog(const QString &theirsHeading, const QString &theirTitle, const QString &theirBody,
                const QString &myTitle, const QString &myBody, const QString &acceptText,
                QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString title() const; // of the chosen version (the right side as edited for Mine)
    QString body() const;
    QPushButton *theirsButton() const { return m_useTheirs; }
    QPushButton *mineButton() const { return m_useMine; }
    QPlainTextEdit *myBodyEdit() const { return m_myBody; }

private:
    Choice m_choice = Choice::None;
    QLineEdit *m_theirTitle;
    QPlainTextEdit *m_theirBody;
    QLineEdit *m_myTitle;
    QPlainTextEdit *m_myBody;
    QPushButton *m_useTheirs;
    QPushButton *m_useMine;
};

} // namespace lyceum::ui
