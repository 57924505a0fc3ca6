// The hits of one search (Client::search) as a list model, and the delegate that draws them:
// a kind chip, the title and a snippet, with the matched words marked.
#pragma once

#include "client/client.h"
#include "client/discovery_service.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace lyceum::ui {

class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { HitRole = Qt::UserRole + 1 };
    using QAbstractListModel::QAbstractListModel;

    void setHits(QVector<SearchHit> hits);
    const QVector<SearchHit> &hits() const { return m_hits; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QString kindLabel(SearchHit::Kind kind);
    // The marked text as HTML: escaped, with <b> around the marks (for a QTextDocument).
    static QString markedHtml(const QString &text);
    // The text without marks.
    static QString plain(QString text);

private:
    QVector<SearchHit> m_hits;
};

class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lyceum::ui

Q_DECLARE_METATYPE(lyceum::SearchHit)
