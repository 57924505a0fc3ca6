#include "inbox/inbox_model.h"

#include "common/format.h"
#include "common/theme.h"
#include "shell/moderation_notice_bar.h"

#include <QPainter>
#include <algorithm>

namespace lyceum::ui {

void InboxModel::setItems(QVector<InboxItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int InboxModel::unreadCount() const {
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const InboxItem &i) { return !i.read; }));
}

int InboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return headline(item);
    case Qt::AccessibleTextRole:
        return QString((item.read ? QString() : tr("Unread") + QStringLiteral(": ")) +
                       headline(item) + QStringLiteral(". ") + detail(item));
    case Qt::ToolTipRole:
        return detail(item);
    case ItemRole:
        return QVariant::fromValue(item);
    case KindRole:
        return inboxKindName(item.kind);
    case ReadRole:
        return item.read;
    case KeyRole:
        return item.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemRole, "item");
    names.insert(KindRole, "kind");
    names.insert(ReadRole, "read");
    names.insert(KeyRole, "key");
    return names;
}

QString InboxModel::kindLabel(InboxKind kind) {
    switch (kind) {
    case InboxKind::Reply:
        return tr("Reply");
    case InboxKind::Mention:
        return tr("Mention");
    case InboxKind::Moderation:
        return tr("Moderator");
    case InboxKind::Lesson:
        return tr("New lesson");
    case InboxKind::Assignment:
        return tr("Assignment");
    }
    return {};
}

QString InboxModel::headline(const InboxItem &item) {
    const QString who = item.fromName.isEmpty() ? item.from : item.fromName;
    switch (item.kind) {
    case InboxKind::Reply:
        return tr("%1 replied in “%2”").arg(who, item.title);
    case InboxKind::Mention:
        return tr("%1 mentioned you in “%2”").arg(who, item.title);
    case InboxKind::Moderation: {
        ModerationNotice n;
        n.action = item.action;
        n.reason = item.text;
        n.note = item.note;
        n.targetKind = item.targetKind;
        n.title = item.title;
        return ModerationNoticeBar::sentence(n);
    }
    case InboxKind::Lesson:
        return tr("New lesson in “%1”: %2").arg(item.text, item.title);
    case InboxKind::Assignment:
        return item.action == QLatin1String("accepted")
                   ? tr("Your assignment for “%1” was accepted").arg(item.title)
                   : tr("Your assignment for “%1” needs work").arg(item.title);
    }
    return {};
}

QString InboxModel::detail(const InboxItem &item) {
    switch (item.kind) {
    case InboxKind::Reply:
    case InboxKind::Mention:
        return item.text;
    case InboxKind::Moderation:
        return QString();
    case InboxKind::Lesson:
        return item.fromName.isEmpty() ? QString() : tr("by %1").arg(item.fromName);
    case InboxKind::Assignment:
        return item.text;
    }
    return {};
}

namespace {
constexpr int kPad = 10;
constexpr int kChipWidth = 86;
constexpr int kDot = 8;
} // namespace

void InboxItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    const auto item = index.data(InboxModel::ItemRole).value<InboxItem>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect.adjusted(4, 2, -4, -2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? theme::accentSoft : theme::surface);
    painter->drawRoundedRect(r, 6, 6);
    if ((option.state & QStyle::State_HasFocus) && selected) {
        painter->setPen(QPen(theme::accent, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
    if (!item.read) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::accent);
        painter->drawEllipse(QRect(r.left() + kPad, r.top() + kPad + 6, kDot, kDot));
    }
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QRect chip(r.left() + 2 * kPad + kDot, r.top() + kPad, kChipWidth, 20);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::background);
    painter->drawRoundedRect(chip, 10, 10);
    painter->setFont(chipFont);
    painter->setPen(theme::mutedText);
    painter->drawText(chip, Qt::AlignCenter, InboxModel::kindLabel(item.kind));

    const QString when = Format::relativeTime(item.at);
    const int whenWidth = QFontMetrics(chipFont).horizontalAdvance(when) + 4;
    painter->drawText(QRect(r.right() - kPad - whenWidth, r.top() + kPad, whenWidth, 20),
                      Qt::AlignRight | Qt::AlignVCenter, when);

    const int left = chip.right() + kPad;
    const int width = r.right() - kPad - whenWidth - kPad - left;
    QFont titleFont = option.font;
    titleFont.setWeight(item.read ? QFont::Normal : QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(theme::text);
    const QFontMetrics titleMetrics(titleFont);
    painter->drawText(QRect(left, r.top() + kPad, width, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(InboxModel::headline(item), Qt::ElideRight, width));
    const QString detail = InboxModel::detail(item);
    if (!detail.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(theme::mutedText);
        const int detailWidth = r.right() - kPad - left;
        painter->drawText(QRect(left, r.top() + kPad + 22, detailWidth, 20),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(detail, Qt::ElideRight, detailWidth));
    }
    painter->restore();
}

QSize InboxItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    const auto item = index.data(InboxModel::ItemRole).value<InboxItem>();
    const int lines = InboxModel::detail(item).isEmpty() ? 1 : 2;
    return QSize(std::max(200, option.rect.width()), 2 * kPad + 4 + lines * 20 + (lines - 1) * 2);
}

} // namespace lyceum::ui
