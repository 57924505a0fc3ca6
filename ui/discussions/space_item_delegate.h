// One row of the space list: the name as the view's style draws it, and on the right a pill
// with the number of unread posts in the space when there are any.
#pragma once

#include <QStyledItemDelegate>

namespace lyceum::ui {

class SpaceItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace lyceum::ui
