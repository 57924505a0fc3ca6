// The console's Rules tab (staff): each space's rules (who starts threads, who replies, slow mode,
// closed), whether new members wait for approval, and the keyword filters (FiltersPanel). Saved
// through the outbox (space.rules, community.settings); the server's rule book enforces them.
#pragma once

#include "client/client.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lyceum::ui {

class FiltersPanel;

class SpaceRulesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SpaceRulesPanel(Client *client, QWidget *parent = nullptr);

    void reload(); // the spaces from the cache, the approval setting and filters from the server
    QComboBox *spaceBox() const { return m_space; }
    QComboBox *startThreadsBox() const { return m_start; }
    QComboBox *replyBox() const { return m_reply; }
    QSpinBox *slowModeBox() const { return m_slow; }
    QCheckBox *closedBox() const { return m_closed; }
    QPushButton *saveButton() const { return m_save; }
    QCheckBox *approveMembersBox() const { return m_approve; }
    QLabel *statusLabel() const { return m_status; }
    FiltersPanel *filters() const { return m_filters; }

    static QString audienceLabel(SpaceAudience audience);

private:
    void showSpace();
    void save();

    Client *m_client;
    QVector<Space> m_spaces;
    QComboBox *m_space;
    QComboBox *m_start;
    QComboBox *m_reply;
    QSpinBox *m_slow;
    QCheckBox *m_closed;
    QPushButton *m_save;
    QCheckBox *m_approve;
    QLabel *m_status;
    FiltersPanel *m_filters;
};

} // namespace lyceum::ui
