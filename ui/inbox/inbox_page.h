// The inbox page: replies to me, mentions, moderators' notices and new lessons in my courses,
// newest first, computed from the cache on this computer (DiscussionsService::fetchInbox).
// Keyboard first: the list takes the focus, Enter opens the item (the thread at the post, or the
// lesson) and marks it read, M marks the current item read, Ctrl+Shift+M marks everything read.
// The page keeps its figure current while hidden (unreadCountChanged feeds the sidebar).
#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace lyceum::ui {

class InboxModel;

class InboxPage : public QWidget {
    Q_OBJECT
public:
    explicit InboxPage(Client *client, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    InboxModel *model() const { return m_model; }
    QPushButton *markReadButton() const { return m_markRead; }
    QPushButton *markAllReadButton() const { return m_markAll; }
    QLabel *emptyLabel() const { return m_empty; }
    int unreadCount() const { return m_unread; }
    void focusList();
    // Reads the inbox again now (it also does so by itself when the cache changes).
    void reload();

Q_SIGNALS:
    void threadRequested(const QString &threadId, const QString &postId);
    void lessonRequested(const QString &courseId, const QString &lessonId);
    void unreadCountChanged(int unread);
    // A read finished and the list shows it (tests and screenshots wait for it).
    void loaded(int items);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(const QModelIndex &index);
    void markCurrentRead();
    void updateControls();
    void retranslate();

    Client *m_client;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_markRead;
    QPushButton *m_markAll;
    QListView *m_view;
    QLabel *m_empty;
    InboxModel *m_model;
    QTimer *m_reload;
    int m_unread = -1;
    quint64 m_generation = 0;
};

} // namespace lyceum::ui
