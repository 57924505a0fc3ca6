// A report of the creator's sales pages: a sortable table over a ReportTableModel, an empty
// state in words instead of an empty grid, and CSV export. The roster (a course's learners:
// joined, progress, last active) and the payouts (per month: sales, refunds, fees, net, each
// amount with its currency) are two of them.
#pragma once

#include "studio/pricing_table_model.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lyceum::ui {

class ReportView : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Roster, Payouts };
    ReportView(Kind kind, QWidget *parent = nullptr);

    void setRows(const QJsonArray &rows);
    // Writes the CSV (with a UTF-8 mark, so spreadsheets read Chinese names).
    bool exportCsv(const QString &path, QString *error) const;

    ReportTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLabel *emptyState() const { return m_empty; }
    QPushButton *exportButton() const { return m_export; }

private:
    Kind m_kind;
    ReportTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_export;
};

} // namespace lyceum::ui
