// Discussions in three panes: spaces → the threads of the selected space → the open thread.
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class SpaceListModel;
class ThreadListModel;
class ElidedLabel;
class ThreadView;
class ChallengeEntry;

class DiscussionsPage : public QWidget {
    Q_OBJECT
public:
    explicit DiscussionsPage(Client *client, QWidget *parent = nullptr);

    // Opens any thread (also one attached to a course) in the right pane.
    void openThread(const QString &threadId);
    // The one way in for a post: the thread opened at it, scrolled to and highlighted (a search
    // hit, a notice, a lyceum:// link). The thread's head when the post is not in it.
    void openThreadAt(const QString &threadId, const QString &postId);
    void selectSpace(const QString &spaceId);
    void startNewThread();
    void reload();

    QListView *spaceView() const { return m_spaceView; }
    QListView *threadListView() const { return m_threadView; }
    ThreadView *threadView() const { return m_thread; }
    SpaceListModel *spaceModel() const { return m_spaces; }
    ThreadListModel *threadModel() const { return m_threads; }
    QPushButton *newThreadButton() const { return m_newThread; }
    ChallengeEntry *challengeEntry() const { return m_challenge; } // learning/challenge_panel.h
    QLabel *postingRuleLabel() const { return m_postingRule; }
    QToolButton *spaceMenuButton() const { return m_spaceMenu; }
    // Narrow windows: spaces in a menu, threads and the thread as two panes.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    // Why the signed-in user may not start a thread / reply in the space (docs/protocol.md,
    // "Spaces"), in words for them; empty when they may. The same rule the server enforces.
    QString startThreadsRefusal(const QString &spaceId) const;
    QString replyRefusal(const QString &spaceId) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void sizePanes();
    QWidget *buildSpacesPane();
    QWidget *buildThreadsPane();
    QWidget *buildThreadPane();
    void connectSignals();
    void fillSpaceMenu();
    void reloadThreads();
    QString currentSpaceId() const;
    QString currentSpaceName() const;
    void updateThreadHeader();

    Client *m_client;
    SpaceListModel *m_spaces;
    ThreadListModel *m_threads;
    QListView *m_spaceView;
    QListView *m_threadView;
    ElidedLabel *m_spaceTitle;
    QLabel *m_spaceDescription;
    QLabel *m_threadsEmpty;
    QPushButton *m_newThread;
    ChallengeEntry *m_challenge;
    QLabel *m_postingRule; // in place of New thread where the user may not start one
    QToolButton *m_spaceMenu;
    QWidget *m_spacesPane = nullptr;
    bool m_compact = false;
    bool m_panesSized = false;
    QHash<QString, Space> m_spaceRules;
    QHash<QString, qint64> m_lastOwnPost; // per slow-mode space: the user's newest post (ms)
    // Closed spaces and slow mode (shared rules in domain/entities.h); empty: may post now.
    QString spaceRuleRefusal(const QString &spaceId) const;
    QSet<QString> m_memberSpaces;
    ThreadView *m_thread;
    QString m_followSpaceOf; // a thread opened from elsewhere whose space is to be shown
    QSplitter *m_splitter;
    QTimer *m_reloadTimer;
};

} // namespace lyceum::ui
