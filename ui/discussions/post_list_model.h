// The posts of one thread, depth-first as ThreadDetail gives them: each post followed by its
// replies. DepthRole drives the indentation of nested replies in the thread view.
#pragma once

#include "client/client.h"

#include <QAbstractListModel>

namespace lyceum::ui {

class PostListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ParentIdRole,
        AuthorIdRole,
        AuthorNameRole,
        BodyRole, // Markdown
        DepthRole,
        CreatedAtRole,
        EditedAtRole,
        DeletedRole,
        ReactionsRole,    // QVariantList of QVariantMap{emoji, count, mine}
        PendingStateRole, // -1: confirmed; else int(OutboxState)
        FailureRole,      // why the server rejected it
        IsOpeningPostRole,
        IsAcceptedRole,
    };

    explicit PostListModel(QObject *parent = nullptr);

    void setPosts(const QVector<PostView> &posts, const QString &acceptedPostId = QString());
    void clear();
    int rowOf(const QString &postId) const;
    const PostView *postAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<PostView> m_posts;
    QString m_acceptedPostId;
};

} // namespace lyceum::ui
