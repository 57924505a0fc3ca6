#include "studio/pricing_page.h"

#include "client/client.h"
#include "client/commerce_service.h"
#include "client/studio_service.h"
#include "studio/coupons_view.h"
#include "studio/roster_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QVector<ReportTableModel::Column> lessonColumns() {
    using R = const QJsonObject &;
    return {
        {PricingPage::tr("Lesson"),
         [](R o) {
             return QStringLiteral("%1. %2")
                 .arg(o.value(QLatin1String("position")).toInt())
                 .arg(o.value(QLatin1String("title")).toString());
         },
         {}},
        {PricingPage::tr("Opens"),
         [](R o) {
             if (o.value(QLatin1String("free_preview")).toBool())
                 return PricingPage::tr("Free preview: open to everyone");
             const int days = o.value(QLatin1String("drip_days")).toInt();
             return days > 0 ? PricingPage::tr("%n day(s) after enrolment", nullptr, days)
                             : PricingPage::tr("With the course");
         },
         {}},
    };
}

} // namespace

PricingPage::PricingPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_course(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_state(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_lessons(new ReportTableModel(this))
    , m_coupons(new CouponsView(client, this))
    , m_roster(new ReportView(ReportView::Kind::Roster, this))
    , m_payouts(new ReportView(ReportView::Kind::Payouts, this)) {
    setObjectName(QStringLiteral("PricingPage"));
    m_course->setAccessibleName(tr("Course"));
    m_course->setMinimumContentsLength(20);
    m_state->setObjectName(QStringLiteral("Muted"));
    m_state->setWordWrap(true);
    m_sections->setAccessibleName(tr("Sales sections"));
    m_sections->addTab(buildPricePane(), tr("Price and release"));
    m_sections->addTab(m_coupons, tr("Coupons"));
    m_sections->addTab(m_roster, tr("Learners"));
    m_sections->addTab(m_payouts, tr("Payouts"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_course, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_sections, 1);

    connect(m_refresh, &QPushButton::clicked, this, &PricingPage::refresh);
    connect(m_course, &QComboBox::currentIndexChanged, this, &PricingPage::loadCourse);
    // What was queued here has reached the server: read the figures again.
    connect(&m_client->commerce(), &CommerceService::creatorChangeQueued, this,
            [this] { m_state->setText(tr("Saved; it reaches the server when you are online.")); });
    connect(m_client, &Client::outboxFlushed, this, [this](const ApiError &e) {
        if (!e.isError() && isVisible() && m_course->count() > 0)
            loadCourse();
    });
}

QWidget *PricingPage::buildPricePane() {
    auto *pane = new QWidget(this);
    m_price = new QDoubleSpinBox(pane);
    m_price->setRange(0, 1000000);
    m_price->setDecimals(2);
    m_price->setSpecialValueText(tr("Free"));
    m_price->setAccessibleName(tr("Price"));
    m_currency = new QComboBox(pane);
    m_currency->setAccessibleName(tr("Currency"));
    m_savePrice = new QPushButton(tr("Save price"), pane);
    m_lessonTable = new QTableView(pane);
    m_lessonTable->setModel(m_lessons);
    m_lessons->setColumns(lessonColumns());
    m_lessonTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lessonTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lessonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lessonTable->verticalHeader()->hide();
    m_lessonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lessonTable->setAccessibleName(tr("Lessons and when they open"));
    m_drip = new QSpinBox(pane);
    m_drip->setRange(0, 365);
    m_drip->setSpecialValueText(tr("With the course"));
    m_drip->setSuffix(tr(" days after enrolment"));
    m_drip->setAccessibleName(tr("Days after enrolment"));
    m_setDrip = new QPushButton(tr("Set release"), pane);
    m_setDrip->setEnabled(false);

    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    priceRow->addWidget(m_savePrice);
    auto *form = new QFormLayout;
    form->addRow(tr("Price"), priceRow);
    auto *note = new QLabel(tr("Orders not yet paid are priced again when paid, so buyers always "
                               "pay the price shown to them at that moment."),
                            pane);
    note->setObjectName(QStringLiteral("Muted"));
    note->setWordWrap(true);
    auto *dripTitle = new QLabel(tr("Drip release: a lesson can open some days after each "
                                    "learner enrols. Until then they see when it opens."),
                                 pane);
    dripTitle->setWordWrap(true);
    auto *dripRow = new QHBoxLayout;
    dripRow->addWidget(m_drip, 1);
    dripRow->addWidget(m_setDrip);
    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(dripTitle);
    layout->addWidget(m_lessonTable, 1);
    layout->addLayout(dripRow);

    connect(m_savePrice, &QPushButton::clicked, this, &PricingPage::savePrice);
    connect(m_setDrip, &QPushButton::clicked, this, &PricingPage::setDripOfSelected);
    connect(m_lessonTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_lessonTable->selectionModel()->selectedRows();
        const QJsonObject lesson =
            rows.isEmpty() ? QJsonObject() : m_lessons->rowAt(rows.first().row());
        const bool dripable =
            !lesson.isEmpty() && !lesson.value(QLatin1String("free_preview")).toBool();
        m_setDrip->setEnabled(dripable);
        if (dripable)
            m_drip->setValue(lesson.value(QLatin1String("drip_days")).toInt());
    });
    return pane;
}

void PricingPage::refresh() {
    if (m_course->count() > 0) {
        loadCourse();
        return;
    }
    m_state->setText(tr("Loading…"));
    m_client->studio().fetchAnalytics({}, this, [this](const ApiError &e, const QJsonObject &o) {
        if (e.isError()) {
            m_state->setText(tr("Sales figures are kept on the server and need a connection: %1")
                                 .arg(e.message));
            return;
        }
        const QJsonArray courses = o.value(QLatin1String("courses")).toArray();
        if (courses.isEmpty()) {
            m_state->setText(tr("You have no courses yet. Publish a course from Drafts; its "
                                "price, coupons and learners are managed here."));
            return;
        }
        const QSignalBlocker block(m_course);
        for (const QJsonValue &c : courses)
            m_course->addItem(c[QLatin1String("title")].toString(),
                              c[QLatin1String("id")].toString());
        loadCourse();
    });
}

void PricingPage::loadCourse() {
    const QString id = m_course->currentData().toString();
    if (id.isEmpty())
        return;
    using commerceapi::CreatorReport;
    CommerceService &commerce = m_client->commerce();
    m_pending = 3;
    const auto failed = [this](const ApiError &e) {
        m_state->setText(
            tr("Sales figures are kept on the server and need a connection: %1").arg(e.message));
    };
    const auto done = [this] {
        if (--m_pending == 0)
            Q_EMIT loaded();
    };
    commerce.fetchCreatorReport(CreatorReport::Money, id, this,
                                [this, failed, done](const ApiError &e, const QJsonObject &o) {
                                    if (e.isError())
                                        failed(e);
                                    else
                                        showMoney(o);
                                    done();
                                });
    commerce.fetchCreatorReport(CreatorReport::Roster, id, this,
                                [this, failed, done](const ApiError &e, const QJsonObject &o) {
                                    if (e.isError())
                                        failed(e);
                                    else
                                        m_roster->setRows(
                                            o.value(QLatin1String("learners")).toArray());
                                    done();
                                });
    commerce.fetchCreatorReport(CreatorReport::Payouts, id, this,
                                [this, failed, done](const ApiError &e, const QJsonObject &o) {
                                    if (e.isError())
                                        failed(e);
                                    else
                                        m_payouts->setRows(
                                            o.value(QLatin1String("months")).toArray());
                                    done();
                                });
}

void PricingPage::showMoney(const QJsonObject &money) {
    m_money = money;
    m_state->clear();
    const QJsonObject course = money.value(QLatin1String("course")).toObject();
    const QString currency = course.value(QLatin1String("currency")).toString();
    {
        const QSignalBlocker block(m_currency);
        m_currency->clear();
        for (const QJsonValue &c : money.value(QLatin1String("currencies")).toArray())
            m_currency->addItem(c.toString());
        m_currency->setCurrentIndex(std::max(0, m_currency->findText(currency)));
    }
    m_price->setValue(double(course.value(QLatin1String("price")).toInteger()) / 100.0);
    m_lessons->setRows(money.value(QLatin1String("lessons")).toArray());
    m_setDrip->setEnabled(false);
    m_coupons->setCourse(course.value(QLatin1String("id")).toString(),
                         course.value(QLatin1String("title")).toString(), currency);
    m_coupons->setCoupons(money.value(QLatin1String("coupons")).toArray());
}

void PricingPage::savePrice() {
    const QString id = m_course->currentData().toString();
    if (id.isEmpty())
        return;
    m_client->commerce().setCoursePrice(id, qRound64(m_price->value() * 100),
                                        m_currency->currentText());
}

void PricingPage::setDripOfSelected() {
    const QModelIndexList rows = m_lessonTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_client->commerce().setLessonDrip(
        m_lessons->rowAt(rows.first().row()).value(QLatin1String("id")).toString(),
        m_drip->value());
}

} // namespace lyceum::ui
