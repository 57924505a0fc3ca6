#include "studio/analytics_view.h"

#include "client/client.h"
#include "client/commerce_service.h"
#include "client/studio_service.h"
#include "common/format.h"
#include "learning/quiz_stats_view.h"
#include "studio/analytics_charts.h"
#include "studio/pricing_table_model.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

const char *const kTotals[] = {"sales", "revenue", "refunds", "net", "enrolments", "posts"};

QString decimal(qint64 minor) {
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(minor) / 100)
        .arg(std::abs(minor) % 100, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString &s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// "3 of 5" still learning N weeks on; a dash while nobody of the week is N weeks in.
QString weeksOn(const QJsonObject &o, int weeks) {
    const QJsonValue v = o.value(QStringLiteral("after_%1w").arg(weeks));
    if (v.isNull() || v.isUndefined())
        return AnalyticsView::tr("not yet");
    return AnalyticsView::tr("%1 of %2")
        .arg(v.toInt())
        .arg(o.value(QStringLiteral("after_%1w_of").arg(weeks)).toInt());
}

QVector<ReportTableModel::Column> cohortColumns() {
    using R = const QJsonObject &;
    return {
        {AnalyticsView::tr("Week enrolled"),
         [](R o) { return o.value(QLatin1String("week_start")).toString(); },
         {}},
        {AnalyticsView::tr("Learners"),
         [](R o) { return QString::number(o.value(QLatin1String("enrolled")).toInt()); },
         {}},
        {AnalyticsView::tr("Learning after 1 week"), [](R o) { return weeksOn(o, 1); }, {}},
        {AnalyticsView::tr("After 2 weeks"), [](R o) { return weeksOn(o, 2); }, {}},
        {AnalyticsView::tr("After 4 weeks"), [](R o) { return weeksOn(o, 4); }, {}},
        {AnalyticsView::tr("Completed"),
         [](R o) { return QString::number(o.value(QLatin1String("completed")).toInt()); },
         {}},
    };
}

} // namespace

AnalyticsView::AnalyticsView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_course(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-29), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_cohortTitle(new QLabel(tr("Learners by week of enrolment"), this))
    , m_cohortState(new QLabel(this))
    , m_cohorts(new ReportTableModel(this))
    , m_cohortTable(new QTableView(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_state(new QLabel(this))
    , m_daily(new DailyChart(this))
    , m_funnelTitle(new QLabel(tr("Lesson funnel: finished / started"), this))
    , m_funnel(new FunnelChart(this))
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("AnalyticsView"));
    m_course->setObjectName(QStringLiteral("AnalyticsCourse"));
    m_course->setAccessibleName(tr("Course"));
    m_course->addItem(tr("All my courses"), QString());
    m_course->setMinimumContentsLength(20);
    m_export->setObjectName(QStringLiteral("ExportAnalytics"));
    m_export->setEnabled(false);
    m_state->setObjectName(QStringLiteral("Muted"));
    m_state->setWordWrap(true);
    setUpRangeAndCohorts();
    auto *top = new QHBoxLayout;
    top->addWidget(m_course, 1);
    top->addWidget(m_range);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_refresh);
    top->addWidget(m_export);

    auto *tiles = new QGridLayout;
    const QString captions[] = {tr("Sales"),       tr("Revenue"),    tr("Refunds"),
                                tr("Net revenue"), tr("Enrolments"), tr("Discussion replies")};
    for (int i = 0; i < 6; ++i) {
        auto *value = new QLabel(QStringLiteral("–"), this);
        value->setObjectName(QStringLiteral("StatValue"));
        value->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
        auto *caption = new QLabel(captions[i], this);
        caption->setObjectName(QStringLiteral("Muted"));
        tiles->addWidget(value, 0, i);
        tiles->addWidget(caption, 1, i);
        m_totals.insert(QLatin1String(kTotals[i]), value);
    }
    m_funnelTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Sales"), tr("Revenue"), tr("Refunds"),
                                        tr("Net"), tr("Enrolments"), tr("Replies")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(160);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addLayout(tiles);
    column->addWidget(m_daily);
    column->addWidget(m_funnelTitle);
    column->addWidget(m_funnel);
    column->addWidget(m_cohortTitle);
    column->addWidget(m_cohortState);
    column->addWidget(m_cohortTable);
    column->addWidget(m_table, 1);
    // Quiz answers per question of the chosen course (learning/quiz_stats_view.h).
    auto *quizStats = new QuizStatsView(m_client, content);
    column->addWidget(quizStats);
    connect(m_course, &QComboBox::currentIndexChanged, quizStats,
            [this, quizStats] { quizStats->setCourse(m_course->currentData().toString()); });
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsView::refresh);
    connect(m_course, &QComboBox::currentIndexChanged, this, &AnalyticsView::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export analytics"),
                                                          QStringLiteral("lyceum-analytics.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            m_state->setText(tr("Could not write the file: %1").arg(error));
    });
}

void AnalyticsView::setUpRangeAndCohorts() {
    m_range->setObjectName(QStringLiteral("AnalyticsRange"));
    m_range->setAccessibleName(tr("Period"));
    m_range->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("All time"),
                       tr("Custom dates")});
    m_range->setCurrentIndex(3);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
        edit->setMaximumDate(QDate::currentDate().addYears(1));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_cohortTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_cohortState->setObjectName(QStringLiteral("Muted"));
    m_cohortState->setWordWrap(true);
    m_cohorts->setColumns(cohortColumns());
    m_cohortTable->setModel(m_cohorts);
    m_cohortTable->setAccessibleName(tr("Learners by week of enrolment"));
    m_cohortTable->verticalHeader()->hide();
    m_cohortTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohortTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cohortTable->setMinimumHeight(120);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_from->setVisible(index == 4);
        m_to->setVisible(index == 4);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsView::refresh);
}

QLabel *AnalyticsView::totalLabel(const QString &key) const {
    return m_totals.value(key);
}

QPair<QDate, QDate> AnalyticsView::range() const {
    const QDate today = QDate::currentDate();
    switch (m_range->currentIndex()) {
    case 0:
        return {today.addDays(-6), today};
    case 1:
        return {today.addDays(-29), today};
    case 2:
        return {today.addDays(-89), today};
    case 4:
        return {m_from->date(), m_to->date()};
    default:
        return {};
    }
}

void AnalyticsView::refreshCohorts() {
    const QString course = m_course->currentData().toString();
    if (course.isEmpty()) {
        m_cohorts->setRows({});
        m_cohortTable->hide();
        m_cohortState->setText(tr("Choose one course to see its learners by week of enrolment."));
        return;
    }
    m_client->commerce().fetchCreatorReport(
        commerceapi::CreatorReport::Cohorts, course, this,
        [this](const ApiError &e, const QJsonObject &o) {
            const QJsonArray rows = o.value(QLatin1String("cohorts")).toArray();
            m_cohorts->setRows(rows);
            m_cohortTable->setVisible(!rows.isEmpty());
            m_cohortState->setText(
                e.isError() ? e.message
                : rows.isEmpty()
                    ? tr("Nobody has enrolled yet: each week with an enrolment shows here.")
                    : tr("Of those who enrolled in a week: how many were still learning (any "
                         "progress or reply) 1, 2 and 4 weeks later, and how many finished."));
            Q_EMIT cohortsRefreshed();
        });
}

void AnalyticsView::refresh() {
    if (m_range->currentIndex() == 4 && m_from->date() > m_to->date()) {
        m_state->setText(tr("The period starts after it ends; choose the dates again."));
        return;
    }
    m_state->setText(tr("Loading…"));
    m_refresh->setEnabled(false);
    refreshCohorts();
    const auto [from, to] = range();
    m_client->studio().fetchAnalytics(
        m_course->currentData().toString(), this,
        [this](const ApiError &e, const QJsonObject &o) {
            m_refresh->setEnabled(true);
            if (e.isError()) {
                m_state->setText(tr("Analytics are computed on the server and need a "
                                    "connection: %1")
                                     .arg(e.message));
                return;
            }
            showData(o);
            Q_EMIT refreshed();
        },
        from, to);
}

void AnalyticsView::showData(const QJsonObject &a) {
    m_data = a;
    m_state->clear();
    m_export->setEnabled(true);
    {
        const QSignalBlocker block(m_course);
        if (a.value(QLatin1StringView("course_id")).toString().isEmpty()) {
            const QString current = m_course->currentData().toString();
            while (m_course->count() > 1)
                m_course->removeItem(1);
            for (const QJsonValue &c : a.value(QLatin1StringView("courses")).toArray())
                m_course->addItem(c[QLatin1StringView("title")].toString(),
                                  c[QLatin1StringView("id")].toString());
            m_course->setCurrentIndex(std::max(0, m_course->findData(current)));
        }
    }
    const QString currency = a.value(QLatin1StringView("currency")).toString();
    const QJsonObject totals = a.value(QLatin1StringView("totals")).toObject();
    for (const char *key : kTotals) {
        const qint64 v = totals.value(QLatin1String(key)).toInteger();
        const bool money = qstrcmp(key, "revenue") == 0 || qstrcmp(key, "net") == 0;
        m_totals.value(QLatin1String(key))
            ->setText(money ? moneyText(v, currency) : QString::number(v));
    }
    if (const qint64 refunded = totals.value(QLatin1StringView("refunded")).toInteger())
        m_totals.value(QStringLiteral("refunds"))
            ->setText(QStringLiteral("%1 (%2)")
                          .arg(totals.value(QLatin1StringView("refunds")).toInteger())
                          .arg(moneyText(refunded, currency)));
    const QJsonArray daily = a.value(QLatin1StringView("daily")).toArray();
    if (daily.isEmpty())
        m_state->setText(m_range->currentIndex() == 3
                             ? tr("Nothing to show yet: no sales, enrolments or replies.")
                             : tr("Nothing in this period: no sales, enrolments or replies."));
    m_table->setVisible(!daily.isEmpty());
    m_daily->setDays(daily, currency);
    const QJsonArray funnel = a.value(QLatin1StringView("funnel")).toArray();
    m_funnel->setFunnel(funnel);
    m_table->setRowCount(int(daily.size()));
    for (int r = 0; r < daily.size(); ++r) {
        const QJsonObject d = daily.at(r).toObject();
        const QStringList cells{
            d.value(QLatin1StringView("day")).toString(),
            QString::number(d.value(QLatin1StringView("sales")).toInteger()),
            moneyText(d.value(QLatin1StringView("revenue")).toInteger(), currency),
            QString::number(d.value(QLatin1StringView("refunds")).toInteger()),
            moneyText(d.value(QLatin1StringView("net")).toInteger(), currency),
            QString::number(d.value(QLatin1StringView("enrolments")).toInteger()),
            QString::number(d.value(QLatin1StringView("posts")).toInteger())};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

QByteArray AnalyticsView::csv(const QJsonObject &a) {
    const QString currency = a.value(QLatin1StringView("currency")).toString();
    QStringList lines{QStringLiteral("day,sales,revenue,refunds,refunded,net,enrolments,replies,"
                                     "currency")};
    for (const QJsonValue &v : a.value(QLatin1StringView("daily")).toArray()) {
        const QJsonObject d = v.toObject();
        lines << QStringList{d.value(QLatin1StringView("day")).toString(),
                             QString::number(d.value(QLatin1StringView("sales")).toInteger()),
                             decimal(d.value(QLatin1StringView("revenue")).toInteger()),
                             QString::number(d.value(QLatin1StringView("refunds")).toInteger()),
                             decimal(d.value(QLatin1StringView("refunded")).toInteger()),
                             decimal(d.value(QLatin1StringView("net")).toInteger()),
                             QString::number(d.value(QLatin1StringView("enrolments")).toInteger()),
                             QString::number(d.value(QLatin1StringView("posts")).toInteger()),
                             currency}
                     .join(QLatin1Char(','));
    }
    const QJsonArray funnel = a.value(QLatin1StringView("funnel")).toArray();
    if (!funnel.isEmpty()) {
        lines << QString() << QStringLiteral("position,lesson,started,completed");
        for (const QJsonValue &v : funnel) {
            const QJsonObject f = v.toObject();
            lines << QStringList{QString::number(f.value(QLatin1StringView("position")).toInt()),
                                 csvField(f.value(QLatin1StringView("title")).toString()),
                                 QString::number(f.value(QLatin1StringView("started")).toInteger()),
                                 QString::number(
                                     f.value(QLatin1StringView("completed")).toInteger())}
                         .join(QLatin1Char(','));
        }
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

bool AnalyticsView::exportCsv(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write("\xEF\xBB\xBF"); // so spreadsheet programs read the Chinese titles as UTF-8
    file.write(csv(m_data));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace lyceum::ui
