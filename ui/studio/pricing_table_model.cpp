#include "studio/pricing_table_model.h"

#include "client/commerce_service.h"

#include <QLocale>

namespace lyceum::ui {

QString moneyText(qint64 minorUnits, const QString &currency) {
    const qint64 abs = qAbs(minorUnits);
    const QString whole = QLocale(QLocale::English).toString(abs / 100); // 1,999 in zh too
    return QStringLiteral("%1 %2%3.%4")
        .arg(currency, minorUnits < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

void ReportTableModel::setColumns(QVector<Column> columns) {
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

void ReportTableModel::setRows(const QJsonArray &rows) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const QJsonValue &v : rows)
        m_rows.append(v.toObject());
    endResetModel();
}

QJsonObject ReportTableModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.text(row);
    case SortRole:
        return column.sortKey ? column.sortKey(row) : QVariant(column.text(row));
    case RowRole:
        return row;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).header;
}

QByteArray ReportTableModel::csv() const {
    QStringList header;
    for (const Column &c : m_columns)
        header << c.header;
    QVector<QStringList> rows;
    for (const QJsonObject &row : m_rows) {
        QStringList cells;
        for (const Column &c : m_columns)
            cells << c.text(row);
        rows << cells;
    }
    return creatorCsv(header, rows);
}

} // namespace lyceum::ui
