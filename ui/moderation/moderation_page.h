// The moderation console (staff; Ctrl+4): the review queue, highest priority first, filtered by
// kind, reason and spam score; the selected item's text, its reports with each reporter's track
// record and note, the author's record and latest replies, the spam score and what weighed most;
// a templated reason the author is shown; and the actions. Keyboard triage: j / k move,
// a approve, h hide, d delete, b ban, w warn, u undoes the last action. Several items can be
// selected and acted on at once. Appeals, posts a keyword filter held and members waiting for
// approval are queue items too (A grants / publishes / approves, D upholds / rejects / refuses);
// Enter (or Open in thread) shows the item where it was written. Beside the queue, the Rules tab
// (space rules, new members, keyword filters) and the People tab. Actions go through the outbox,
// so the console works offline on the queue last fetched; an item another moderator resolved
// first shows so instead of being acted on twice.
#pragma once

#include "client/client.h"
#include "client/moderation_service.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QTabWidget;
class QListView;
class QPushButton;
class QTextBrowser;

namespace lyceum::ui {

class ModerationQueueModel;
class PeoplePanel;
class SpaceRulesPanel;

class ModerationPage : public QWidget {
    Q_OBJECT
public:
    explicit ModerationPage(Client *client, QWidget *parent = nullptr);

    void refresh(); // from the server (the kept queue when offline)
    QListView *list() const { return m_list; }
    // The key ("kind:id") of the item under the cursor, empty when none.
    QString currentKey() const;
    QTextBrowser *detail() const { return m_detail; }
    QComboBox *reasonTemplate() const { return m_template; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *scoreFilter() const { return m_score; }
    QLabel *statusLabel() const { return m_status; }
    const QVector<ModerationItem> &items() const { return m_items; }
    // The items shown, in order (after the filters).
    QVector<ModerationItem> shownItems() const;
    // Chooses where the audit log CSV goes (a file dialog by default).
    void setCsvPathChooser(std::function<QString()> chooser) { m_csvPath = std::move(chooser); }
    void openAuditLog();

    QTabWidget *tabs() const { return m_tabs; }
    SpaceRulesPanel *rulesPanel() const { return m_rules; }
    PeoplePanel *peoplePanel() const { return m_people; }
    // Opens the selected item's post (or thread) where it was written.
    void openSelectedInThread();

    static QString actionLabel(const QString &action);
    // The templated reasons moderators choose and authors are shown (spam_links, off_topic,
    // abuse_language, rules).
    static QString templateLabel(const QString &code);
    // The community model's score from the server, else this computer's classifier's.
    std::optional<double> scoreOf(const ModerationItem &item) const;

Q_SIGNALS:
    void loaded();
    // The moderator asked to see an item where it was written (MainWindow::openThreadAt).
    void threadRequested(const QString &threadId, const QString &postId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectSignals();
    QWidget *buildDetailPane();
    void apply(QVector<ModerationItem> items, const QString &problem);
    void rebuild();
    void showDetail();
    void actOnSelection(const QString &action);
    void undoLast();
    QWidget *buildQueueTab(QLayout *filters);
    // Acts on an appeal, a held post or a waiting member: A grants / publishes / approves, D
    // upholds / rejects / refuses; false for the report kinds.
    bool decideOther(const ModerationItem &item, const QString &action);

    Client *m_client;
    QVector<ModerationItem> m_items;
    QComboBox *m_kind;
    QComboBox *m_reason;
    QComboBox *m_score;
    QComboBox *m_template;
    QLabel *m_status;
    QListView *m_list;
    ModerationQueueModel *m_model;
    mutable QHash<QString, std::optional<double>> m_scores; // by key, for the queue shown
    QTextBrowser *m_detail;
    QStringList m_acted; // keys of the items acted on, oldest first (for undo)
    std::function<QString()> m_csvPath;
    QTabWidget *m_tabs;
    SpaceRulesPanel *m_rules;
    PeoplePanel *m_people;
};

} // namespace lyceum::ui
