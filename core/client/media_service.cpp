// Lesson videos: signed URLs or a finished download, captions, this learner's progress and
// notes (cache + outbox), GET /me/learning after pulls, and the key sealing downloads.
#include "client/media_service.h"

#include "api/api_client.h"
#include "api/media_api.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"
#include "credentials/credential_store.h"
#include "logging.h"
#include "media/download_store.h"
#include "media/sealed_file.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUuid>

namespace lyceum {

namespace {
LessonMedia fromDownload(const Download &dl) {
    LessonMedia m;
    m.lessonId = dl.lessonId;
    m.assetId = dl.assetId;
    m.mime = dl.mime;
    m.size = dl.size;
    m.sha256 = dl.sha256;
    m.downloadPath = dl.path;
    m.chapters = chaptersFromJson(QJsonDocument::fromJson(dl.chapters.toUtf8()).array());
    for (const QJsonValue &v : QJsonDocument::fromJson(dl.captions.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        m.captions.append({o.value(QLatin1StringView("lang")).toString(),
                           o.value(QLatin1StringView("label")).toString(),
                           {},
                           o.value(QLatin1StringView("path")).toString()});
    }
    return m;
}
} // namespace

MediaService::MediaService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(session.client, &Client::opened, this, [this] {
        enforceDownloadRights(); // offline past the grace: paid videos go
    });
    connect(session.client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError()) {
            refreshLearning();
            enforceDownloadRights();
        }
    });
}

MediaService::~MediaService() = default;

QNetworkAccessManager *MediaService::nam() {
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return m_nam;
}

void MediaService::fetchLessonMedia(const QString &lessonId, QObject *context,
                                    std::function<void(const ApiError &, LessonMedia)> done) {
    if (!m_session.ensureOpen("fetchLessonMedia"))
        return;
    QPointer<QObject> guard(context);
    // A finished download plays offline (while the lesson may still be read).
    m_session.cache->run<std::optional<Download>>(
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
                done({}, fromDownload(*dl));
                return;
            }
            if (!m_session.loggedIn) {
                done(ApiError::make(ApiError::Kind::Network,
                                    tr("This video is not downloaded, and you are offline.")),
                     {});
                return;
            }
            mediaapi::lessonUrls(*m_session.api, lessonId,
                                 [guard, done](const ApiError &e, const LessonMedia &m) {
                                     if (guard)
                                         done(e, m);
                                 });
        });
}

void MediaService::fetchCaptions(const CaptionTrack &track, QObject *context,
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
        withMediaKey([this, path = track.localPath, parse](const QByteArray &key, const QString &) {
            m_session.cache->run<QByteArray>(
                this, [path, key](CacheDatabase &) { return downloadstore::readSealed(path, key); },
                parse);
        });
        return;
    }
    QNetworkReply *reply = nam()->get(QNetworkRequest(track.url));
    ApiClient::guard(reply, limits::kCaptions);
    connect(reply, &QNetworkReply::finished, this, [reply, parse] {
        reply->deleteLater();
        parse(reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray());
    });
}

void MediaService::saveVideoProgress(const QString &lessonId, qint64 positionMs, double speed,
                                     const media::Ranges &watched, qint64 durationMs) {
    if (!m_session.ensureOpen("saveVideoProgress"))
        return;
    MediaProgress p{lessonId, positionMs, speed, watched, 0, QDateTime::currentMSecsSinceEpoch()};
    m_session.cache->run<bool>(
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
                m_session.scheduleFlush();
        });
}

void MediaService::fetchVideoProgress(const QString &lessonId, QObject *context,
                                      std::function<void(std::optional<MediaProgress>)> done) {
    if (!m_session.ensureOpen("fetchVideoProgress"))
        return;
    m_session.cache->run<std::optional<MediaProgress>>(
        context, [lessonId](CacheDatabase &db) { return mediastore::progress(db, lessonId); },
        std::move(done));
}

QString MediaService::addNote(const QString &lessonId, qint64 atMs, const QString &body) {
    if (!m_session.ensureOpen("addNote"))
        return {};
    const LessonNote note{QStringLiteral("n-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                          lessonId, atMs, body.trimmed().left(5000),
                          QDateTime::currentMSecsSinceEpoch()};
    m_session.cache->run<bool>(
        this,
        [note](CacheDatabase &db) {
            QString error;
            return mediastore::putNote(db, note, &error);
        },
        [this](bool ok) {
            if (ok) {
                Q_EMIT notesChanged();
                m_session.scheduleFlush();
            }
        });
    return note.id;
}

void MediaService::deleteNote(const QString &noteId) {
    if (!m_session.ensureOpen("deleteNote"))
        return;
    m_session.cache->run<bool>(
        this,
        [noteId](CacheDatabase &db) {
            QString error;
            return mediastore::deleteNote(db, noteId, &error);
        },
        [this](bool ok) {
            if (ok) {
                Q_EMIT notesChanged();
                m_session.scheduleFlush();
            }
        });
}

void MediaService::fetchNotes(const QString &lessonId, QObject *context,
                              std::function<void(QVector<LessonNote>)> done) {
    if (!m_session.ensureOpen("fetchNotes"))
        return;
    m_session.cache->run<QVector<LessonNote>>(
        context, [lessonId](CacheDatabase &db) { return mediastore::notes(db, lessonId); },
        std::move(done));
}

void MediaService::refreshLearning() {
    if (!m_session.opened || !m_session.loggedIn)
        return;
    mediaapi::learning(*m_session.api, [this](const ApiError &e, const QJsonObject &answer) {
        if (e.isError())
            return;
        m_session.cache->run<bool>(
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

void MediaService::withMediaKey(std::function<void(const QByteArray &, const QString &)> done) {
    if (!m_mediaKey.isEmpty()) {
        done(m_mediaKey, {});
        return;
    }
    m_mediaKeyWaiters.append(std::move(done));
    if (m_mediaKeyLoading)
        return;
    const bool keychain = m_session.options.useKeychain;
    if (m_session.profile.hasAccount() && !keychain && m_session.options.mediaKeyInProfile) {
        loadProfileMediaKey();
        return;
    }
    if (!m_session.profile.hasAccount() || !keychain) {
        const auto waiters = std::exchange(m_mediaKeyWaiters, {});
        for (const auto &w : waiters)
            w({}, keychain ? tr("Sign in first.")
                           : tr("Lessons can be downloaded only when Lyceum may remember you on "
                                "this computer. Sign out, then sign in again with “Remember me "
                                "on this computer” ticked."));
        return;
    }
    m_mediaKeyLoading = true;
    const QString key =
        CredentialStore::entryKey(m_session.profile.server, m_session.profile.handle) +
        QStringLiteral("#media");
    m_session.credentials->secret(
        key, media::kSealedKeyBytes, [this](const QByteArray &secret, const QString &problem) {
            m_mediaKeyLoading = false;
            m_mediaKey = secret;
            const auto waiters = std::exchange(m_mediaKeyWaiters, {});
            for (const auto &w : waiters)
                w(secret, secret.isEmpty()
                              ? tr("Downloads are sealed with a key kept in the system "
                                   "keychain, which is not available: %1")
                                    .arg(problem)
                              : QString());
        });
}

void MediaService::setDownloadFolder(const QString &folder) {
    m_downloadParent = folder;
}

QString MediaService::downloadFolder() const {
    if (m_downloadParent.isEmpty())
        return downloadstore::mediaDir(m_session.options.profileDir);
    // One folder per profile: two communities may use the same lesson ids.
    return QDir(m_downloadParent)
        .filePath(QStringLiteral("lyceum-") + QFileInfo(m_session.options.profileDir).fileName());
}

void MediaService::loadProfileMediaKey() {
    m_mediaKeyLoading = true;
    m_session.cache->run<std::pair<QByteArray, QString>>(
        this,
        [dir = m_session.options.profileDir](CacheDatabase &) {
            QString error;
            QByteArray key = downloadstore::profileMediaKey(dir, &error);
            return std::pair<QByteArray, QString>(std::move(key), error);
        },
        [this](std::pair<QByteArray, QString> answer) {
            m_mediaKeyLoading = false;
            m_mediaKey = answer.first;
            const auto waiters = std::exchange(m_mediaKeyWaiters, {});
            for (const auto &w : waiters)
                w(answer.first, answer.first.isEmpty()
                                    ? tr("Downloads could not be prepared in this profile's "
                                         "folder: %1")
                                          .arg(answer.second)
                                    : QString());
        });
}

void MediaService::openDownloadedVideo(const LessonMedia &media, QObject *context,
                                       std::function<void(QIODevice *, const QString &)> done) {
    QPointer<QObject> guard(context);
    withMediaKey(
        [guard, path = media.downloadPath, done](const QByteArray &key, const QString &problem) {
            if (!guard)
                return;
            if (key.isEmpty()) {
                done(nullptr, problem);
                return;
            }
            auto *reader = new media::SealedReader(path, key);
            if (!reader->open(QIODevice::ReadOnly)) {
                const QString why = reader->problem();
                delete reader;
                done(nullptr, why);
                return;
            }
            done(reader, {});
        });
}

} // namespace lyceum
