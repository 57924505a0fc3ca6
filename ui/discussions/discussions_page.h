// Discussions in three panes: spaces → the threads of the selected space → the open thread.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTimer;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class SpaceListModel;
class ThreadListModel;
class ElidedLabel;
class ThreadView;

class DiscussionsPage : public QWidget {
    Q_OBJECT
public:
    explicit DiscussionsPage(Client *client, QWidget *parent = nullptr);

    // Opens any thread (also one attached to a course) in the right pane.
    void openThread(const QString &threadId);
    void selectSpace(const QString &spaceId);
    void startNewThread();
    void reload();

    QListView *spaceView() const { return m_spaceView; }
    QListView *threadListView() const { return m_threadView; }
    ThreadView *threadView() const { return m_thread; }
    SpaceListModel *spaceModel() const { return m_spaces; }
    ThreadListModel *threadModel() const { return m_threads; }

private:
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
    ThreadView *m_thread;
    QSplitter *m_splitter;
    QTimer *m_reloadTimer;
};

} // namespace lyceum::ui
