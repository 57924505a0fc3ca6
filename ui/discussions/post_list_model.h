// The posts of one thread, depth-first (each post followed by its replies), held as a WINDOW of
// the thread: rows are the posts at positions [firstPosition(), firstPosition() + rowCount())
// of the thread's order (Client::fetchPostWindow). Scrolling down fetches more rows
// (canFetchMore/fetchMore), scrolling up fetches older ones (canFetchOlder/fetchOlder); a jump
// loads the window around a post. Past kMaxRows the side away from the reader is let go.
// A change in the cache re-reads the rows held (refresh()) and applies the difference row by
// row: a new reply is one inserted row, an edit one changed row, never a reset.
// DepthRole drives the indentation of nested replies in the thread view.
#pragma once

#include "cache/post_window_reader.h"
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
        PositionRole, // the post's position in the whole thread's order
    };

    static constexpr int kWindow = 60;   // posts per fetch
    static constexpr int kMaxRows = 480; // rows held at most

    // Without a client the rows come from setPosts() only.
    explicit PostListModel(QObject *parent = nullptr);
    explicit PostListModel(Client *client, QObject *parent = nullptr);

    // Loads the window around anchorPostId (the thread's head when empty) and emits
    // windowLoaded once its rows are in (a reset: a new window, not a change of this one).
    void openThread(const QString &threadId, const QString &anchorPostId = QString());
    // The window around a position of the thread's order (a dragged scroll bar).
    void openAtPosition(int position);
    // Reads the held rows again (and any new ones between them, or after them when the window
    // reaches the end) and applies the difference row by row.
    void refresh();
    void clear();
    // Replaces the rows with posts (positions from 0), applying the difference row by row.
    void setPosts(const QVector<PostView> &posts, const QString &acceptedPostId = QString());

    QString threadId() const { return m_threadId; }
    const std::optional<ThreadSummary> &summary() const { return m_summary; }
    int firstPosition() const { return m_first; }
    int totalPosts() const { return m_total; }
    bool isLoading() const { return m_inFlight; }
    bool canFetchOlder() const;
    void fetchOlder();

    int rowOf(const QString &postId) const;
    const PostView *postAt(int row) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // After openThread/openAtPosition: anchorRow is the anchor's row, -1 when not asked or gone.
    void windowLoaded(int anchorRow);
    // Every read brings the thread's summary (title, marks, lock) and total again.
    void summaryChanged();
    void threadMissing(); // the thread is no longer in the cache
    void refreshed();     // a refresh() has been applied

private:
    enum class Request { None, Open, More, Older, Refresh };
    void request(Request kind, PostWindowQuery query);
    void received(Request kind, const PostWindow &window);
    void applyDifference(const QVector<PostView> &rows);
    void setAccepted(const QString &acceptedPostId);
    void trim(bool keepBottom);

    Client *m_client = nullptr;
    QString m_threadId;
    std::optional<ThreadSummary> m_summary;
    QVector<PostView> m_posts;
    QString m_acceptedPostId;
    int m_first = 0;
    int m_total = 0;
    bool m_inFlight = false;
    bool m_refreshWanted = false;
    quint64 m_generation = 0; // a reply for an older generation is dropped
};

} // namespace lyceum::ui
