// The console's People tab (staff): look a member up by handle or name; their record (posts,
// threads, reports against them, the actions taken on them); ban until a date or for good, or
// warn (they get a notice), through the outbox like every moderation action.
#pragma once

#include "client/client.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace lyceum::ui {

class PeoplePanel : public QWidget {
    Q_OBJECT
public:
    explicit PeoplePanel(Client *client, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QTextBrowser *record() const { return m_record; }
    QDateEdit *untilEdit() const { return m_until; }
    QPushButton *banUntilButton() const { return m_banUntil; }
    QPushButton *banButton() const { return m_ban; }
    QPushButton *warnButton() const { return m_warn; }
    QLabel *statusLabel() const { return m_status; }
    // The reason template the author is shown (the queue's choice).
    void setReasonSource(std::function<QString()> reason) { m_reason = std::move(reason); }

Q_SIGNALS:
    void searched();    // the results of a search are shown
    void recordShown(); // the selected member's record is shown

private:
    void search();
    void showSelected();
    void act(const QString &action, qint64 untilMs);

    Client *m_client;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTextBrowser *m_record;
    QDateEdit *m_until;
    QPushButton *m_banUntil;
    QPushButton *m_ban;
    QPushButton *m_warn;
    QLabel *m_status;
    std::function<QString()> m_reason;
};

} // namespace lyceum::ui
