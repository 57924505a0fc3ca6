// Purchases and memberships (docs/architecture.md, "Client core"; docs/protocol.md,
// "Commerce"). Online calls only, results on context's thread; what they grant reaches the
// cache through the sync feed like everything else. REST: api/commerce_api.h. No SQL.
#pragma once

#include "api/commerce_api.h"

#include <QObject>
#include <functional>

namespace lyceum {

class SessionState;

// The user's words for a commerce code (an Order's reason, an error's code); the code itself
// when unknown.
QString commerceReasonText(const QString &code);

// A CSV file (RFC 4180, header row first, CRLF) that a spreadsheet opens safely: a cell that
// starts with = + - @ or a tab/CR (a formula to Excel and LibreOffice) is written with a leading
// apostrophe, unless it is a plain number such as -12.50.
QByteArray creatorCsv(const QStringList &header, const QVector<QStringList> &rows);

class CommerceService : public QObject {
    Q_OBJECT
public:
    explicit CommerceService(SessionState &session, QObject *parent = nullptr);

    // Errors carry the server's code (card_declined, coupon_expired, ...) and a translated
    // sentence. A paid order's entitlement arrives through the feed (live or the next pull).
    using OrderDone = std::function<void(const ApiError &, const Order &)>;
    void fetchStore(QObject *context, std::function<void(const ApiError &, QVector<Tier>)> done);
    // Starts (or, with the same key, finds again) a checkout of a course or a tier.
    void checkout(const QString &courseId, const QString &tierId, const QString &coupon,
                  const QString &idempotencyKey, QObject *context, OrderDone done);
    void payOrder(const QString &orderId, const CardDetails &card, QObject *context,
                  OrderDone done);
    void requestRefund(const QString &orderId, QObject *context, OrderDone done);
    void cancelSubscription(const QString &subscriptionId, QObject *context,
                            std::function<void(const ApiError &, const Subscription &)> done);
    void fetchWallet(QObject *context, std::function<void(const ApiError &, const Wallet &)> done);

    // --- what a course's creator sets and reads to sell it (commerce_creator.cpp) ----------
    // GET /studio/money, /roster, /cohorts, /payouts, the answer as JSON; errors in words.
    void fetchCreatorReport(commerceapi::CreatorReport report, const QString &courseId,
                            QObject *context,
                            std::function<void(const ApiError &, const QJsonObject &)> done);
    // Through the outbox (course.price, coupon.put, coupon.disable, lesson.drip); queued: the
    // row was written (the outbox sends it when online; a refusal shows in the outbox).
    using Queued = std::function<void(const QString &error)>;
    void setCoursePrice(const QString &courseId, qint64 price, const QString &currency,
                        Queued queued = {});
    struct CouponInput {
        QString code;
        qint64 percentOff = 0;
        qint64 amountOff = 0;
        QString currency; // with amountOff
        QString courseId; // empty: all the creator's courses
        qint64 maxUses = 0;
        qint64 expiresAt = 0; // ms; 0: never
    };
    void putCoupon(const CouponInput &coupon, Queued queued = {});
    void setCouponDisabled(const QString &code, bool disabled, Queued queued = {});
    void setLessonDrip(const QString &lessonId, int days, Queued queued = {});

Q_SIGNALS:
    // A creator's mutation was queued (pages refresh once the outbox has sent it).
    void creatorChangeQueued();

private:
    void send(QLatin1StringView type, const QString &entityId, const QJsonObject &args,
              Queued queued);

    SessionState &m_session;
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::Order)
