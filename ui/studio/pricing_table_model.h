// The tables of the creator's sales pages (coupons, lessons' release, learners, payouts,
// enrolment-week cohorts) as one model over the server's JSON rows: each column says how a row
// reads and how it sorts (SortRole), so a QSortFilterProxyModel sorts numbers as numbers and
// dates as dates. csv() writes what the table shows, spreadsheet-safe (creatorCsv).
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace lyceum::ui {

// "CNY 1,999.00": every amount with its currency's code, negative ones with a sign.
QString moneyText(qint64 minorUnits, const QString &currency);

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the column's sort key
        RowRole,                     // the row's JSON object
    };
    struct Column {
        QString header;
        std::function<QString(const QJsonObject &)> text;
        std::function<QVariant(const QJsonObject &)> sortKey; // empty: the text
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setColumns(QVector<Column> columns);
    void setRows(const QJsonArray &rows);
    QJsonObject rowAt(int row) const;
    QByteArray csv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<Column> m_columns;
    QVector<QJsonObject> m_rows;
};

} // namespace lyceum::ui
