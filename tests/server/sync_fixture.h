// A small community with every visibility case of the changes feed: a paid course with a free
// preview and a paid lesson, a free course, an unpublished draft course with content, a space
// thread; and accounts for each kind of reader.
#pragma once

#include "server_harness.h"

namespace lyceum::test {

inline const QString kPaidBody = QStringLiteral("付费正文 paid-lesson-secret-body");

struct SyncFixture {
    QString learner; // access tokens
    QString entitled;
    QString creator;
    QString moderator;
    QString admin;
    QString learnerId;
    QString creatorId;
};

inline SyncFixture seedSyncFixture(ServerHarness &s) {
    SyncFixture f;
    f.creator = s.createAndLogin(QStringLiteral("author"), Role::Creator, &f.creatorId);
    f.learner = s.createAndLogin(QStringLiteral("learner"), Role::Learner, &f.learnerId);
    QString entitledId;
    f.entitled = s.createAndLogin(QStringLiteral("buyer"), Role::Learner, &entitledId);
    f.moderator = s.createAndLogin(QStringLiteral("mod"), Role::Moderator);
    f.admin = s.createAndLogin(QStringLiteral("boss"), Role::Admin);

    server::SeedData d;
    d.spaces.append(Space{QStringLiteral("s1"), QStringLiteral("general"), QStringLiteral("综合"),
                          QStringLiteral("General"), 0});
    Course paid;
    paid.id = QStringLiteral("c-paid");
    paid.spaceId = QStringLiteral("s1");
    paid.creatorId = f.creatorId;
    paid.title = QStringLiteral("Go 并发");
    paid.tags = {QStringLiteral("go")};
    paid.price = 19900;
    paid.published = true;
    Course free = paid;
    free.id = QStringLiteral("c-free");
    free.price = 0;
    Course draft = paid;
    draft.id = QStringLiteral("c-draft");
    draft.published = false;
    d.courses = {paid, free, draft};
    const auto lesson = [](const char *id, const char *course, bool preview, const QString &body) {
        Lesson l;
        l.id = QString::fromLatin1(id);
        l.courseId = QString::fromLatin1(course);
        l.title = QStringLiteral("第一课");
        l.body = body;
        l.freePreview = preview;
        return l;
    };
    d.lessons = {lesson("l-preview", "c-paid", true, QStringLiteral("preview body")),
                 lesson("l-paid", "c-paid", false, kPaidBody),
                 lesson("l-open", "c-free", false, QStringLiteral("free body")),
                 lesson("l-draft", "c-draft", false, QStringLiteral("draft body"))};
    const auto thread = [&](const char *id, const QString &space, const QString &course,
                            const QString &lessonId) {
        Thread t;
        t.id = QString::fromLatin1(id);
        t.spaceId = space;
        t.courseId = course;
        t.lessonId = lessonId;
        t.authorId = f.creatorId;
        t.title = QStringLiteral("讨论");
        t.postCount = 1;
        return t;
    };
    d.threads = {thread("t-space", QStringLiteral("s1"), {}, {}),
                 thread("t-draft", {}, QStringLiteral("c-draft"), {}),
                 thread("t-draft-lesson", {}, {}, QStringLiteral("l-draft"))};
    const auto post = [&](const char *id, const char *threadId) {
        Post p;
        p.id = QString::fromLatin1(id);
        p.threadId = QString::fromLatin1(threadId);
        p.authorId = f.creatorId;
        p.body = QStringLiteral("第一帖");
        return p;
    };
    d.posts = {post("p-space", "t-space"), post("p-draft", "t-draft"),
               post("p-draft-lesson", "t-draft-lesson")};
    d.entitlements = {{entitledId, QStringLiteral("c-paid")}};
    s.storage().bulkInsert(d);
    return f;
}

} // namespace lyceum::test
