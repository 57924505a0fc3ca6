#include "studio/analytics_view.h"

#include "client/client.h"
#include "client/studio_service.h"
#include "common/format.h"
#include "learning/quiz_stats_view.h"
#include "studio/analytics_charts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
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

} // namespace

AnalyticsView::AnalyticsView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_course(new QComboBox(this))
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
    auto *top = new QHBoxLayout;
    top->addWidget(m_course, 1);
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

QLabel *AnalyticsView::totalLabel(const QString &key) const {
    return m_totals.value(key);
}

void AnalyticsView::refresh() {
    m_state->setText(tr("Loading…"));
    m_refresh->setEnabled(false);
    m_client->studio().fetchAnalytics(
        m_course->currentData().toString(), this, [this](const ApiError &e, const QJsonObject &o) {
            m_refresh->setEnabled(true);
            if (e.isError()) {
                m_state->setText(tr("Analytics are computed on the server and need a "
                                    "connection: %1")
                                     .arg(e.message));
                return;
            }
            showData(o);
            Q_EMIT refreshed();
        });
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
            ->setText(money ? Format::price(v, currency).replace(tr("Free"), decimal(0))
                            : QString::number(v));
    }
    if (const qint64 refunded = totals.value(QLatin1StringView("refunded")).toInteger())
        m_totals.value(QStringLiteral("refunds"))
            ->setText(QStringLiteral("%1 (%2)")
                          .arg(totals.value(QLatin1StringView("refunds")).toInteger())
                          .arg(Format::price(refunded, currency)));
    const QJsonArray daily = a.value(QLatin1StringView("daily")).toArray();
    m_daily->setDays(daily, currency);
    const QJsonArray funnel = a.value(QLatin1StringView("funnel")).toArray();
    m_funnel->setFunnel(funnel);
    m_table->setRowCount(int(daily.size()));
    for (int r = 0; r < daily.size(); ++r) {
        const QJsonObject d = daily.at(r).toObject();
        const QStringList cells{
            d.value(QLatin1StringView("day")).toString(),
            QString::number(d.value(QLatin1StringView("sales")).toInteger()),
            decimal(d.value(QLatin1StringView("revenue")).toInteger()),
            QString::number(d.value(QLatin1StringView("refunds")).toInteger()),
            decimal(d.value(QLatin1StringView("net")).toInteger()),
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
