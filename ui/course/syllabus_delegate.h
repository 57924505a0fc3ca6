// One syllabus row: number, title, a lock or a "Free preview" mark, and the duration.
#pragma once

#include <QStyledItemDelegate>

namespace lyceum::ui {

class SyllabusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SyllabusDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lyceum::ui
