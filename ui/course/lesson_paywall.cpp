#include "course/lesson_paywall.h"

#include "client/client.h"
#include "client/commerce_service.h"
#include "common/format.h"
#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

LessonPaywall::LessonPaywall(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_price(new QLabel(this))
    , m_buy(new QPushButton(this))
    , m_member(new QPushButton(this)) {
    setObjectName(QStringLiteral("LessonPaywall"));
    auto *note = new QLabel(tr("This lesson opens once you own the course: buy it once and every "
                               "lesson is yours, also offline."),
                            this);
    note->setWordWrap(true);
    m_price->setObjectName(QStringLiteral("PriceTag"));
    m_price->setTextFormat(Qt::PlainText);
    m_buy->setObjectName(QStringLiteral("PaywallBuy"));
    theme::setRole(m_buy, QStringLiteral("Primary"));
    m_member->setObjectName(QStringLiteral("PaywallMembership"));
    m_member->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_price, 0, Qt::AlignVCenter);
    row->addStretch();
    row->addWidget(m_member);
    row->addWidget(m_buy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(note);
    layout->addLayout(row);
    connect(m_buy, &QPushButton::clicked, this, [this] { Q_EMIT buyRequested(m_course); });
    connect(m_member, &QPushButton::clicked, this, [this] {
        if (m_tier)
            Q_EMIT tierRequested(*m_tier);
    });
}

std::optional<Tier> LessonPaywall::tierIncluding(const QVector<Tier> &tiers,
                                                 const QString &courseId) {
    std::optional<Tier> best;
    for (const Tier &t : tiers) {
        if (!t.allCourses && !t.courseIds.contains(courseId))
            continue;
        // Compare by the price of a month, so a yearly plan is not always the dearest.
        const auto monthly = [](const Tier &x) {
            return x.interval == QLatin1String("year") ? x.price / 12 : x.price;
        };
        if (!best || monthly(t) < monthly(*best))
            best = t;
    }
    return best;
}

void LessonPaywall::setCourse(const Course &course) {
    m_course = course;
    const QString price = Format::price(course.price, course.currency);
    m_price->setText(price);
    m_buy->setText(tr("Buy the course for %1").arg(price));
    m_buy->setDefault(true);
    m_buy->setFocus();
    if (!m_client)
        return;
    const QString courseId = course.id;
    m_client->commerce().fetchStore(
        this, [this, courseId](const ApiError &e, const QVector<Tier> &tiers) {
            if (e.isError() || courseId != m_course.id)
                return; // offline: Buy alone (the checkout says what is wrong if it fails too)
            m_tier = tierIncluding(tiers, courseId);
            if (!m_tier)
                return;
            const QString per = Format::price(m_tier->price, m_tier->currency);
            m_member->setText(m_tier->interval == QLatin1String("year")
                                  ? tr("Join %1: %2 a year").arg(m_tier->name, per)
                                  : tr("Join %1: %2 a month").arg(m_tier->name, per));
            m_member->setToolTip(tr("The membership opens this course and more while it lasts."));
            m_member->show();
        });
}

} // namespace lyceum::ui
