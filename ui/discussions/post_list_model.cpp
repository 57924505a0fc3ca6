#include "discussions/post_list_model.h"

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
           a.failure == b.failure;
}

PostListModel::PostListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void PostListModel::setPosts(const QVector<PostView> &posts, const QString &acceptedPostId) {
    const bool sameIds =
        std::equal(m_posts.begin(), m_posts.end(), posts.begin(), posts.end(),
                   [](const PostView &a, const PostView &b) { return a.post.id == b.post.id; });
    const bool acceptedChanged = acceptedPostId != m_acceptedPostId;
    if (!sameIds) {
        beginResetModel();
        m_posts = posts;
        m_acceptedPostId = acceptedPostId;
        endResetModel();
        return;
    }
    m_acceptedPostId = acceptedPostId;
    for (int row = 0; row < posts.size(); ++row) {
        if (!acceptedChanged && samePostView(m_posts.at(row), posts.at(row)))
            continue;
        m_posts[row] = posts.at(row);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void PostListModel::clear() {
    setPosts({});
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
        return index.row() == 0 && post.parentId.isEmpty();
    case IsAcceptedRole:
        return !m_acceptedPostId.isEmpty() && post.id == m_acceptedPostId;
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
                  {IsAcceptedRole, "isAccepted"}});
    return names;
}

} // namespace lyceum::ui
