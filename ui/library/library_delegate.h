// A row of My library: the course's title, its creator and whether it is owned or followed,
// a progress bar with "n of m lessons done · Next: …", and when it was last opened.
#pragma once

#include <QStyledItemDelegate>

namespace lyceum::ui {

class LibraryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LibraryDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lyceum::ui
