// One row of a thread list: marks (pinned, question/answered, locked), title, author and
// relative time, and a reply-count bubble.
#pragma once

#include <QStyledItemDelegate>

namespace lyceum::ui {

class ThreadItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ThreadItemDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lyceum::ui
