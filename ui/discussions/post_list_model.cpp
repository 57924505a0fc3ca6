#include "discussions/post_list_model.h"

#include "client/discussions_service.h"

#include <QSet>
#include <algorithm>

namespace lyceum::ui {

static bool sameReactions(const QVector<ReactionCount> &a, const QVector<ReactionCount> &b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const ReactionCount &x, const ReactionCount &y) {
                          return x.emoji == y.emoji && x.count == y.count && x.mine == y.mine;
                      });
}

static bool samePostView(const PostView &a, const PostView &b) {
    return a.post == b.post && a.authorName == b.authorName && a.depth == b.depth &&
           sameReactions(a.reactions, b.reactions) && a.pending == b.pending &&
           a.failure == b.failure && a.pendingType == b.pendingType &&
           a.refusedEdit == b.refusedEdit;
}

PostListModel::PostListModel(QObject *parent)
    : QAbstractListModel(parent) {}

PostListModel::PostListModel(Client *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client) {}

void PostListModel::openThread(const QString &threadId, const QString &anchorPostId) {
    m_threadId = threadId;
    if (threadId.isEmpty() || !m_client) {
        ++m_generation;
        m_inFlight = false;
        m_refreshWanted = false;
        m_summary.reset();
        beginResetModel();
        m_posts.clear();
        m_first = 0;
        m_total = 0;
        endResetModel();
        return;
    }
    PostWindowQuery query;
    query.mode = anchorPostId.isEmpty() ? PostWindowMode::Head : PostWindowMode::Around;
    query.anchorId = anchorPostId;
    request(Request::Open, query);
}

void PostListModel::openAtPosition(int position) {
    if (m_threadId.isEmpty() || !m_client)
        return;
    PostWindowQuery query;
    query.mode = PostWindowMode::Around;
    query.position = std::max(0, position);
    request(Request::Open, query);
}

void PostListModel::refresh() {
    if (m_threadId.isEmpty() || !m_client)
        return;
    if (m_inFlight) {
        m_refreshWanted = true; // after the read under way
        return;
    }
    PostWindowQuery query;
    query.mode = PostWindowMode::Span;
    for (const PostView &view : std::as_const(m_posts))
        query.spanIds << view.post.id;
    query.spanToEnd = m_first + m_posts.size() >= m_total;
    request(Request::Refresh, query);
}

void PostListModel::clear() {
    openThread(QString());
    m_acceptedPostId.clear();
}

void PostListModel::request(Request kind, PostWindowQuery query) {
    if (kind == Request::Open) {
        ++m_generation; // whatever was under way is for the old window
        m_refreshWanted = false;
    }
    m_inFlight = true;
    query.threadId = m_threadId;
    query.count = kind == Request::Open ? kWindow * 2 : kWindow;
    const quint64 generation = m_generation;
    m_client->discussions().fetchPostWindow(query, this,
                                            [this, kind, generation](PostWindow window) {
                                                if (generation != m_generation)
                                                    return;
                                                m_inFlight = false;
                                                received(kind, window);
                                                if (m_refreshWanted && !m_inFlight) {
                                                    m_refreshWanted = false;
                                                    refresh();
                                                }
                                            });
}

void PostListModel::received(Request kind, const PostWindow &window) {
    if (!window.summary) {
        openThread(QString());
        m_threadId.clear();
        Q_EMIT threadMissing();
        return;
    }
    m_summary = window.summary;
    m_total = window.total;
    const int held = int(m_posts.size());
    switch (kind) {
    case Request::Open:
        Q_EMIT summaryChanged(); // first: the view shows the thread, then lays out its rows
        beginResetModel();
        m_posts = window.posts;
        m_first = window.first;
        m_acceptedPostId = window.summary->thread.acceptedPostId;
        endResetModel();
        Q_EMIT windowLoaded(window.anchorRow);
        return;
    case Request::More:
        if (window.first != m_first + held) {
            m_refreshWanted = true; // the thread changed meanwhile: read the held rows again
            break;
        }
        if (!window.posts.isEmpty()) {
            beginInsertRows(QModelIndex(), held, held + int(window.posts.size()) - 1);
            m_posts += window.posts;
            endInsertRows();
            trim(true);
        }
        break;
    case Request::Older:
        if (window.first + window.posts.size() != m_first) {
            m_refreshWanted = true;
            break;
        }
        if (!window.posts.isEmpty()) {
            beginInsertRows(QModelIndex(), 0, int(window.posts.size()) - 1);
            m_posts = window.posts + m_posts;
            m_first = window.first;
            endInsertRows();
            trim(false);
        }
        break;
    case Request::Refresh:
        m_first = window.first;
        applyDifference(window.posts);
        break;
    case Request::None:
        break;
    }
    setAccepted(window.summary->thread.acceptedPostId);
    Q_EMIT summaryChanged();
    if (kind == Request::Refresh)
        Q_EMIT refreshed();
}

void PostListModel::trim(bool keepBottom) {
    const int excess = int(m_posts.size()) - kMaxRows;
    if (excess <= 0)
        return;
    if (keepBottom) {
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_posts.remove(0, excess);
        m_first += excess;
    } else {
        beginRemoveRows(QModelIndex(), kMaxRows, kMaxRows + excess - 1);
        m_posts.resize(kMaxRows);
    }
    endRemoveRows();
}

void PostListModel::setPosts(const QVector<PostView> &posts, const QString &acceptedPostId) {
    m_first = 0;
    m_total = int(posts.size());
    applyDifference(posts);
    setAccepted(acceptedPostId);
}

void PostListModel::setAccepted(const QString &acceptedPostId) {
    if (acceptedPostId == m_acceptedPostId)
        return;
    const QString before = std::exchange(m_acceptedPostId, acceptedPostId);
    for (const QString &id : {before, acceptedPostId}) {
        const int row = id.isEmpty() ? -1 : rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

// Walks the held rows and the new ones side by side: the same post → one dataChanged when it
// differs; a post only in the new rows → one inserted row; only in the held → one removed row.
// Posts that moved (the order changed under them) leave no other way than a reset.
void PostListModel::applyDifference(const QVector<PostView> &rows) {
    QSet<QString> newIds, oldIds;
    for (const PostView &view : rows)
        newIds.insert(view.post.id);
    for (const PostView &view : std::as_const(m_posts))
        oldIds.insert(view.post.id);
    int i = 0;
    for (int j = 0; j < rows.size(); ++j) {
        const PostView &next = rows.at(j);
        while (i < m_posts.size() && !newIds.contains(m_posts.at(i).post.id)) {
            beginRemoveRows(QModelIndex(), i, i);
            m_posts.remove(i);
            endRemoveRows();
        }
        if (i < m_posts.size() && m_posts.at(i).post.id == next.post.id) {
            if (!samePostView(m_posts.at(i), next)) {
                m_posts[i] = next;
                Q_EMIT dataChanged(index(i), index(i));
            }
        } else if (!oldIds.contains(next.post.id)) {
            beginInsertRows(QModelIndex(), i, i);
            m_posts.insert(i, next);
            endInsertRows();
        } else {
            beginResetModel();
            m_posts = rows;
            endResetModel();
            return;
        }
        ++i;
    }
    if (i < m_posts.size()) {
        beginRemoveRows(QModelIndex(), i, int(m_posts.size()) - 1);
        m_posts.resize(i);
        endRemoveRows();
    }
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_client && !m_threadId.isEmpty() && !m_inFlight &&
           m_first + m_posts.size() < m_total;
}

void PostListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent) || m_posts.isEmpty())
        return;
    PostWindowQuery query;
    query.mode = PostWindowMode::After;
    query.anchorId = m_posts.constLast().post.id;
    request(Request::More, query);
}

bool PostListModel::canFetchOlder() const {
    return m_client && !m_threadId.isEmpty() && !m_inFlight && m_first > 0;
}

void PostListModel::fetchOlder() {
    if (!canFetchOlder() || m_posts.isEmpty())
        return;
    PostWindowQuery query;
    query.mode = PostWindowMode::Before;
    query.anchorId = m_posts.constFirst().post.id;
    request(Request::Older, query);
}

int PostListModel::rowOf(const QString &postId) const {
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).post.id == postId)
            return row;
    }
    return -1;
}

const PostView *PostListModel::postAt(int row) const {
    return row >= 0 && row < m_posts.size() ? &m_posts.at(row) : nullptr;
}

int PostListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant PostListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PostView &view = m_posts.at(index.row());
    const Post &post = view.post;
    switch (role) {
    case Qt::DisplayRole:
        return post.deleted ? tr("This post was deleted.") : post.body;
    case IdRole:
        return post.id;
    case ParentIdRole:
        return post.parentId;
    case AuthorIdRole:
        return post.authorId;
    case AuthorNameRole:
        return view.authorName;
    case BodyRole:
        return post.deleted ? QString() : post.body;
    case DepthRole:
        return view.depth;
    case CreatedAtRole:
        return post.createdAt;
    case EditedAtRole:
        return post.editedAt;
    case DeletedRole:
        return post.deleted;
    case ReactionsRole: {
        QVariantList reactions;
        for (const ReactionCount &reaction : view.reactions) {
            reactions.append(QVariantMap{{QStringLiteral("emoji"), reaction.emoji},
                                         {QStringLiteral("count"), reaction.count},
                                         {QStringLiteral("mine"), reaction.mine}});
        }
        return reactions;
    }
    case PendingStateRole:
        return view.pending ? int(*view.pending) : -1;
    case FailureRole:
        return view.failure;
    case IsOpeningPostRole:
        return m_first + index.row() == 0 && post.parentId.isEmpty();
    case IsAcceptedRole:
        return !m_acceptedPostId.isEmpty() && post.id == m_acceptedPostId;
    case PositionRole:
        return m_first + index.row();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> PostListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "postId"},
                  {ParentIdRole, "parentId"},
                  {AuthorIdRole, "authorId"},
                  {AuthorNameRole, "authorName"},
                  {BodyRole, "body"},
                  {DepthRole, "depth"},
                  {CreatedAtRole, "createdAt"},
                  {EditedAtRole, "editedAt"},
                  {DeletedRole, "deleted"},
                  {ReactionsRole, "reactions"},
                  {PendingStateRole, "pendingState"},
                  {FailureRole, "failure"},
                  {IsOpeningPostRole, "isOpeningPost"},
                  {IsAcceptedRole, "isAccepted"},
                  {PositionRole, "position"}});
    return names;
}

} // namespace lyceum::ui
