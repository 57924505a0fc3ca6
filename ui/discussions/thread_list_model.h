// Threads of a space or a course, in the order the client gives them (pinned first, then by
// last activity). Replies = posts after the opening post.
#pragma once

#include "client/client.h"

#include <QAbstractListModel>

namespace lyceum::ui {

class ThreadListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        AuthorNameRole,
        IsQuestionRole,
        IsAnsweredRole,
        PinnedRole,
        LockedRole,
        ReplyCountRole,
        LastActivityRole, // ms since epoch
        PendingRole,      // written here, not yet confirmed by the server
        UnreadRole,       // posts by others that arrived since the thread was last read
    };

    explicit ThreadListModel(QObject *parent = nullptr);

    void setThreads(const QVector<ThreadSummary> &threads);
    void clear();
    int rowOf(const QString &threadId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<ThreadSummary> m_threads;
};

} // namespace lyceum::ui
