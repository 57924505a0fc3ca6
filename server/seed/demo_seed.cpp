#include "server/seed/demo_seed.h"

#include "server/auth/credentials.h"
#include "server/commerce/commerce_storage.h"
#include "server/demo/demo_community.h"
#include "server/learning/certificate_demo.h"
#include "server/log.h"
#include "server/media/demo_media.h"
#include "server/seed/demo_assignments.h"
#include "server/seed/demo_challenges.h"
#include "server/seed/demo_quizzes.h"
#include "server/seed/demo_reviews.h"
#include "server/seed/seed_data.h"
#include "server/storage/storage.h"

#include <QDateTime>

namespace lyceum::server {

void seedDemoStore(Storage &storage) {
    CommerceStorage &store = *storage.commerce();
    Transaction tx(storage);
    // Memberships: every course, by the month or the year (two months free).
    // `name` stays both languages for clients that read only it; `names` is per language.
    store.putTier(Tier{QStringLiteral("tier-monthly"),
                       QStringLiteral("会员月卡 Monthly membership"),
                       QStringLiteral("month"),
                       6800,
                       QStringLiteral("CNY"),
                       true,
                       {},
                       {QStringLiteral("Monthly membership"), QStringLiteral("会员月卡")}},
                  0);
    store.putTier(Tier{QStringLiteral("tier-yearly"),
                       QStringLiteral("年度会员 Yearly membership"),
                       QStringLiteral("year"),
                       68000,
                       QStringLiteral("CNY"),
                       true,
                       {},
                       {QStringLiteral("Yearly membership"), QStringLiteral("年度会员")}},
                  1);
    Coupon welcome;
    welcome.code = QStringLiteral("WELCOME10");
    welcome.percentOff = 10;
    store.putCoupon(welcome);
    Coupon few;
    few.code = QStringLiteral("FIRST3");
    few.amountOff = 5000;
    few.currency = QStringLiteral("CNY");
    few.maxUses = 3;
    store.putCoupon(few);
    Coupon old;
    old.code = QStringLiteral("SPRING2026");
    old.percentOff = 30;
    old.expiresAt = 1780000000000; // 2026-05-28
    store.putCoupon(old);
    tx.commit();
}

bool seedDemo(Storage &storage, QStringList *accounts, QString *error) {
    QString buildError;
    const std::optional<lyceum::demo::DemoCommunity> built =
        lyceum::demo::buildDemoCommunity(&buildError);
    if (!built) {
        *error = QStringLiteral("the demo community could not be built: ") % buildError;
        return false;
    }
    const lyceum::demo::DemoCommunity &demo = *built;
    SeedData data;
    data.users = demo.users;
    data.spaces = demo.spaces;
    data.courses = demo.courses;
    data.lessons = demo.lessons;
    data.threads = demo.threads;
    data.posts = demo.posts;
    data.reactions = demo.reactions;
    addDemoEnrolmentsAndReviews(demo, data);
    const QString password = lyceum::demo::demoPassword();
    for (const User &u : std::as_const(data.users)) {
        if (!demo.loginHandles.contains(u.handle))
            continue;
        const QString hash = hashPassword(password);
        if (hash.isEmpty()) {
            *error = QStringLiteral("the demo password could not be hashed");
            return false;
        }
        data.passwordHashes.insert(u.id, hash);
        accounts->append(u.handle);
    }
    try {
        storage.bulkInsert(data);
        seedDemoStore(storage);
        seedDemoCertificateCourse(storage);
        seedDemoQuizzes(storage, QDateTime::currentMSecsSinceEpoch());
        seedDemoAssignments(storage, data);
        seedDemoChallenges(demo, storage, QDateTime::currentMSecsSinceEpoch());
        // The lesson videos made at build time, when they are there.
        const QString media = defaultDemoMediaDir();
        QString mediaError;
        if (media.isEmpty())
            qCInfo(lcServer) << "no demo lesson videos found; the demo lessons are text only";
        else if (attachDemoMedia(storage, media, QDateTime::currentMSecsSinceEpoch(), &mediaError) <
                 0)
            qCWarning(lcServer).noquote() << "demo lesson videos not attached:" << mediaError;
    } catch (const StorageError &e) {
        *error = QStringLiteral("the demo community could not be stored: ") % e.message();
        return false;
    }
    return true;
}

} // namespace lyceum::server
