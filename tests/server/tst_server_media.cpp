// Lesson media over real HTTP against an in-process server: byte ranges and If-Range, signed
// URLs (altered, another user's, expired), authorization as a non-paying user, captions,
// creators' resumable uploads checked by ffprobe, and a learner's progress and notes merged
// across devices. The video is one of the demo clips made at build time.
#include "media/watched_ranges.h"
#include "server/media/http_range.h"
#include "server/media/media_signing.h"
#include "server/media/media_storage.h"
#include "sync_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrlQuery>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;
using server::ByteRange;

namespace {

const QString kClip = QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.mp4");
const QString kCaptions =
    QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.zh.vtt");
int g_mutation = 0;

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString mutate(ServerHarness &s, const QString &token, const QString &type,
               const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("mm%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    const QJsonObject res =
        r.json().value(QLatin1StringView("results")).toArray().first().toObject();
    if (res.value(QLatin1StringView("status")).toString() == QLatin1String("applied"))
        return QStringLiteral("applied");
    return res.value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

// Gives the fixture's paid lesson and its free preview the demo clip.
void attachClip(ServerHarness &s) {
    server::MediaAsset a;
    a.id = QStringLiteral("a-clip");
    a.path = kClip;
    a.mime = QStringLiteral("video/mp4");
    a.size = QFileInfo(kClip).size();
    a.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(fileBytes(kClip), QCryptographicHash::Sha256).toHex());
    a.durationMs = 36000;
    a.chapters = QStringLiteral("[{\"start_ms\":0,\"title\":{\"zh\":\"开始\",\"en\":\"Start\"}}]");
    a.captions =
        QStringLiteral("[{\"lang\":\"zh\",\"label\":\"中文\",\"path\":\"%1\"}]").arg(kCaptions);
    s.storage().putAsset(a);
    s.storage().setLessonVideo(QStringLiteral("l-paid"), a.id, 36, ServerHarness::kStartMs);
    s.storage().setLessonVideo(QStringLiteral("l-preview"), a.id, 36, ServerHarness::kStartMs);
}

QJsonObject urls(ServerHarness &s, const QString &token, const char *lesson, int *status) {
    const HttpReply r = s.post(QStringLiteral("/api/v1/media/url"),
                               {{QStringLiteral("lesson_id"), QLatin1String(lesson)}}, token);
    *status = r.status;
    return r.status == 200 ? r.json() : QJsonObject{{QStringLiteral("code"), r.errorCode()}};
}

} // namespace

class TestServerMedia : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(kClip), "the demo clips are made at build"); }

    void rangeParsing() {
        const auto r = [](const char *h, qint64 size) { return server::parseRange(h, size); };
        QCOMPARE(r("", 1000).kind, ByteRange::Whole);
        QCOMPARE(r("bytes=0-99", 1000).kind, ByteRange::Partial);
        QCOMPARE(r("bytes=0-99", 1000).length(), 100);
        QCOMPARE(r("bytes=900-", 1000).first, 900);
        QCOMPARE(r("bytes=900-", 1000).last, 999);
        QCOMPARE(r("bytes=-100", 1000).first, 900);
        QCOMPARE(r("bytes=-5000", 1000).first, 0); // more than there is: all of it
        QCOMPARE(r("bytes=990-5000", 1000).last, 999);
        QCOMPARE(r("bytes=1000-", 1000).kind, ByteRange::Unsatisfiable);
        QCOMPARE(r("bytes=-0", 1000).kind, ByteRange::Unsatisfiable);
        QCOMPARE(r("bytes=5-1", 1000).kind, ByteRange::Whole);     // invalid: ignored
        QCOMPARE(r("bytes=0-1,5-9", 1000).kind, ByteRange::Whole); // several: the whole
        QCOMPARE(r("items=0-1", 1000).kind, ByteRange::Whole);     // unknown unit
        QCOMPARE(r("bytes=a-b", 1000).kind, ByteRange::Whole);
        QVERIFY(server::ifRangeAllows("", "\"e1\""));
        QVERIFY(server::ifRangeAllows("\"e1\"", "\"e1\""));
        QVERIFY(!server::ifRangeAllows("\"e0\"", "\"e1\""));
        QVERIFY(!server::ifRangeAllows("W/\"e1\"", "\"e1\"")); // weak: never for ranges

        // The window device reads exactly its part of the file.
        server::FileWindow w(kClip, 100, 50);
        QVERIFY(w.open(QIODevice::ReadOnly));
        QCOMPARE(w.size(), 50);
        QCOMPARE(w.readAll(), fileBytes(kClip).mid(100, 50));
        QVERIFY(w.seek(10));
        QCOMPARE(w.read(5), fileBytes(kClip).mid(110, 5));
    }

    void signing() {
        const QByteArray key(32, 'k');
        const QUrlQuery q = server::signedMediaQuery(
            key, QStringLiteral("u1"), QStringLiteral("l1/a1"), QStringLiteral("video"), 2000);
        server::SignedRequest req;
        QCOMPARE(server::checkSignedMediaQuery(key, q, 1000, &req), server::SignatureCheck::Valid);
        QCOMPARE(req.userId, QStringLiteral("u1"));
        QCOMPARE(req.assetId, QStringLiteral("l1/a1"));
        QCOMPARE(server::checkSignedMediaQuery(key, q, 2000, &req),
                 server::SignatureCheck::Expired);
        QCOMPARE(server::checkSignedMediaQuery(QByteArray(32, 'x'), q, 1000, &req),
                 server::SignatureCheck::Invalid);
        for (const char *field : {"u", "a", "p", "e"}) {
            QUrlQuery altered = q;
            const QString name = QLatin1String(field);
            const QString value = altered.queryItemValue(name);
            altered.removeQueryItem(name);
            altered.addQueryItem(name, value + QLatin1Char('9'));
            QCOMPARE(server::checkSignedMediaQuery(key, altered, 1000, &req),
                     server::SignatureCheck::Invalid);
        }
    }

    void authorizedRangesAndExpiry() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        attachClip(s);
        const QByteArray clip = fileBytes(kClip);
        int status = 0;
        // A non-paying learner: the preview yes, the paid lesson no; no URL without a login.
        QCOMPARE(urls(s, f.learner, "l-paid", &status).value(QLatin1StringView("code")).toString(),
                 QStringLiteral("not_entitled"));
        QCOMPARE(status, 403);
        QCOMPARE(s.post(QStringLiteral("/api/v1/media/url"),
                        {{QStringLiteral("lesson_id"), QStringLiteral("l-paid")}})
                     .status,
                 401);
        QVERIFY(!urls(s, f.learner, "l-preview", &status).isEmpty());
        QCOMPARE(status, 200);
        // The buyer gets addresses; the lesson's chapters and captions come with them.
        const QJsonObject answer = urls(s, f.entitled, "l-paid", &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QLatin1StringView("size")).toInteger(), clip.size());
        QCOMPARE(answer.value(QLatin1StringView("chapters")).toArray().size(), 1);
        const QString video = answer.value(QLatin1StringView("video")).toString();
        QVERIFY(video.startsWith(QLatin1String("/api/v1/media/file?")));

        // The whole file, and ranges of it, without an Authorization header.
        HttpReply whole = s.get(video);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, clip);
        QCOMPARE(whole.contentType, QByteArray("video/mp4"));
        QCOMPARE(whole.headers.value("accept-ranges"), QByteArray("bytes"));
        const QByteArray etag = whole.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        const auto ranged = [&](const QByteArray &range, const QByteArray &ifRange = {}) {
            QList<QPair<QByteArray, QByteArray>> h{{"Range", range}};
            if (!ifRange.isEmpty())
                h.append({"If-Range", ifRange});
            return s.request("GET", video, {}, {}, "application/json", h);
        };
        HttpReply part = ranged("bytes=100-1123");
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, clip.mid(100, 1024));
        QCOMPARE(part.headers.value("content-range"),
                 "bytes 100-1123/" + QByteArray::number(clip.size()));
        QCOMPARE(ranged("bytes=-64").body, clip.right(64));
        const qint64 half = clip.size() / 2;
        QCOMPARE(ranged("bytes=" + QByteArray::number(half) + "-").body, clip.mid(half));
        HttpReply beyond = ranged("bytes=" + QByteArray::number(clip.size()) + "-");
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.headers.value("content-range"),
                 "bytes */" + QByteArray::number(clip.size()));
        QCOMPARE(ranged("bytes=0-9", etag).status, 206);
        HttpReply changed = ranged("bytes=0-9", "\"something-else\"");
        QCOMPARE(changed.status, 200); // If-Range no longer matches: the whole, fresh file
        QCOMPARE(changed.body.size(), clip.size());

        // Captions.
        const QString captions = answer.value(QLatin1StringView("captions"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1StringView("url"))
                                     .toString();
        HttpReply vtt = s.get(captions);
        QCOMPARE(vtt.status, 200);
        QVERIFY(vtt.contentType.startsWith("text/vtt"));
        QCOMPARE(vtt.body, fileBytes(kCaptions));

        // The buyer's address used by someone else, or altered: refused.
        QUrlQuery stolen(QUrl(video).query());
        const QString buyer = stolen.queryItemValue(QStringLiteral("u"));
        stolen.removeQueryItem(QStringLiteral("u"));
        stolen.addQueryItem(QStringLiteral("u"), f.learnerId);
        HttpReply other =
            s.get(QStringLiteral("/api/v1/media/file?") + stolen.toString(QUrl::FullyEncoded));
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("bad_signature"));
        QUrlQuery otherLesson(QUrl(video).query());
        otherLesson.removeQueryItem(QStringLiteral("l"));
        otherLesson.addQueryItem(QStringLiteral("l"), QStringLiteral("l-preview"));
        QCOMPARE(
            s.get(QStringLiteral("/api/v1/media/file?") + otherLesson.toString(QUrl::FullyEncoded))
                .errorCode(),
            QStringLiteral("bad_signature"));
        QVERIFY(!buyer.isEmpty());

        // Ten minutes later the address has expired.
        s.clock().advanceMs(11 * 60 * 1000);
        HttpReply late = s.get(video);
        QCOMPARE(late.status, 403);
        QCOMPARE(late.errorCode(), QStringLiteral("url_expired"));
    }

    void resumableUpload() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QByteArray clip = fileBytes(kClip);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(clip, QCryptographicHash::Sha256).toHex());
        const QJsonObject start{{QStringLiteral("lesson_id"), QStringLiteral("l-paid")},
                                {QStringLiteral("size"), clip.size()},
                                {QStringLiteral("sha256"), sha},
                                {QStringLiteral("file_name"), QStringLiteral("第一课.mp4")}};
        // Only the course's creator.
        QCOMPARE(s.post(QStringLiteral("/api/v1/media/uploads"), start, f.learner).status, 403);
        HttpReply started = s.post(QStringLiteral("/api/v1/media/uploads"), start, f.creator);
        QCOMPARE(started.status, 200);
        const QString id = started.json().value(QLatin1StringView("upload_id")).toString();
        const auto put = [&](qint64 offset, const QByteArray &bytes) {
            return s.request(
                "PUT",
                QStringLiteral("/api/v1/media/uploads/chunk?id=%1&offset=%2").arg(id).arg(offset),
                bytes, f.creator, "application/octet-stream");
        };
        const qint64 chunk = 512 * 1024;
        QCOMPARE(put(0, clip.left(chunk)).status, 200);
        // The connection dropped; the client skips ahead by mistake: told where to resume.
        HttpReply wrong = put(2 * chunk, clip.mid(2 * chunk, chunk));
        QCOMPARE(wrong.status, 409);
        QCOMPARE(wrong.errorCode(), QStringLiteral("offset_mismatch"));
        HttpReply status =
            s.get(QStringLiteral("/api/v1/media/uploads/status?id=") + id, f.creator);
        QCOMPARE(status.json().value(QLatin1StringView("offset")).toInteger(), chunk);
        HttpReply last;
        for (qint64 at = chunk; at < clip.size(); at += chunk)
            last = put(at, clip.mid(at, chunk));
        QCOMPARE(last.status, 200);
        QVERIFY(last.json().value(QLatin1StringView("done")).toBool());
        // ffprobe read its duration; the lesson now has the video in the feed.
        QVERIFY(qAbs(last.json().value(QLatin1StringView("duration_ms")).toInteger() - 36000) <
                500);
        const QJsonObject lesson =
            findChange(s.syncAll(f.entitled), QStringLiteral("lesson"), QStringLiteral("l-paid"))
                .value(QLatin1StringView("data"))
                .toObject();
        QCOMPARE(lesson.value(QLatin1StringView("video_asset")).toString(),
                 last.json().value(QLatin1StringView("asset_id")).toString());
        QCOMPARE(lesson.value(QLatin1StringView("duration_seconds")).toInt(), 36);
        int code = 0;
        const QJsonObject answer = urls(s, f.entitled, "l-paid", &code);
        QCOMPARE(code, 200);
        QCOMPARE(s.get(answer.value(QLatin1StringView("video")).toString()).body, clip);

        // Not a video: refused with the reason, nothing attached.
        const QByteArray junk(300000, 'x');
        QJsonObject notVideo = start;
        notVideo.insert(QStringLiteral("size"), junk.size());
        notVideo.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(
                            QCryptographicHash::hash(junk, QCryptographicHash::Sha256).toHex()));
        notVideo.insert(QStringLiteral("lesson_id"), QStringLiteral("l-preview"));
        const QString junkId = s.post(QStringLiteral("/api/v1/media/uploads"), notVideo, f.creator)
                                   .json()
                                   .value(QLatin1StringView("upload_id"))
                                   .toString();
        HttpReply refused = s.request(
            "PUT", QStringLiteral("/api/v1/media/uploads/chunk?id=%1&offset=0").arg(junkId), junk,
            f.creator, "application/octet-stream");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("unsupported_media"));
        // Bytes that do not match the declared checksum.
        QJsonObject badSum = start;
        badSum.insert(QStringLiteral("size"), 10);
        badSum.insert(QStringLiteral("sha256"), QString(64, u'0'));
        const QString badId = s.post(QStringLiteral("/api/v1/media/uploads"), badSum, f.creator)
                                  .json()
                                  .value(QLatin1StringView("upload_id"))
                                  .toString();
        QCOMPARE(s.request("PUT",
                           QStringLiteral("/api/v1/media/uploads/chunk?id=%1&offset=0").arg(badId),
                           QByteArray(10, 'y'), f.creator, "application/octet-stream")
                     .errorCode(),
                 QStringLiteral("checksum_mismatch"));
    }

    void progressAndNotesAcrossDevices() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        attachClip(s);
        const auto progress = [&](const QString &token, qint64 position, double speed,
                                  const media::Ranges &watched, qint64 at) {
            return mutate(s, token, QStringLiteral("progress.put"),
                          {{QStringLiteral("lesson_id"), QStringLiteral("l-paid")},
                           {QStringLiteral("position_ms"), position},
                           {QStringLiteral("speed"), speed},
                           {QStringLiteral("watched"), media::toJson(watched)},
                           {QStringLiteral("updated_at"), at}});
        };
        // Not the buyer: nothing to study there.
        QCOMPARE(progress(f.learner, 1000, 1.0, {{0, 1000}}, 1), QStringLiteral("not_found"));
        // The laptop watched 0-12 s at 1.5x; the phone, offline, 20-30 s earlier in the day.
        QCOMPARE(progress(f.entitled, 12000, 1.5, {{0, 12000}}, 200), QStringLiteral("applied"));
        QCOMPARE(progress(f.entitled, 30000, 1.0, {{20000, 30000}}, 100),
                 QStringLiteral("applied"));
        QCOMPARE(progress(f.entitled, 1, 9.0, {}, 300), QStringLiteral("invalid_field"));
        const QJsonObject learning =
            s.get(QStringLiteral("/api/v1/me/learning"), f.entitled).json();
        const QJsonObject p =
            learning.value(QLatin1StringView("progress")).toArray().first().toObject();
        QCOMPARE(p.value(QLatin1StringView("position_ms")).toInteger(), 12000); // the newer
        QCOMPARE(p.value(QLatin1StringView("speed")).toDouble(), 1.5);
        QCOMPARE(media::rangesFromJson(p.value(QLatin1StringView("watched"))).value(),
                 (media::Ranges{{0, 12000}, {20000, 30000}}));
        QCOMPARE(p.value(QLatin1StringView("percent")).toInt(), 61); // 22 of 36 s

        // Notes: written, edited (an older edit loses), deleted; not someone else's.
        const auto note = [&](const QString &token, const QString &body, qint64 at) {
            return mutate(s, token, QStringLiteral("note.put"),
                          {{QStringLiteral("id"), QStringLiteral("n1")},
                           {QStringLiteral("lesson_id"), QStringLiteral("l-paid")},
                           {QStringLiteral("at_ms"), 5000},
                           {QStringLiteral("body"), body},
                           {QStringLiteral("updated_at"), at}});
        };
        QCOMPARE(note(f.entitled, QStringLiteral("PATH 要勾选"), 10), QStringLiteral("applied"));
        QCOMPARE(note(f.entitled, QStringLiteral("PATH 一定要勾选"), 20),
                 QStringLiteral("applied"));
        QCOMPARE(note(f.entitled, QStringLiteral("旧的"), 15), QStringLiteral("applied"));
        QCOMPARE(note(f.creator, QStringLiteral("not mine"), 30), QStringLiteral("forbidden"));
        QJsonArray notes = s.get(QStringLiteral("/api/v1/me/learning"), f.entitled)
                               .json()
                               .value(QLatin1StringView("notes"))
                               .toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(QLatin1StringView("body")).toString(),
                 QStringLiteral("PATH 一定要勾选"));
        QCOMPARE(mutate(s, f.entitled, QStringLiteral("note.delete"),
                        {{QStringLiteral("id"), QStringLiteral("n1")}}),
                 QStringLiteral("applied"));
        notes = s.get(QStringLiteral("/api/v1/me/learning"), f.entitled)
                    .json()
                    .value(QLatin1StringView("notes"))
                    .toArray();
        QVERIFY(notes.first().toObject().value(QLatin1StringView("deleted")).toBool());
        QVERIFY(s.get(QStringLiteral("/api/v1/me/learning"), f.learner)
                    .json()
                    .value(QLatin1StringView("notes"))
                    .toArray()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerMedia)
#include "tst_server_media.moc"
