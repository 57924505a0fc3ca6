// The posts of a thread on screen: a scroll area that holds a PostWidget only for the rows in
// view (a screenful, plus a few kept while they may scroll back), whatever the thread's length.
// The scroll position is a row and a pixel offset into it, so rows whose height is not known
// yet (never on screen) cost nothing; the scroll bar spans the whole thread
// (PostListModel::totalPosts) and dragging it out of the held rows loads the window there.
// Near either end of the held rows the model is asked for more (fetchMore / fetchOlder).
// A changed row re-creates its one widget; inserted and removed rows move the others.
#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QSet>
#include <QVector>
#include <functional>

class QTimer;

namespace lyceum::ui {

class PostListModel;
class PostWidget;

class PostListView : public QAbstractScrollArea {
    Q_OBJECT
public:
    // Makes the widget of a row (connected to its actions) as a child of parent.
    using Factory = std::function<PostWidget *(int row, QWidget *parent)>;

    PostListView(PostListModel *model, Factory factory, QWidget *parent = nullptr);

    // The row at the top with a small margin above it (or as far as the end allows).
    void scrollToRow(int row);
    void scrollToBottom();
    // Tints one post until another is highlighted or the thread changes; empty: none.
    void setHighlightedPost(const QString &postId);
    QString highlightedPost() const { return m_highlighted; }
    // Widgets of the rows on screen, top to bottom.
    QList<PostWidget *> visibleWidgets() const;
    PostWidget *widgetFor(const QString &postId) const; // nullptr when not on screen
    // Re-creates every widget on screen (what they show depends on more than their row).
    void rebuildWidgets();
    int topRow() const { return m_anchorRow; }
    void scrollByPixels(int dy);
    // Folds the replies under a post away (or shows them again); a new thread unfolds all.
    void toggleFold(const QString &postId);
    bool isFolded(const QString &postId) const { return m_folded.contains(postId); }
    bool isRowHidden(int row) const; // under a folded post

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PostWidget *widgetForRow(int row);
    int rowHeight(int row);
    void dropWidget(const QString &postId);
    void normalize();
    void relayout();
    void scheduleRelayout();
    void releaseOffscreen(const QSet<QString> &onScreen);
    void updateScrollBar();
    void onScrollBarMoved(int value);
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(int first, int last);
    void onReset();
    void updateHidden();
    int repliesInView(int row) const;
    void unfoldAbove(int row);

    PostListModel *m_model;
    Factory m_factory;
    QHash<QString, PostWidget *> m_widgets; // by post id: on screen, or kept for a while
    QHash<QString, int> m_heights;          // at m_width
    QList<QString> m_onScreen;
    int m_width = 0;
    int m_anchorRow = 0;    // the row at the top of the viewport
    int m_anchorOffset = 0; // pixels of it above the viewport's top
    bool m_stickToBottom = false;
    bool m_settingScrollBar = false;
    bool m_resetting = false;
    bool m_relayoutScheduled = false;
    QString m_highlighted;
    QSet<QString> m_folded; // posts whose replies are folded away
    QString m_foldedThread; // the thread m_folded belongs to
    QVector<bool> m_hidden; // by row: under a folded post (empty: none folded)
    QTimer *m_jumpTimer;    // a dragged scroll bar loads the window there once it rests
    int m_jumpPosition = -1;
};

} // namespace lyceum::ui
