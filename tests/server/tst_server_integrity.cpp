// Integrity of what members send (docs/security.md), each attack played against a real server
// on loopback: an image id taken over by another creator, forged progress inflating a course's
// funnel, a stolen refresh token replayed, weak passwords, control and bidirectional-override
// characters in text, and server files readable by others.
#include "media/watched_ranges.h"
#include "server/auth/auth_service.h"
#include "server/media/media_storage.h"
#include "sync_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>
#include <sys/stat.h>

using namespace lyceum;
using namespace lyceum::test;

namespace {

const QString kClip = QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.mp4");
const QString kHostile =
    QStringLiteral("看\x1b]0;owned\x07这里\x1b[2J ok \u202Egnp.exe\u2066\u0085");
const QString kHostileCleaned = QStringLiteral("看]0;owned这里[2J ok gnp.exe");
int g_mutation = 0;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QString outcome(ServerHarness &s, const QString &token, const QString &type,
                const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("im%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("dev-i")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    const QJsonObject result =
        r.json().value(QLatin1StringView("results")).toArray().first().toObject();
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QString accessOf(const QJsonObject &grant) {
    return str(grant, "access_token");
}

int modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// The lesson l-paid and the free course's l-open get a 36 s video.
void attachVideo(ServerHarness &s) {
    server::MediaAsset a;
    a.id = QStringLiteral("a-clip");
    a.path = kClip;
    a.mime = QStringLiteral("video/mp4");
    a.size = QFileInfo(kClip).size();
    a.sha256 = QString(64, u'0');
    a.durationMs = 36000;
    a.chapters = QStringLiteral("[]");
    a.captions = QStringLiteral("[]");
    s.storage().putAsset(a);
    for (const char *lesson : {"l-paid", "l-open", "l-preview"})
        s.storage().setLessonVideo(QLatin1String(lesson), a.id, 36, ServerHarness::kStartMs);
}

QJsonObject funnelRow(ServerHarness &s, const QString &creator, const QString &course,
                      const QString &lesson) {
    const QJsonObject an =
        s.get(QStringLiteral("/api/v1/studio/analytics?course=") + course, creator).json();
    for (const QJsonValue &v : an.value(QLatin1StringView("funnel")).toArray()) {
        if (str(v.toObject(), "lesson_id") == lesson)
            return v.toObject();
    }
    return {};
}

int completed(const QJsonObject &row) {
    return row.value(QLatin1StringView("completed")).toInt(-1);
}

} // namespace

class TestServerIntegrity : public QObject {
    Q_OBJECT

private:
    QJsonObject progress(const QString &lesson, const QJsonArray &watched, qint64 position) {
        return {{QStringLiteral("lesson_id"), lesson},
                {QStringLiteral("position_ms"), position},
                {QStringLiteral("updated_at"), ServerHarness::kStartMs},
                {QStringLiteral("watched"), watched}};
    }

    // Fetches the lesson's video the way a player does: a signed address, then its bytes.
    bool watchVideo(ServerHarness &s, const QString &token, const char *lesson) {
        const HttpReply urls =
            s.post(QStringLiteral("/api/v1/media/url"),
                   {{QStringLiteral("lesson_id"), QLatin1String(lesson)}}, token);
        if (urls.status != 200)
            return false;
        return s.get(str(urls.json(), "video")).status == 200;
    }

private Q_SLOTS:
    void initTestCase() {
        // The usual umask, so a file created without an explicit mode would be world-readable.
        ::umask(022);
        QVERIFY2(QFile::exists(kClip), "the demo clips are made at build");
    }

    void imageIdBelongsToItsFirstAuthor() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString rival = s.createAndLogin(QStringLiteral("rival"), Role::Creator);
        // The owner publishes a post naming a picture not uploaded yet (it is on their laptop).
        QCOMPARE(
            outcome(s, f.creator, QStringLiteral("draft.publish"),
                    {{QStringLiteral("draft_id"), QStringLiteral("d-pic")},
                     {QStringLiteral("kind"), QStringLiteral("post")},
                     {QStringLiteral("item_id"), QStringLiteral("t-pic")},
                     {QStringLiteral("first_post_id"), QStringLiteral("p-pic")},
                     {QStringLiteral("space_id"), QStringLiteral("s1")},
                     {QStringLiteral("title"), QStringLiteral("路线图")},
                     {QStringLiteral("body"), QStringLiteral("![图](lyceum-image:img-road)")}}),
            QStringLiteral("applied"));
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'o');
        const QByteArray other = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'x');
        const auto put = [&](const QString &token, const char *id, const QByteArray &bytes) {
            return s.request("PUT",
                             QStringLiteral("/api/v1/media/images/upload?id=") + QLatin1String(id),
                             bytes, token, "application/octet-stream");
        };
        // The rival read the id in the feed and uploads other bytes first: refused.
        const HttpReply stolen = put(rival, "img-road", other);
        QCOMPARE(stolen.status, 409);
        QCOMPARE(stolen.errorCode(), QStringLiteral("image_taken"));
        // Naming it in the rival's own draft does not make it theirs either.
        QCOMPARE(outcome(s, rival, QStringLiteral("draft.put"),
                         {{QStringLiteral("id"), QStringLiteral("d-rival")},
                          {QStringLiteral("kind"), QStringLiteral("post")},
                          {QStringLiteral("body"), QStringLiteral("![](lyceum-image:img-road)")}}),
                 QStringLiteral("applied"));
        QCOMPARE(put(rival, "img-road", other).status, 409);
        // The owner's upload goes in, and readers see the owner's picture.
        QCOMPARE(put(f.creator, "img-road", png).status, 200);
        const HttpReply got =
            s.get(QStringLiteral("/api/v1/media/images/file?id=img-road"), f.learner);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, png);
        // An id first named in a draft is its author's before any text is published.
        QCOMPARE(outcome(s, f.creator, QStringLiteral("draft.put"),
                         {{QStringLiteral("id"), QStringLiteral("d-next")},
                          {QStringLiteral("kind"), QStringLiteral("post")},
                          {QStringLiteral("body"), QStringLiteral("![](lyceum-image:img-next)")}}),
                 QStringLiteral("applied"));
        QCOMPARE(put(rival, "img-next", other).status, 409);
        QCOMPARE(put(f.creator, "img-next", png).status, 200);
        // An id nobody named is the first uploader's, as before.
        QCOMPARE(put(rival, "img-own", other).status, 200);
        QCOMPARE(put(f.creator, "img-own", png).status, 409);
    }

    void forgedProgressIsClampedAndNotCounted() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        attachVideo(s);
        const QJsonArray forged{QJsonArray{0, 10000000000000.0}};
        // Five throwaway accounts claim to have watched the free preview and the free course.
        for (int i = 0; i < 5; ++i) {
            const QString t = s.createAndLogin(QStringLiteral("throwaway%1").arg(i), Role::Learner);
            QCOMPARE(outcome(s, t, QStringLiteral("progress.put"),
                             progress(QStringLiteral("l-preview"), forged, 10000000000000LL)),
                     QStringLiteral("applied"));
            QCOMPARE(outcome(s, t, QStringLiteral("progress.put"),
                             progress(QStringLiteral("l-open"), forged, 0)),
                     QStringLiteral("applied"));
        }
        // What is kept is clamped to the 36 s lesson.
        const QString t0 = accessOf(s.login(QStringLiteral("throwaway0"), kPassword));
        const QJsonObject mine = s.get(QStringLiteral("/api/v1/me/learning"), t0)
                                     .json()
                                     .value(QLatin1StringView("progress"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(media::rangesFromJson(mine.value(QLatin1StringView("watched"))).value(),
                 (media::Ranges{{0, 36000}}));
        QVERIFY(mine.value(QLatin1StringView("position_ms")).toInteger() <= 36000);
        // None of them counts: not entitled to the paid course, and nobody fetched a video.
        QCOMPARE(completed(funnelRow(s, f.creator, QStringLiteral("c-paid"),
                                     QStringLiteral("l-preview"))),
                 0);
        QCOMPARE(
            completed(funnelRow(s, f.creator, QStringLiteral("c-free"), QStringLiteral("l-open"))),
            0);
        // The buyer who really watched counts; the creator's own progress does not.
        QCOMPARE(outcome(s, f.entitled, QStringLiteral("progress.put"),
                         progress(QStringLiteral("l-paid"), QJsonArray{QJsonArray{0, 36000}}, 0)),
                 QStringLiteral("applied"));
        QCOMPARE(
            completed(funnelRow(s, f.creator, QStringLiteral("c-paid"), QStringLiteral("l-paid"))),
            0);
        QVERIFY(watchVideo(s, f.entitled, "l-paid"));
        QVERIFY(watchVideo(s, f.creator, "l-paid"));
        QCOMPARE(outcome(s, f.creator, QStringLiteral("progress.put"),
                         progress(QStringLiteral("l-paid"), QJsonArray{QJsonArray{0, 36000}}, 0)),
                 QStringLiteral("applied"));
        const QJsonObject paid =
            funnelRow(s, f.creator, QStringLiteral("c-paid"), QStringLiteral("l-paid"));
        QCOMPARE(paid.value(QLatin1StringView("started")).toInt(), 1);
        QCOMPARE(completed(paid), 1);
        // On the free course, a learner who fetched the video and watched it counts.
        QVERIFY(watchVideo(s, t0, "l-open"));
        QCOMPARE(
            completed(funnelRow(s, f.creator, QStringLiteral("c-free"), QStringLiteral("l-open"))),
            1);
    }

    void replayedRefreshTokenEndsTheFamily() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        s.createAndLogin(QStringLiteral("ming"), Role::Learner);
        const QJsonObject first = s.login(QStringLiteral("ming"), kPassword);
        const QJsonObject elsewhere = s.login(QStringLiteral("ming"), kPassword); // another device
        const auto refresh = [&](const QString &token) {
            return s.post(QStringLiteral("/api/v1/auth/refresh"),
                          {{QStringLiteral("refresh_token"), token}});
        };
        // The thief copied refresh1; the owner rotates twice, so the family is at refresh3.
        const QString refresh1 = str(first, "refresh_token");
        const HttpReply second = refresh(refresh1);
        QCOMPARE(second.status, 200);
        const HttpReply third = refresh(str(second.json(), "refresh_token"));
        QCOMPARE(third.status, 200);
        const QString access3 = str(third.json(), "access_token");
        const QString refresh3 = str(third.json(), "refresh_token");
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access3).status, 200);
        // The spent token comes back: refused, and the whole family ends with it.
        const HttpReply replay = refresh(refresh1);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access3).status, 401);
        QCOMPARE(refresh(refresh3).status, 401);
        // Another login of the same account is another family: untouched.
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), accessOf(elsewhere)).status, 200);
        QCOMPARE(refresh(str(elsewhere, "refresh_token")).status, 200);
    }

    void weakPasswordsRefusedWithAReason() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const auto registerWith = [&](const QString &handle, const QString &password) {
            return s.post(QStringLiteral("/api/v1/auth/register"),
                          {{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("display_name"), QStringLiteral("小明")}});
        };
        const QList<QPair<QString, QString>> weak{
            {QStringLiteral("12345678"), QStringLiteral("too_short")},
            {QStringLiteral("password"), QStringLiteral("too_short")},
            {QString(8, u' '), QStringLiteral("too_short")},
            {QStringLiteral("1234567890"), QStringLiteral("simple")},
            {QStringLiteral("passwords1"), QStringLiteral("dictionary")},
            {QString(12, u' '), QStringLiteral("simple")},
            {QStringLiteral("xiaoming_2026"), QStringLiteral("personal")},
        };
        for (const auto &[password, reason] : weak) {
            const HttpReply r = registerWith(QStringLiteral("xiaoming_2026"), password);
            QVERIFY2(r.status == 400,
                     qPrintable(password + QStringLiteral(": ") + QString::fromUtf8(r.body)));
            QCOMPARE(r.errorCode(), QStringLiteral("weak_password"));
            const QJsonObject error = r.json().value(QLatin1StringView("error")).toObject();
            QVERIFY2(str(error, "reason") == reason,
                     qPrintable(password + QStringLiteral(": ") + str(error, "reason")));
            QVERIFY(!str(error, "message").isEmpty());
        }
        QCOMPARE(registerWith(QStringLiteral("xiaoming_2026"), kPassword).status, 201);
        QCOMPARE(s.login(QStringLiteral("xiaoming_2026"), kPassword).isEmpty(), false);
    }

    void controlCharactersNeverStored() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        // A post, a thread title, a display name: all cleaned where requests are read.
        QCOMPARE(outcome(s, f.learner, QStringLiteral("post.create"),
                         {{QStringLiteral("id"), QStringLiteral("p-evil")},
                          {QStringLiteral("thread_id"), QStringLiteral("t-space")},
                          {QStringLiteral("body"), kHostile}}),
                 QStringLiteral("applied"));
        QCOMPARE(s.storage().postById(QStringLiteral("p-evil"))->body, kHostileCleaned);
        QCOMPARE(outcome(s, f.learner, QStringLiteral("thread.create"),
                         {{QStringLiteral("id"), QStringLiteral("t-evil")},
                          {QStringLiteral("space_id"), QStringLiteral("s1")},
                          {QStringLiteral("kind"), QStringLiteral("discussion")},
                          {QStringLiteral("title"), kHostile},
                          {QStringLiteral("first_post_id"), QStringLiteral("p-evil2")},
                          {QStringLiteral("body"), QStringLiteral("正文\n第二行\t缩进")}}),
                 QStringLiteral("applied"));
        QCOMPARE(s.storage().threadById(QStringLiteral("t-evil"))->title, kHostileCleaned);
        QCOMPARE(s.storage().postById(QStringLiteral("p-evil2"))->body,
                 QStringLiteral("正文\n第二行\t缩进")); // newline and tab stay
        const HttpReply reg = s.post(QStringLiteral("/api/v1/auth/register"),
                                     {{QStringLiteral("handle"), QStringLiteral("evil_name")},
                                      {QStringLiteral("password"), kPassword},
                                      {QStringLiteral("display_name"), kHostile}});
        QCOMPARE(reg.status, 201);
        QCOMPARE(s.storage().accountByHandle(QStringLiteral("evil_name"))->user.displayName,
                 kHostileCleaned);
        // Readers get no escape byte and no override from the feed.
        const QByteArray feed = QJsonDocument(s.syncAll(f.entitled)).toJson();
        QVERIFY(feed.contains("p-evil"));
        QVERIFY(!feed.contains("\\u001b") && !feed.contains("\x1b"));
        QVERIFY(!QString::fromUtf8(feed).contains(QChar(0x202E)));
    }

    void serverFilesOwnerOnly() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString dataDir = root.filePath(QStringLiteral("srv/data"));
        QString error;
        {
            const auto storage = server::SqlStorage::openSqlite(dataDir, 0, &error);
            QVERIFY2(storage, qPrintable(error));
            QCOMPARE(modeOf(root.filePath(QStringLiteral("srv"))), 0700);
            QCOMPARE(modeOf(dataDir), 0700);
            const QString db = QDir(dataDir).filePath(server::SqlStorage::sqliteFileName());
            // Password hashes, sessions and the media signing key are in this file.
            storage->media()->secret(QStringLiteral("media-signing"), 32);
            QCOMPARE(modeOf(db), 0600);
            QCOMPARE(modeOf(db + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(db + QStringLiteral("-shm")), 0600);
        }
        // Uploaded media: the folder and the partial file.
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const HttpReply started = s.post(QStringLiteral("/api/v1/media/uploads"),
                                         {{QStringLiteral("lesson_id"), QStringLiteral("l-paid")},
                                          {QStringLiteral("size"), 1000},
                                          {QStringLiteral("sha256"), QString(64, u'a')},
                                          {QStringLiteral("file_name"), QStringLiteral("a.mp4")}},
                                         f.creator);
        QCOMPARE(started.status, 200);
        const QString media = QDir(s.dataDir()).filePath(QStringLiteral("media"));
        QCOMPARE(modeOf(media), 0700);
        const QString part =
            QDir(media).filePath(str(started.json(), "upload_id") + QStringLiteral(".part"));
        QCOMPARE(modeOf(part), 0600);
    }
};

QTEST_GUILESS_MAIN(TestServerIntegrity)
#include "tst_server_integrity.moc"
