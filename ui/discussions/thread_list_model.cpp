#include "discussions/thread_list_model.h"

#include <algorithm>

namespace lyceum::ui {

ThreadListModel::ThreadListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void ThreadListModel::setThreads(const QVector<ThreadSummary> &threads) {
    const bool sameIds =
        std::equal(m_threads.begin(), m_threads.end(), threads.begin(), threads.end(),
                   [](const auto &a, const auto &b) { return a.thread.id == b.thread.id; });
    if (!sameIds) {
        beginResetModel();
        m_threads = threads;
        endResetModel();
        return;
    }
    for (int row = 0; row < threads.size(); ++row) {
        const ThreadSummary &now = threads.at(row);
        const ThreadSummary &before = m_threads.at(row);
        if (now.thread == before.thread && now.authorName == before.authorName &&
            now.pending == before.pending && now.unread == before.unread)
            continue;
        m_threads[row] = now;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ThreadListModel::clear() {
    setThreads({});
}

int ThreadListModel::rowOf(const QString &threadId) const {
    for (int row = 0; row < m_threads.size(); ++row) {
        if (m_threads.at(row).thread.id == threadId)
            return row;
    }
    return -1;
}

int ThreadListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_threads.size());
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ThreadSummary &summary = m_threads.at(index.row());
    const Thread &thread = summary.thread;
    const int replies = qMax(0, thread.postCount - 1);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
    case Qt::ToolTipRole: // the whole title where the list elides it
        return thread.title;
    case Qt::AccessibleTextRole: {
        QString text = thread.title % QStringLiteral(", ") % summary.authorName %
                       QStringLiteral(", ") % tr("%n reply(s)", nullptr, replies);
        if (summary.unread > 0)
            text += QStringLiteral(", ") % tr("%n unread", nullptr, summary.unread);
        return text;
    }
    case IdRole:
        return thread.id;
    case AuthorNameRole:
        return summary.authorName;
    case IsQuestionRole:
        return thread.kind == ThreadKind::Question;
    case IsAnsweredRole:
        return !thread.acceptedPostId.isEmpty();
    case PinnedRole:
        return thread.pinned;
    case LockedRole:
        return thread.locked;
    case ReplyCountRole:
        return replies;
    case LastActivityRole:
        return thread.lastActivityAt;
    case PendingRole:
        return summary.pending;
    case UnreadRole:
        return summary.unread;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ThreadListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "threadId"},
                  {TitleRole, "title"},
                  {AuthorNameRole, "authorName"},
                  {IsQuestionRole, "isQuestion"},
                  {IsAnsweredRole, "isAnswered"},
                  {PinnedRole, "pinned"},
                  {LockedRole, "locked"},
                  {ReplyCountRole, "replyCount"},
                  {LastActivityRole, "lastActivity"},
                  {PendingRole, "pending"},
                  {UnreadRole, "unread"}});
    return names;
}

} // namespace lyceum::ui
