// The inbox's items (DiscussionsService::fetchInbox) as a list model, and the delegate that draws
// one row: a kind chip, who and where, an excerpt and the time; unread rows carry a dot and bold
// text.
#pragma once

#include "reading/inbox_store.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace lyceum::ui {

class InboxModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ItemRole = Qt::UserRole + 1, // the InboxItem
        KindRole,                    // its kind's name (reply, mention, moderation, lesson)
        ReadRole,
        KeyRole,
    };
    using QAbstractListModel::QAbstractListModel;

    void setItems(QVector<InboxItem> items);
    const QVector<InboxItem> &items() const { return m_items; }
    int unreadCount() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindLabel(InboxKind kind);
    // The row's headline (who did what, where) and its second line, in the current language.
    static QString headline(const InboxItem &item);
    static QString detail(const InboxItem &item);

private:
    QVector<InboxItem> m_items;
};

class InboxItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lyceum::ui

Q_DECLARE_METATYPE(lyceum::InboxItem)
