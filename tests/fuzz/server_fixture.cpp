#include "server_fixture.h"

#include "fuzz_support.h"
#include "server/auth/credentials.h"
#include "server/seed/seed_data.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lyceum::fuzz {

namespace {

// Qt SQL loads its driver plugin through the application object.
void ensureApplication() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "lyceum-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

User makeUser(const char *id, const char *handle, Role role) {
    User u;
    u.id = QString::fromLatin1(id);
    u.handle = QString::fromLatin1(handle);
    u.displayName = QString::fromLatin1(handle);
    u.role = role;
    u.createdAt = 1767225600000LL;
    return u;
}

} // namespace

ServerFixture &ServerFixture::instance() {
    static ServerFixture fixture;
    return fixture;
}

ServerFixture::ServerFixture() {
    ensureApplication();
    check(server::initCrypto(), "libsodium does not start");
    check(m_dir.isValid(), "no temporary directory");
    QString error;
    m_storage = server::SqlStorage::openSqlite(m_dir.path(), m_clock.nowMs(), &error);
    if (!m_storage) {
        std::fprintf(stderr, "storage: %s\n", qPrintable(error));
        invariantFailed("the server storage does not open");
    }
    m_auth = std::make_unique<server::AuthService>(*m_storage, m_clock);
    m_mutations = std::make_unique<server::MutationService>(*m_storage, m_clock);
    seed();
}

void ServerFixture::seed() {
    server::SeedData d;
    d.users = {makeUser("u_learner", "learner", Role::Learner),
               makeUser("u_creator", "creator", Role::Creator),
               makeUser("u_mod", "moderator", Role::Moderator),
               makeUser("u_other", "other", Role::Learner)};
    for (const User &u : std::as_const(d.users))
        d.passwordHashes.insert(u.id, server::hashPassword(QStringLiteral("password-") + u.handle));

    Space space;
    space.id = QStringLiteral("sp1");
    space.slug = QStringLiteral("general");
    space.name = QStringLiteral("综合讨论");
    d.spaces = {space};

    auto course = [](const char *id, qint64 price, bool published) {
        Course c;
        c.id = QString::fromLatin1(id);
        c.spaceId = QStringLiteral("sp1");
        c.creatorId = QStringLiteral("u_creator");
        c.title = QString::fromLatin1(id);
        c.price = price;
        c.published = published;
        c.createdAt = c.updatedAt = 1767225600000LL;
        return c;
    };
    d.courses = {course("c_free", 0, true), course("c_paid", 19900, true),
                 course("c_draft", 0, false)};

    auto lesson = [](const char *id, const char *courseId, bool preview) {
        Lesson l;
        l.id = QString::fromLatin1(id);
        l.courseId = QString::fromLatin1(courseId);
        l.title = QString::fromLatin1(id);
        l.body = QStringLiteral("正文");
        l.freePreview = preview;
        l.createdAt = l.updatedAt = 1767225600000LL;
        return l;
    };
    d.lessons = {lesson("l_free", "c_free", false), lesson("l_paid", "c_paid", false),
                 lesson("l_preview", "c_paid", true), lesson("l_draft", "c_draft", false)};

    auto thread = [](const char *id, const char *space_, const char *course_, bool locked) {
        Thread t;
        t.id = QString::fromLatin1(id);
        t.spaceId = QString::fromLatin1(space_);
        t.courseId = QString::fromLatin1(course_);
        t.authorId = QStringLiteral("u_creator");
        t.title = QString::fromLatin1(id);
        t.locked = locked;
        t.postCount = 1;
        t.createdAt = t.lastActivityAt = 1767225600000LL;
        return t;
    };
    d.threads = {thread("t_space", "sp1", "", false), thread("t_paid", "", "c_paid", false),
                 thread("t_draft", "", "c_draft", false), thread("t_locked", "sp1", "", true)};

    auto post = [](const char *id, const char *threadId, const char *author) {
        Post p;
        p.id = QString::fromLatin1(id);
        p.threadId = QString::fromLatin1(threadId);
        p.authorId = QString::fromLatin1(author);
        p.body = QStringLiteral("first");
        p.createdAt = 1767225600000LL;
        return p;
    };
    d.posts = {post("p_space", "t_space", "u_learner"), post("p_paid", "t_paid", "u_creator"),
               post("p_draft", "t_draft", "u_creator"), post("p_locked", "t_locked", "u_other")};
    d.entitlements = {{QStringLiteral("u_other"), QStringLiteral("c_paid")}};
    m_storage->bulkInsert(d);

    for (int i = 0; i < 4; ++i) {
        m_callers[i].user = d.users[i];
        m_callers[i].session.id = QStringLiteral("s%1").arg(i);
        m_callers[i].session.userId = d.users[i].id;
    }
}

std::optional<QJsonObject> requestObject(const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace lyceum::fuzz
