#include "discussions/post_list_view.h"

#include "discussions/post_list_model.h"
#include "discussions/post_widget.h"

#include <QKeyEvent>
#include <QLayout>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <limits>

namespace lyceum::ui {

namespace {
constexpr int kUnitsPerRow = 100; // scroll bar units per post
constexpr int kFetchMargin = 8;   // rows from either end of the held ones that ask for more
constexpr int kKeepRows = 12;     // widgets of rows this close to the screen are kept
constexpr int kJumpMargin = 40;   // pixels above a row scrolled to
constexpr int kPixelsPerNotch = 72;

void setHighlighted(PostWidget *widget, bool on) {
    if (!widget || widget->property("highlighted").toBool() == on)
        return;
    widget->setProperty("highlighted", on);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}
} // namespace

PostListView::PostListView(PostListModel *model, Factory factory, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
    , m_factory(std::move(factory))
    , m_jumpTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("ThreadPosts"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);

    m_jumpTimer->setSingleShot(true);
    m_jumpTimer->setInterval(60);
    connect(m_jumpTimer, &QTimer::timeout, this, [this] {
        if (m_jumpPosition >= 0)
            m_model->openAtPosition(m_jumpPosition);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PostListView::onScrollBarMoved);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    dropWidget(m_model->postAt(row)->post.id);
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onDataChanged(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PostListView::onReset);
    connect(m_model, &PostListModel::windowLoaded, this, [this](int anchorRow) {
        if (std::exchange(m_stickToBottom, false))
            scrollToBottom();
        else if (anchorRow >= 0)
            scrollToRow(anchorRow);
    });
}

PostWidget *PostListView::widgetForRow(int row) {
    const QString &id = m_model->postAt(row)->post.id;
    if (PostWidget *widget = m_widgets.value(id))
        return widget;
    PostWidget *widget = m_factory(row, viewport());
    widget->hide();
    connect(widget, &PostWidget::foldToggled, this, &PostListView::toggleFold);
    widget->installEventFilter(this); // its layout asking again: measure it again
    if (id == m_highlighted)
        setHighlighted(widget, true);
    m_widgets.insert(id, widget);
    return widget;
}

// A widget's height at the viewport's width. Shown first: the Markdown body fits its height to
// its width in its resize event, which a hidden widget does not get.
int PostListView::rowHeight(int row) {
    if (isRowHidden(row))
        return 0; // folded away: no widget, no height
    const QString &id = m_model->postAt(row)->post.id;
    if (const auto it = m_heights.constFind(id); it != m_heights.constEnd())
        return *it;
    PostWidget *widget = widgetForRow(row);
    if (widget->isHidden()) {
        widget->move(0, -widget->height() - viewport()->height()); // off the viewport meanwhile
        widget->show();
    }
    widget->resize(m_width, std::max(widget->height(), 1));
    if (QLayout *layout = widget->layout())
        layout->activate();
    int height = widget->hasHeightForWidth() ? widget->heightForWidth(m_width) : -1;
    if (height <= 0)
        height = widget->sizeHint().height();
    height = std::max(height, 1);
    m_heights.insert(id, height);
    return height;
}

void PostListView::dropWidget(const QString &postId) {
    m_heights.remove(postId);
    if (PostWidget *widget = m_widgets.take(postId)) {
        widget->hide();
        widget->deleteLater(); // it may be the sender of the click that changed its row
    }
}

// The anchor row and offset brought back into range: the offset within the row's height, and
// no empty space under the last post of the thread.
void PostListView::normalize() {
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_anchorRow = m_anchorOffset = 0;
        return;
    }
    m_anchorRow = std::clamp(m_anchorRow, 0, rows - 1);
    while (m_anchorOffset < 0 && m_anchorRow > 0)
        m_anchorOffset += rowHeight(--m_anchorRow);
    m_anchorOffset = std::max(m_anchorOffset, 0);
    while (m_anchorRow < rows - 1 && m_anchorOffset >= rowHeight(m_anchorRow))
        m_anchorOffset -= rowHeight(m_anchorRow++);
    if (m_model->firstPosition() + rows < m_model->totalPosts())
        return; // more below: the model fetches it
    const int viewHeight = viewport()->height();
    int bottom = -m_anchorOffset;
    for (int row = m_anchorRow; row < rows && bottom < viewHeight; ++row)
        bottom += rowHeight(row);
    if (bottom >= viewHeight)
        return;
    m_anchorOffset -= viewHeight - bottom;
    while (m_anchorOffset < 0 && m_anchorRow > 0)
        m_anchorOffset += rowHeight(--m_anchorRow);
    m_anchorOffset = std::max(m_anchorOffset, 0);
}

bool PostListView::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::LayoutRequest) {
        if (auto *widget = qobject_cast<PostWidget *>(watched); widget && widget->isVisible()) {
            m_heights.remove(widget->postId());
            scheduleRelayout();
        }
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

void PostListView::scheduleRelayout() {
    if (m_relayoutScheduled)
        return;
    m_relayoutScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_relayoutScheduled = false;
        relayout();
    });
}

void PostListView::showEvent(QShowEvent *event) {
    QAbstractScrollArea::showEvent(event);
    relayout();
}

// Places the widgets of the rows on screen. Not while hidden: a hidden widget gets no resize
// events, so its Markdown body could not fit its height and the measure would be wrong.
void PostListView::relayout() {
    if (!viewport()->isVisible())
        return;
    const int width = viewport()->width();
    if (width != m_width) {
        m_width = width;
        m_heights.clear();
    }
    updateHidden();
    normalize();
    const int rows = m_model->rowCount();
    const int viewHeight = viewport()->height();
    QSet<QString> onScreen;
    m_onScreen.clear();
    int y = -m_anchorOffset;
    int row = m_anchorRow;
    for (; row < rows && y < viewHeight; ++row) {
        if (isRowHidden(row))
            continue;
        PostWidget *widget = widgetForRow(row);
        widget->setReplyFold(repliesInView(row), m_folded.contains(widget->postId()));
        const int height = rowHeight(row);
        widget->setGeometry(0, y, m_width, height);
        widget->show();
        onScreen.insert(widget->postId());
        m_onScreen << widget->postId();
        y += height;
    }
    releaseOffscreen(onScreen);
    updateScrollBar();
    if (m_resetting)
        return; // a new window: windowLoaded scrolls it first
    if (row >= rows - kFetchMargin && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    else if (m_anchorRow < kFetchMargin && m_model->canFetchOlder())
        m_model->fetchOlder();
}

void PostListView::releaseOffscreen(const QSet<QString> &onScreen) {
    const int lastOnScreen = m_anchorRow + int(onScreen.size());
    QStringList far;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        if (onScreen.contains(it.key()))
            continue;
        it.value()->hide();
        const int row = m_model->rowOf(it.key());
        if (row < 0 || row < m_anchorRow - kKeepRows || row > lastOnScreen + kKeepRows)
            far << it.key();
    }
    for (const QString &id : std::as_const(far)) {
        if (PostWidget *widget = m_widgets.take(id))
            widget->deleteLater();
    }
}

void PostListView::updateScrollBar() {
    QScrollBar *bar = verticalScrollBar();
    const int rows = m_model->rowCount();
    const int total = m_model->totalPosts();
    const bool atEnd = m_model->firstPosition() + rows >= total &&
                       (rows == 0 || m_anchorRow + int(m_onScreen.size()) >= rows);
    const int maxValue = std::max(0, total - int(m_onScreen.size()) + 1) * kUnitsPerRow;
    int value = 0;
    if (rows > 0) {
        const int height = rowHeight(m_anchorRow);
        value = (m_model->firstPosition() + m_anchorRow) * kUnitsPerRow +
                m_anchorOffset * kUnitsPerRow / std::max(1, height);
    }
    const bool scrollable = rows > 0 && (m_anchorRow > 0 || m_anchorOffset > 0 || !atEnd ||
                                         m_model->firstPosition() > 0);
    m_settingScrollBar = true;
    bar->setRange(0, scrollable ? std::max(maxValue, value) : 0);
    bar->setPageStep(kUnitsPerRow * std::max(1, int(m_onScreen.size()) - 1));
    bar->setSingleStep(kUnitsPerRow / 3);
    bar->setValue(atEnd && scrollable && m_anchorRow > 0 ? bar->maximum() : value);
    m_settingScrollBar = false;
}

void PostListView::onScrollBarMoved(int value) {
    if (m_settingScrollBar)
        return;
    const int position = value / kUnitsPerRow;
    const int row = position - m_model->firstPosition();
    if (row >= 0 && row < m_model->rowCount()) {
        m_jumpTimer->stop();
        m_anchorRow = row;
        m_anchorOffset = (value % kUnitsPerRow) * rowHeight(row) / kUnitsPerRow;
        if (value == verticalScrollBar()->maximum())
            m_anchorOffset = std::numeric_limits<int>::max() / 2; // the very end
        relayout();
        return;
    }
    m_jumpPosition = position; // out of the held rows: load the window there once it rests
    m_jumpTimer->start();
}

void PostListView::scrollContentsBy(int, int) {
    // The scroll bar's value is read in onScrollBarMoved; widgets are placed by relayout().
}

void PostListView::scrollByPixels(int dy) {
    if (m_model->rowCount() == 0)
        return;
    m_anchorOffset += dy;
    relayout();
}

void PostListView::scrollToRow(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    unfoldAbove(row); // a post jumped to is shown, even under a folded one
    m_anchorRow = row;
    m_anchorOffset = row == 0 ? 0 : -kJumpMargin;
    relayout();
}

void PostListView::scrollToBottom() {
    if (m_model->firstPosition() + m_model->rowCount() < m_model->totalPosts()) {
        m_stickToBottom = true;
        m_model->openAtPosition(m_model->totalPosts() - 1);
        return;
    }
    m_anchorRow = std::max(0, m_model->rowCount() - 1);
    m_anchorOffset = std::numeric_limits<int>::max() / 2;
    relayout();
}

void PostListView::setHighlightedPost(const QString &postId) {
    setHighlighted(m_widgets.value(m_highlighted), false);
    m_highlighted = postId;
    setHighlighted(m_widgets.value(postId), true);
}

QList<PostWidget *> PostListView::visibleWidgets() const {
    QList<PostWidget *> widgets;
    for (const QString &id : m_onScreen) {
        if (PostWidget *widget = m_widgets.value(id))
            widgets << widget;
    }
    return widgets;
}

PostWidget *PostListView::widgetFor(const QString &postId) const {
    return m_onScreen.contains(postId) ? m_widgets.value(postId) : nullptr;
}

void PostListView::rebuildWidgets() {
    const QStringList ids = m_widgets.keys();
    for (const QString &id : ids)
        dropWidget(id);
    relayout();
}

void PostListView::onRowsInserted(int first, int last) {
    const int count = last - first + 1;
    if (m_model->rowCount() > count && first <= m_anchorRow)
        m_anchorRow += count; // the same post stays at the top
    relayout();
}

void PostListView::onRowsRemoved(int first, int last) {
    if (m_anchorRow > last) {
        m_anchorRow -= last - first + 1;
    } else if (m_anchorRow >= first) {
        m_anchorRow = first;
        m_anchorOffset = 0;
    }
    relayout();
}

void PostListView::onDataChanged(int first, int last) {
    for (int row = first; row <= last; ++row)
        dropWidget(m_model->postAt(row)->post.id);
    relayout();
}

void PostListView::onReset() {
    if (m_model->threadId() != m_foldedThread) {
        m_folded.clear();
        m_foldedThread = m_model->threadId();
    }
    const QStringList ids = m_widgets.keys();
    for (const QString &id : ids)
        dropWidget(id);
    m_heights.clear();
    m_anchorRow = m_anchorOffset = 0;
    m_resetting = true;
    relayout();
    m_resetting = false;
}

void PostListView::toggleFold(const QString &postId) {
    if (!m_folded.remove(postId))
        m_folded.insert(postId);
    relayout();
}

bool PostListView::isRowHidden(int row) const {
    return row >= 0 && row < m_hidden.size() && m_hidden.at(row);
}

// Rows are depth-first, so the replies under a post are the rows after it that are deeper.
void PostListView::updateHidden() {
    m_hidden.clear();
    if (m_folded.isEmpty())
        return;
    const int rows = m_model->rowCount();
    m_hidden.resize(rows);
    int foldDepth = -1; // the depth of the folded post whose replies are being passed
    for (int row = 0; row < rows; ++row) {
        const PostView *view = m_model->postAt(row);
        if (foldDepth >= 0 && view->depth > foldDepth) {
            m_hidden[row] = true;
            continue;
        }
        foldDepth = m_folded.contains(view->post.id) ? view->depth : -1;
    }
}

int PostListView::repliesInView(int row) const {
    const int depth = m_model->postAt(row)->depth;
    const int rows = m_model->rowCount();
    int end = row + 1;
    while (end < rows && m_model->postAt(end)->depth > depth)
        ++end;
    return end - row - 1;
}

void PostListView::unfoldAbove(int row) {
    if (m_folded.isEmpty())
        return;
    int depth = m_model->postAt(row)->depth;
    for (int above = row - 1; above >= 0 && depth > 0; --above) {
        const PostView *view = m_model->postAt(above);
        if (view->depth < depth) {
            m_folded.remove(view->post.id);
            depth = view->depth;
        }
    }
}

void PostListView::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PostListView::wheelEvent(QWheelEvent *event) {
    const QPoint pixels = event->pixelDelta();
    const int dy = !pixels.isNull() ? pixels.y() : event->angleDelta().y() * kPixelsPerNotch / 120;
    scrollByPixels(-dy);
    event->accept();
}

void PostListView::keyPressEvent(QKeyEvent *event) {
    const int page = std::max(40, viewport()->height() - 40);
    switch (event->key()) {
    case Qt::Key_PageDown:
        scrollByPixels(page);
        break;
    case Qt::Key_PageUp:
        scrollByPixels(-page);
        break;
    case Qt::Key_Down:
        scrollByPixels(40);
        break;
    case Qt::Key_Up:
        scrollByPixels(-40);
        break;
    case Qt::Key_Home:
        if (m_model->firstPosition() > 0)
            m_model->openAtPosition(0);
        else
            scrollToRow(0);
        break;
    case Qt::Key_End:
        scrollToBottom();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace lyceum::ui
