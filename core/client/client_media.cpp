// Client: lesson videos (docs/media.md): signed URLs or a finished download, captions, this
// learner's progress and notes (cache + outbox), and GET /me/learning after pulls.
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"
#include "media/media_store.h"
#include "media/sealed_file.h"
#include "media/vtt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUuid>

namespace lyceum {

QVector<Chapter> chaptersFromJson(const QJsonArray &array) {
    QVector<Chapter> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QJsonObject title = o.value(QLatin1StringView("title")).toObject();
        out.append({o.value(QLatin1StringView("start_ms")).toInteger(),
                    title.value(QLatin1StringView("zh")).toString(),
                    title.value(QLatin1StringView("en")).toString()});
    }
    std::sort(out.begin(), out.end(),
              [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    return out;
}

QJsonArray toJson(const QVector<Chapter> &chapters) {
    QJsonArray out;
    for (const Chapter &c : chapters)
        out.append(
            QJsonObject{{QStringLiteral("start_ms"), c.startMs},
                        {QStringLiteral("title"), QJsonObject{{QStringLiteral("zh"), c.titleZh},
                                                              {QStringLiteral("en"), c.titleEn}}}});
    return out;
}

void Client::fetchLessonMedia(const QString &lessonId, QObject *context,
                              std::function<void(const ApiError &, LessonMedia)> done) {
    if (!d->ensureOpen("fetchLessonMedia"))
        return;
    QPointer<QObject> guard(context);
    // A finished download plays offline (while the lesson may still be read).
    d->cache->run<std::optional<Download>>(
        this,
        [lessonId](CacheDatabase &db) -> std::optional<Download> {
            const auto dl = mediastore::download(db, lessonId);
            if (dl && dl->state == QLatin1String("done") &&
                mediastore::lessonReadable(db, lessonId))
                return dl;
            return std::nullopt;
        },
        [this, guard, lessonId, done](std::optional<Download> dl) {
            if (!guard)
                return;
            if (dl) {
                LessonMedia m;
                m.lessonId = lessonId;
                m.assetId = dl->assetId;
                m.mime = dl->mime;
                m.size = dl->size;
                m.sha256 = dl->sha256;
                m.downloadPath = dl->path;
                m.chapters =
                    chaptersFromJson(QJsonDocument::fromJson(dl->chapters.toUtf8()).array());
                for (const QJsonValue &v : QJsonDocument::fromJson(dl->captions.toUtf8()).array()) {
                    const QJsonObject o = v.toObject();
                    m.captions.append({o.value(QLatin1StringView("lang")).toString(),
                                       o.value(QLatin1StringView("label")).toString(),
                                       {},
                                       o.value(QLatin1StringView("path")).toString()});
                }
                done({}, m);
                return;
            }
            if (!d->loggedIn) {
                done(ApiError::make(ApiError::Kind::Network,
                                    tr("This video is not downloaded, and you are offline.")),
                     {});
                return;
            }
            d->api->postJson(QStringLiteral("/media/url"),
                             {{QStringLiteral("lesson_id"), lessonId}},
                             [this, guard, done](const ApiError &e, const QJsonObject &o) {
                                 if (!guard)
                                     return;
                                 if (e.isError()) {
                                     done(e, {});
                                     return;
                                 }
                                 done({}, lessonMediaFromJson(o));
                             });
        });
}

LessonMedia Client::lessonMediaFromJson(const QJsonObject &o) const {
    const QUrl base = d->api->server();
    LessonMedia m;
    m.lessonId = o.value(QLatin1StringView("lesson_id")).toString();
    m.assetId = o.value(QLatin1StringView("asset_id")).toString();
    m.mime = o.value(QLatin1StringView("mime")).toString();
    m.size = o.value(QLatin1StringView("size")).toInteger();
    m.sha256 = o.value(QLatin1StringView("sha256")).toString();
    m.durationMs = o.value(QLatin1StringView("duration_ms")).toInteger();
    m.expiresAt = o.value(QLatin1StringView("expires_at")).toInteger();
    m.video = base.resolved(QUrl(o.value(QLatin1StringView("video")).toString()));
    m.chapters = chaptersFromJson(o.value(QLatin1StringView("chapters")).toArray());
    for (const QJsonValue &v : o.value(QLatin1StringView("captions")).toArray()) {
        const QJsonObject c = v.toObject();
        m.captions.append({c.value(QLatin1StringView("lang")).toString(),
                           c.value(QLatin1StringView("label")).toString(),
                           base.resolved(QUrl(c.value(QLatin1StringView("url")).toString())),
                           {}});
    }
    return m;
}

void Client::fetchCaptions(const CaptionTrack &track, QObject *context,
                           std::function<void(std::optional<media::Captions>)> done) {
    QPointer<QObject> guard(context);
    const auto parse = [guard, done](const QByteArray &bytes) {
        if (!guard)
            return;
        QString error;
        auto captions = media::parseVtt(bytes, &error);
        if (!captions)
            qCWarning(lcClient) << "captions refused:" << error;
        done(captions);
    };
    if (!track.localPath.isEmpty()) {
        withMediaKey([path = track.localPath, parse](const QByteArray &key, const QString &) {
            media::SealedReader reader(path, key);
            parse(reader.open(QIODevice::ReadOnly) ? reader.readAll() : QByteArray());
        });
        return;
    }
    if (!d->mediaNam)
        d->mediaNam = new QNetworkAccessManager(this);
    QNetworkReply *reply = d->mediaNam->get(QNetworkRequest(track.url));
    ApiClient::guard(reply, limits::kCaptions);
    connect(reply, &QNetworkReply::finished, this, [reply, parse] {
        reply->deleteLater();
        parse(reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray());
    });
}

void Client::saveVideoProgress(const QString &lessonId, qint64 positionMs, double speed,
                               const media::Ranges &watched, qint64 durationMs) {
    if (!d->ensureOpen("saveVideoProgress"))
        return;
    MediaProgress p{lessonId, positionMs, speed, watched, 0, QDateTime::currentMSecsSinceEpoch()};
    d->cache->run<bool>(
        this,
        [p, durationMs](CacheDatabase &db) {
            QString error;
            if (!mediastore::saveProgress(db, p, durationMs, &error)) {
                qCWarning(lcClient) << "progress not saved:" << error;
                return false;
            }
            return true;
        },
        [this](bool ok) {
            if (ok)
                d->scheduleFlush();
        });
}

void Client::fetchVideoProgress(const QString &lessonId, QObject *context,
                                std::function<void(std::optional<MediaProgress>)> done) {
    if (!d->ensureOpen("fetchVideoProgress"))
        return;
    d->cache->run<std::optional<MediaProgress>>(
        context, [lessonId](CacheDatabase &db) { return mediastore::progress(db, lessonId); },
        std::move(done));
}

QString Client::addNote(const QString &lessonId, qint64 atMs, const QString &body) {
    if (!d->ensureOpen("addNote"))
        return {};
    const LessonNote note{QStringLiteral("n-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                          lessonId, atMs, body.trimmed().left(5000),
                          QDateTime::currentMSecsSinceEpoch()};
    d->cache->run<bool>(
        this,
        [note](CacheDatabase &db) {
            QString error;
            return mediastore::putNote(db, note, &error);
        },
        [this](bool ok) {
            if (ok) {
                Q_EMIT notesChanged();
                d->scheduleFlush();
            }
        });
    return note.id;
}

void Client::deleteNote(const QString &noteId) {
    if (!d->ensureOpen("deleteNote"))
        return;
    d->cache->run<bool>(
        this,
        [noteId](CacheDatabase &db) {
            QString error;
            return mediastore::deleteNote(db, noteId, &error);
        },
        [this](bool ok) {
            if (ok) {
                Q_EMIT notesChanged();
                d->scheduleFlush();
            }
        });
}

void Client::fetchNotes(const QString &lessonId, QObject *context,
                        std::function<void(QVector<LessonNote>)> done) {
    if (!d->ensureOpen("fetchNotes"))
        return;
    d->cache->run<QVector<LessonNote>>(
        context, [lessonId](CacheDatabase &db) { return mediastore::notes(db, lessonId); },
        std::move(done));
}

void Client::refreshLearning() {
    if (!d->opened || !d->loggedIn)
        return;
    d->api->getJson(QStringLiteral("/me/learning"),
                    [this](const ApiError &e, const QJsonObject &answer) {
                        if (e.isError())
                            return;
                        d->cache->run<bool>(
                            this,
                            [answer](CacheDatabase &db) {
                                QString error;
                                if (!mediastore::applyLearning(db, answer, &error)) {
                                    qCWarning(lcClient) << "learning progress not stored:" << error;
                                    return false;
                                }
                                return true;
                            },
                            [this](bool ok) {
                                if (ok) {
                                    Q_EMIT notesChanged();
                                    Q_EMIT learningChanged();
                                }
                            });
                    });
}

} // namespace lyceum
