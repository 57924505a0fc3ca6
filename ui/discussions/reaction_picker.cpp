#include "discussions/reaction_picker.h"

#include "common/theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lyceum::ui {

namespace {
constexpr int kCell = 40;
constexpr int kColumns = 8;
constexpr int kVisibleRows = 5;

// Keeps a popup of this size on the screen that holds pos.
QPoint onScreen(const QPoint &pos, const QSize &size) {
    const QScreen *screen = QGuiApplication::screenAt(pos);
    if (!screen)
        return pos;
    const QRect area = screen->availableGeometry();
    return {std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - size.width())),
            std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - size.height()))};
}

QFont emojiFont(const QFont &base) {
    QFont font = base;
    font.setPixelSize(20);
    return font;
}

bool wordsMatch(const EmojiInfo &e, const QStringList &words) {
    const QStringList english = e.english.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool hit = e.chinese.contains(word) ||
                         std::any_of(english.cbegin(), english.cend(), [&](const QString &w) {
                             return w.startsWith(word, Qt::CaseInsensitive);
                         });
        if (!hit)
            return false;
    }
    return true;
}
} // namespace

EmojiPicker::EmojiPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_grid(new QListView(this))
    , m_model(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("EmojiPicker"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Choose a reaction"));
    m_search->setPlaceholderText(tr("Search emoji (English or 中文)"));
    m_search->setAccessibleName(tr("Search emoji"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    for (const EmojiInfo &e : emojiCatalogue()) {
        auto *item = new QStandardItem(e.emoji);
        item->setEditable(false);
        item->setTextAlignment(Qt::AlignCenter);
        item->setData(QString(e.english + u' ' + e.chinese), Qt::ToolTipRole);
        item->setData(e.english.section(u' ', 0, 0), Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    m_grid->setObjectName(QStringLiteral("EmojiGrid"));
    m_grid->setAccessibleName(tr("Emoji"));
    m_grid->setModel(m_model);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWrapping(true);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(QSize(kCell, kCell));
    m_grid->setFont(emojiFont(font()));
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setFixedSize(kColumns * kCell + 2 * m_grid->frameWidth() +
                             m_grid->style()->pixelMetric(QStyle::PM_ScrollBarExtent),
                         kVisibleRows * kCell + 2 * m_grid->frameWidth());
    m_grid->setCurrentIndex(m_model->index(0, 0));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_grid);
    setTabOrder(m_search, m_grid);

    connect(m_search, &QLineEdit::textChanged, this, &EmojiPicker::filter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!m_grid->isRowHidden(row))
                return pick(m_model->index(row, 0)); // Enter in the field: the first match
        }
    });
    connect(m_grid, &QListView::activated, this, &EmojiPicker::pick);
    connect(m_grid, &QListView::clicked, this, &EmojiPicker::pick);
}

QVector<EmojiInfo> EmojiPicker::matching(const QString &query) {
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    QVector<EmojiInfo> out;
    for (const EmojiInfo &e : emojiCatalogue()) {
        if (words.isEmpty() || wordsMatch(e, words))
            out << e;
    }
    return out;
}

int EmojiPicker::shownCount() const {
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown += m_grid->isRowHidden(row) ? 0 : 1;
    return shown;
}

void EmojiPicker::filter(const QString &query) {
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    const QVector<EmojiInfo> &all = emojiCatalogue();
    int first = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool show = words.isEmpty() || wordsMatch(all.at(row), words);
        m_grid->setRowHidden(row, !show);
        if (show && first < 0)
            first = row;
    }
    if (first >= 0)
        m_grid->setCurrentIndex(m_model->index(first, 0));
}

bool EmojiPicker::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Tab) {
            m_grid->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void EmojiPicker::pick(const QModelIndex &index) {
    if (!index.isValid() || m_grid->isRowHidden(index.row()))
        return;
    Q_EMIT picked(index.data(Qt::DisplayRole).toString());
    close();
}

void EmojiPicker::popupAt(const QPoint &globalPos) {
    adjustSize();
    move(onScreen(globalPos, size()));
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

ReactionBar::ReactionBar(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_more(new QToolButton(this)) {
    setObjectName(QStringLiteral("ReactionBar"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("React"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    for (const QString &emoji : allowedEmoji()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("QuickReaction"));
        button->setText(emoji);
        button->setFont(emojiFont(font()));
        button->setAutoRaise(true);
        button->setFixedSize(kCell, kCell);
        for (const EmojiInfo &e : emojiCatalogue()) {
            if (e.emoji == emoji)
                button->setAccessibleName(tr("React with %1").arg(e.english.section(u' ', 0, 1)));
        }
        button->installEventFilter(this);
        connect(button, &QToolButton::clicked, this, [this, emoji] {
            Q_EMIT picked(emoji);
            close();
        });
        layout->addWidget(button);
        m_buttons << button;
    }
    m_more->setObjectName(QStringLiteral("MoreReactions"));
    m_more->setText(tr("More…"));
    m_more->setToolTip(tr("Every emoji, with search"));
    m_more->setAutoRaise(true);
    m_more->setFixedHeight(kCell);
    m_more->installEventFilter(this);
    connect(m_more, &QToolButton::clicked, this, [this] {
        Q_EMIT moreRequested();
        close();
    });
    layout->addWidget(m_more);
}

bool ReactionBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    QList<QToolButton *> all = m_buttons;
    all << m_more;
    const int at = int(all.indexOf(qobject_cast<QToolButton *>(watched)));
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (at >= 0 && (key == Qt::Key_Left || key == Qt::Key_Right)) {
        const int next = (at + (key == Qt::Key_Right ? 1 : int(all.size()) - 1)) % int(all.size());
        all.at(next)->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (at >= 0 && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        all.at(at)->click();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void ReactionBar::popupAt(const QPoint &globalPos) {
    adjustSize();
    move(onScreen(globalPos, size()));
    show();
    if (!m_buttons.isEmpty())
        m_buttons.first()->setFocus(Qt::PopupFocusReason);
}

} // namespace lyceum::ui
