#include "studio/roster_view.h"

#include "common/format.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

qint64 num(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toInteger();
}

QString when(const QJsonObject &o, const char *key, const QString &none) {
    const qint64 at = num(o, key);
    return at > 0 ? Format::date(at) : none;
}

QVector<ReportTableModel::Column> rosterColumns() {
    using R = const QJsonObject &;
    return {
        {ReportView::tr("Learner"),
         [](R o) {
             const QString name = o.value(QLatin1String("display_name")).toString();
             return QStringLiteral("%1 (@%2)")
                 .arg(name, o.value(QLatin1String("handle")).toString());
         },
         {}},
        // Enrolments from before their time was kept have none.
        {ReportView::tr("Joined"),
         [](R o) { return when(o, "joined_at", ReportView::tr("not recorded")); },
         [](R o) { return num(o, "joined_at"); }},
        {ReportView::tr("Progress"),
         [](R o) {
             return ReportView::tr("%1 % (%2 lessons finished)")
                 .arg(num(o, "progress_percent"))
                 .arg(num(o, "lessons_completed"));
         },
         [](R o) { return num(o, "progress_percent"); }},
        {ReportView::tr("Last active"),
         [](R o) { return when(o, "last_active_at", ReportView::tr("never")); },
         [](R o) { return num(o, "last_active_at"); }},
    };
}

QVector<ReportTableModel::Column> payoutColumns() {
    using R = const QJsonObject &;
    const auto amount = [](const char *key) {
        return ReportTableModel::Column{
            {},
            [key](R o) {
                return moneyText(num(o, key), o.value(QLatin1String("currency")).toString());
            },
            [key](R o) { return num(o, key); }};
    };
    QVector<ReportTableModel::Column> columns{
        {ReportView::tr("Month"),
         [](R o) { return o.value(QLatin1String("month")).toString(); },
         {}},
        {ReportView::tr("Sales"), [](R o) { return QString::number(num(o, "sales")); },
         [](R o) { return num(o, "sales"); }},
        amount("gross"),
        {ReportView::tr("Refunds"), [](R o) { return QString::number(num(o, "refunds")); },
         [](R o) { return num(o, "refunds"); }},
        amount("refunded"),
        amount("fees"),
        amount("net")};
    columns[2].header = ReportView::tr("Gross");
    columns[4].header = ReportView::tr("Refunded");
    columns[5].header = ReportView::tr("Fees");
    columns[6].header = ReportView::tr("Net");
    return columns;
}

} // namespace

ReportView::ReportView(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ReportTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this)) {
    const bool roster = kind == Kind::Roster;
    setObjectName(roster ? QStringLiteral("RosterView") : QStringLiteral("PayoutsView"));
    m_model->setColumns(roster ? rosterColumns() : payoutColumns());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(roster ? 1 : 0, roster ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(roster ? tr("Learners of the course") : tr("Payouts by month"));
    m_empty->setObjectName(QStringLiteral("Muted"));
    m_empty->setWordWrap(true);
    m_empty->setText(roster ? tr("Nobody has enrolled in this course yet. Learners appear here "
                                 "once they buy it or are given it.")
                            : tr("No sales yet: each month with a sale or a refund shows here, "
                                 "with its currency on every amount."));
    m_export->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_empty, 1);
    top->addStretch();
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"),
            m_kind == Kind::Roster ? QStringLiteral("lyceum-learners.csv")
                                   : QStringLiteral("lyceum-payouts.csv"),
            tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error)) {
            m_empty->setText(tr("Could not write the file: %1").arg(error));
            m_empty->show();
        }
    });
}

void ReportView::setRows(const QJsonArray &rows) {
    m_model->setRows(rows);
    m_empty->setVisible(rows.isEmpty());
    m_table->setVisible(!rows.isEmpty());
    m_export->setEnabled(!rows.isEmpty());
}

bool ReportView::exportCsv(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(m_model->csv());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace lyceum::ui
