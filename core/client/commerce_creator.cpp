// CommerceService: what a course's creator sets (through the outbox, so it is kept offline and
// applied exactly once) and reads (online) to sell it. docs/protocol.md, "Creators' money".
#include "cache/cache_worker.h"
#include "cache/transaction.h"
#include "client/commerce_service.h"
#include "client/session_state.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QPointer>
#include <QRegularExpression>

namespace lyceum {

namespace {

QString csvCell(QString cell) {
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const bool formula = !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()) &&
                         !number.match(cell).hasMatch();
    if (formula)
        cell.prepend(u'\'');
    if (formula || cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
        cell.contains(u'\r'))
        return u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return cell;
}

} // namespace

QByteArray creatorCsv(const QStringList &header, const QVector<QStringList> &rows) {
    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out.toUtf8();
}

void CommerceService::fetchCreatorReport(
    commerceapi::CreatorReport report, const QString &courseId, QObject *context,
    std::function<void(const ApiError &, const QJsonObject &)> done) {
    QPointer<QObject> guard(context);
    commerceapi::creatorReport(
        *m_session.api, report, courseId,
        [guard, done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
            if (guard)
                done(e, answer);
        });
}

void CommerceService::send(QLatin1StringView type, const QString &entityId, const QJsonObject &args,
                           Queued queued) {
    if (!m_session.ensureOpen("creator money"))
        return;
    m_session.cache->run<QString>(
        this,
        [type, entityId, args](CacheDatabase &db) {
            QString error;
            QString mutationId;
            Transaction tx(db);
            if (!tx.isOpen()) {
                succeeded(tx.beginError(), &error);
                return error;
            }
            if (outboxstore::enqueue(db, QString(type), entityId, args, &mutationId, &error))
                tx.commit(&error);
            return error;
        },
        [this, queued](QString error) {
            m_session.afterLocalWrite(error);
            if (error.isEmpty())
                Q_EMIT creatorChangeQueued();
            if (queued)
                queued(error);
        });
}

void CommerceService::setCoursePrice(const QString &courseId, qint64 price, const QString &currency,
                                     Queued queued) {
    send(mutations::kCoursePrice, QStringLiteral("course:") + courseId,
         {{QStringLiteral("course_id"), courseId},
          {QStringLiteral("price"), price},
          {QStringLiteral("currency"), currency}},
         std::move(queued));
}

void CommerceService::putCoupon(const CouponInput &c, Queued queued) {
    QJsonObject args{{QStringLiteral("code"), c.code},
                     {QStringLiteral("max_uses"), c.maxUses},
                     {QStringLiteral("expires_at"), c.expiresAt}};
    if (c.percentOff > 0)
        args.insert(QStringLiteral("percent_off"), c.percentOff);
    else
        args.insert(QStringLiteral("amount_off"), c.amountOff);
    if (!c.currency.isEmpty() && c.amountOff > 0)
        args.insert(QStringLiteral("currency"), c.currency);
    if (!c.courseId.isEmpty())
        args.insert(QStringLiteral("course_id"), c.courseId);
    send(mutations::kCouponPut, QStringLiteral("coupon:") + c.code, args, std::move(queued));
}

void CommerceService::setCouponDisabled(const QString &code, bool disabled, Queued queued) {
    send(mutations::kCouponDisable, QStringLiteral("coupon:") + code,
         {{QStringLiteral("code"), code}, {QStringLiteral("disabled"), disabled}},
         std::move(queued));
}

void CommerceService::setLessonDrip(const QString &lessonId, int days, Queued queued) {
    send(mutations::kLessonDrip, QStringLiteral("lesson:") + lessonId,
         {{QStringLiteral("lesson_id"), lessonId}, {QStringLiteral("days"), days}},
         std::move(queued));
}

} // namespace lyceum
