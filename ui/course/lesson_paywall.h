// What a locked lesson shows instead of a dead end: that it opens once the course is owned, the
// course's price with Buy (the checkout for that course), and the membership that includes the
// course, if the store (online) has one. The lesson dialog closes on either choice and the
// course page opens the checkout (course_page.h).
#pragma once

#include "api/commerce_api.h"
#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class LessonPaywall : public QWidget {
    Q_OBJECT
public:
    // client may be null (no membership is looked up then).
    explicit LessonPaywall(Client *client, QWidget *parent = nullptr);

    // The course the lesson belongs to: its price on Buy, and the memberships including it.
    void setCourse(const Course &course);

    QPushButton *buyButton() const { return m_buy; }
    QPushButton *membershipButton() const { return m_member; }
    QLabel *priceLabel() const { return m_price; }

    // The cheapest tier that includes the course (nullopt: none).
    static std::optional<Tier> tierIncluding(const QVector<Tier> &tiers, const QString &courseId);

Q_SIGNALS:
    void buyRequested(const lyceum::Course &course);
    void tierRequested(const lyceum::Tier &tier);

private:
    Client *m_client;
    Course m_course;
    std::optional<Tier> m_tier;
    QLabel *m_price;
    QPushButton *m_buy;
    QPushButton *m_member;
};

} // namespace lyceum::ui
