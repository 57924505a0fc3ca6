// Paints a course as a card for the catalogue grid: topic chip, title (two lines), creator,
// summary, and a footer with the price, the lesson count and a free-preview badge.
#pragma once

#include <QStyledItemDelegate>

namespace lyceum::ui {

class CourseCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr QSize cardSize{272, 184};
    static constexpr int minimumCardWidth = 250;
    // The grid cell the page computed to fill its width.
    void setCellSize(QSize size) { m_cellSize = size; }

    explicit CourseCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QSize m_cellSize = cardSize;
};

} // namespace lyceum::ui
