#include "studio/insights_panel.h"

#include "client/client.h"
#include "client/studio_service.h"
#include "learning/assignment_service.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace lyceum::ui {

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(name);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells) {
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString decimal(double v) {
    return QString::number(v, 'f', 1);
}

} // namespace

InsightsPanel::InsightsPanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client) {
    setObjectName(QStringLiteral("InsightsPanel"));
    build();
}

QString InsightsPanel::segmentName(learning::SegmentKind kind) {
    using learning::SegmentKind;
    switch (kind) {
    case SegmentKind::Steady:
        return tr("Steady learners");
    case SegmentKind::Sprinters:
        return tr("Sprinters");
    case SegmentKind::Discussers:
        return tr("Here for the discussion");
    case SegmentKind::Occasional:
        return tr("Occasional learners");
    case SegmentKind::GoneQuiet:
        return tr("Started, gone quiet");
    case SegmentKind::NotStarted:
        return tr("Not started yet");
    }
    return {};
}

void InsightsPanel::build() {
    m_course = new QComboBox(this);
    m_course->setAccessibleName(tr("Course"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("Muted"));
    m_state->setWordWrap(true);
    m_segments = table({tr("Segment"), tr("Learners"), tr("Lessons done"), tr("Quiz score"),
                        tr("Posts"), tr("Days active")},
                       tr("Learner segments"), this);
    m_mastery = table({tr("Learner"), tr("Mastery by section"), tr("Assignments")},
                      tr("Mastery by section"), this);
    m_quiet = table({tr("Learner"), tr("Quiet for"), tr("Lessons done")}, tr("Gone quiet"), this);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 365);
    m_days->setValue(14);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Quiet for at least"));
    m_copy = new QPushButton(tr("Copy handles"), this);
    m_copy->setToolTip(tr("Copy the @handles of the learners listed, to write to them"));
    auto *privacy = new QLabel(tr("Segments are computed on this computer from the course's "
                                  "figures; nothing computed here is sent anywhere."),
                               this);
    privacy->setObjectName(QStringLiteral("Muted"));
    privacy->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 8, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Course:"), this));
    top->addWidget(m_course, 1);
    top->addWidget(m_refresh);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(m_state, 1, 0, 1, 2);
    grid->addWidget(m_segments, 2, 0);
    grid->addWidget(m_mastery, 2, 1, 2, 1);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(new QLabel(tr("Started, then quiet for:"), this));
    quietRow->addWidget(m_days);
    quietRow->addStretch();
    quietRow->addWidget(m_copy);
    auto *quietBox = new QVBoxLayout;
    quietBox->addLayout(quietRow);
    quietBox->addWidget(m_quiet, 1);
    grid->addLayout(quietBox, 3, 0);
    grid->addWidget(privacy, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_refresh, &QPushButton::clicked, this, &InsightsPanel::refresh);
    connect(m_course, &QComboBox::activated, this, &InsightsPanel::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &InsightsPanel::fillQuiet);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList handles;
        for (int r = 0; r < m_quiet->rowCount(); ++r)
            handles << m_quiet->item(r, 0)->data(Qt::UserRole).toString();
        QApplication::clipboard()->setText(handles.join(QLatin1Char(' ')));
        m_state->setText(tr("Copied %n handle(s).", nullptr, int(handles.size())));
    });
}

void InsightsPanel::loadCourses() {
    m_client->studio().fetchAnalytics(
        QString(), this, [this](const ApiError &e, const QJsonObject &o) {
            if (e.isError()) {
                m_state->setText(tr("Insights need a connection: %1").arg(e.message));
                return;
            }
            m_course->clear();
            for (const QJsonValue &c : o.value(QLatin1StringView("courses")).toArray())
                m_course->addItem(c[QLatin1StringView("title")].toString(),
                                  c[QLatin1StringView("id")].toString());
            if (m_course->count() > 0)
                refresh();
            else
                m_state->setText(tr("You have no courses yet."));
        });
}

void InsightsPanel::refresh() {
    if (m_course->count() == 0) {
        loadCourses();
        return;
    }
    m_state->setText(tr("Loading…"));
    assignmentsOf(*m_client).fetchInsights(
        m_course->currentData().toString(), this, [this](const ApiError &e, const QJsonObject &o) {
            if (e.isError()) {
                m_state->setText(tr("Insights need a connection: %1").arg(e.message));
                return;
            }
            showInsights(o, QDateTime::currentMSecsSinceEpoch());
        });
}

void InsightsPanel::showInsights(const QJsonObject &json, qint64 nowMs) {
    m_insights = learning::insightsFromJson(json);
    m_now = nowMs;
    const QVector<learning::Segment> segments = learning::segmentLearners(m_insights.learners);
    m_segments->setRowCount(int(segments.size()));
    for (int i = 0; i < segments.size(); ++i) {
        const learning::Segment &s = segments.at(i);
        setRow(m_segments, i,
               {segmentName(s.kind), QString::number(s.members.size()), decimal(s.lessons),
                QStringLiteral("%1%").arg(qRound(s.quiz * 100)), decimal(s.posts),
                decimal(s.days)});
    }
    const QVector<learning::LearnerActivity> &learners = m_insights.learners;
    m_mastery->setRowCount(int(learners.size()));
    for (int i = 0; i < learners.size(); ++i) {
        const learning::LearnerActivity &a = learners.at(i);
        QStringList parts;
        for (const learning::SectionMastery &m : learning::masteryBySection(m_insights, a))
            parts << (m.section.isEmpty() ? tr("%1/%2").arg(m.done).arg(m.total)
                                          : tr("%1 %2/%3").arg(m.section).arg(m.done).arg(m.total));
        const QString grades = a.assignmentMax > 0 ? tr("%1 accepted · %2/%3 points")
                                                         .arg(a.assignmentsAccepted)
                                                         .arg(a.assignmentScore)
                                                         .arg(a.assignmentMax)
                                                   : tr("none reviewed");
        setRow(m_mastery, i,
               {QLatin1Char('@') + a.handle, parts.join(QStringLiteral(" · ")), grades});
    }
    m_state->setText(tr("%n learner(s). The course counts as one section until its lessons are "
                        "grouped into sections.",
                        nullptr, int(learners.size())));
    fillQuiet();
    Q_EMIT shown();
}

void InsightsPanel::fillQuiet() {
    const QVector<int> quiet = learning::goneQuiet(m_insights, m_now, m_days->value());
    m_quiet->setRowCount(int(quiet.size()));
    for (int r = 0; r < quiet.size(); ++r) {
        const learning::LearnerActivity &a = m_insights.learners.at(quiet.at(r));
        const qint64 days = (m_now - a.lastActiveAt) / (24LL * 3600 * 1000);
        setRow(m_quiet, r,
               {QLatin1Char('@') + a.handle, tr("%n day(s)", nullptr, int(days)),
                QString::number(a.lessonsDone)});
        m_quiet->item(r, 0)->setData(Qt::UserRole, QString(QLatin1Char('@') + a.handle));
    }
    m_copy->setEnabled(!quiet.isEmpty());
}

} // namespace lyceum::ui
