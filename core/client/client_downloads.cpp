// Client: lesson videos kept for offline viewing (docs/media.md). Each download is sealed as it
// arrives (media/sealed_file.h) with a key from the keychain, resumes with an HTTP Range from its
// last complete chunk, is checked against the server's SHA-256 when complete, and is deleted when
// the lesson may no longer be read (refund, lapsed membership, offline past the grace).
#include "api/request_limits.h"
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/client_private.h"
#include "domain/private_files.h"
#include "logging.h"
#include "media/media_store.h"
#include "media/range_answer.h"
#include "media/sealed_file.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSqlQuery>
#include <QTimer>

namespace lyceum {

struct Client::Private::Transfer {
    Download row;
    std::unique_ptr<media::SealedWriter> writer;
    QPointer<QNetworkReply> reply;
    bool pausing = false;
    bool cancelling = false;
    qint64 rangeStart = 0;
    qint64 lastStored = 0; // ms: progress is written to the cache at most once a second
    bool answerChecked = false;
    QString refused;      // why this client stopped the answer (not the part asked, too slow)
    qint64 tickStart = 0; // bytes committed when the current chunk deadline started
};

namespace {
// No total deadline for a video (it takes as long as it takes), but each chunk's worth of bytes
// must arrive within its own: a server dripping bytes is stopped, and the download resumes.
// (A template: the transfer's type is private to Client, named only where it is deduced.)
template<typename Transfer>
void watchChunkDeadline(const std::shared_ptr<Transfer> &t, QNetworkReply *reply) {
    t->tickStart = t->rangeStart;
    auto *chunkDeadline = new QTimer(reply);
    QObject::connect(chunkDeadline, &QTimer::timeout, reply, [t, reply] {
        const qint64 now = t->writer ? t->writer->committedPlain() : t->tickStart;
        const qint64 due = std::min(media::kSealedChunk, t->row.size - t->tickStart);
        if (now - t->tickStart < due && t->refused.isEmpty() && reply->isRunning()) {
            t->refused = QStringLiteral("less than %1 bytes in %2 s")
                             .arg(due)
                             .arg(limits::kMediaChunkDeadlineMs / 1000);
            t->pausing = false;
            reply->abort();
        }
        t->tickStart = now;
    });
    chunkDeadline->start(limits::kMediaChunkDeadlineMs);
}

QString mediaDir(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("media"));
}

void removeFiles(const Download &d) {
    QFile::remove(d.path);
    for (const QJsonValue &v : QJsonDocument::fromJson(d.captions.toUtf8()).array())
        QFile::remove(v.toObject().value(QLatin1StringView("path")).toString());
}

std::optional<Download> newOrExisting(CacheDatabase &db, const QString &lessonId) {
    if (auto existing = mediastore::download(db, lessonId))
        return existing;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT title, course_id FROM lessons WHERE id = ?"));
    q.addBindValue(lessonId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Download d;
    d.lessonId = lessonId;
    d.title = q.value(0).toString();
    d.courseId = q.value(1).toString();
    d.state = QStringLiteral("queued");
    d.createdAt = QDateTime::currentMSecsSinceEpoch();
    return d;
}
} // namespace

void Client::withMediaKey(std::function<void(const QByteArray &, const QString &)> done) {
    if (!d->mediaKey.isEmpty()) {
        done(d->mediaKey, {});
        return;
    }
    d->mediaKeyWaiters.append(std::move(done));
    if (d->mediaKeyLoading)
        return;
    if (!d->profile.hasAccount() || !d->options.useKeychain) {
        const auto waiters = std::exchange(d->mediaKeyWaiters, {});
        for (const auto &w : waiters)
            w({}, d->options.useKeychain ? tr("Sign in first.")
                                         : tr("Downloads are sealed with a key kept in the "
                                              "system keychain, which this profile does not use."));
        return;
    }
    d->mediaKeyLoading = true;
    const QString key =
        CredentialStore::entryKey(d->profile.server, d->profile.handle) + QStringLiteral("#media");
    d->credentials->secret(
        key, media::kSealedKeyBytes, [this](const QByteArray &secret, const QString &problem) {
            d->mediaKeyLoading = false;
            d->mediaKey = secret;
            const auto waiters = std::exchange(d->mediaKeyWaiters, {});
            for (const auto &w : waiters)
                w(secret, secret.isEmpty()
                              ? tr("Downloads are sealed with a key kept in the system "
                                   "keychain, which is not available: %1")
                                    .arg(problem)
                              : QString());
        });
}

void Client::openDownloadedVideo(const LessonMedia &media, QObject *context,
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

void Client::setDownloadQuota(qint64 bytes) {
    d->downloadQuota = std::max<qint64>(0, bytes);
}

qint64 Client::downloadQuota() const {
    return d->downloadQuota;
}

void Client::fetchDownloads(QObject *context, std::function<void(QVector<Download>)> done) {
    if (!d->ensureOpen("fetchDownloads"))
        return;
    d->cache->run<QVector<Download>>(
        context, [](CacheDatabase &db) { return mediastore::downloads(db); }, std::move(done));
}

void Client::startDownload(const QString &lessonId) {
    if (!d->ensureOpen("startDownload") || d->transfers.contains(lessonId))
        return;
    if (!d->transfers.isEmpty()) {
        // One at a time: this one waits its turn (queued), in the order asked.
        d->cache->run<bool>(
            this,
            [lessonId](CacheDatabase &db) {
                std::optional<Download> row = newOrExisting(db, lessonId);
                if (!row || row->state == QLatin1String("done"))
                    return false;
                row->state = QStringLiteral("queued");
                row->createdAt = QDateTime::currentMSecsSinceEpoch();
                QString error;
                return mediastore::putDownload(db, *row, &error);
            },
            [this](bool queued) {
                if (queued)
                    Q_EMIT downloadsChanged();
            });
        return;
    }
    auto t = std::make_shared<Private::Transfer>();
    d->transfers.insert(lessonId, t);
    d->cache->run<std::optional<Download>>(
        this, [lessonId](CacheDatabase &db) { return newOrExisting(db, lessonId); },
        [this, t, lessonId](std::optional<Download> row) {
            const auto fail = [this, lessonId](const ApiError &e) {
                d->transfers.remove(lessonId);
                Q_EMIT downloadFinished(lessonId, e);
                d->startNextQueued();
            };
            if (!row) {
                fail(ApiError::make(ApiError::Kind::Http, tr("There is no such lesson."),
                                    QStringLiteral("not_found"), 404));
                return;
            }
            if (row->state == QLatin1String("done")) {
                d->transfers.remove(lessonId);
                Q_EMIT downloadFinished(lessonId, {});
                d->startNextQueued();
                return;
            }
            t->row = *row;
            withMediaKey([this, t, lessonId, fail](const QByteArray &key, const QString &problem) {
                if (key.isEmpty()) {
                    fail(ApiError::make(ApiError::Kind::Storage, problem));
                    return;
                }
                if (!d->loggedIn) {
                    fail(ApiError::make(ApiError::Kind::Network,
                                        tr("Downloads need a connection to the server.")));
                    return;
                }
                d->api->postJson(
                    QStringLiteral("/media/url"), {{QStringLiteral("lesson_id"), lessonId}},
                    [this, t, lessonId, fail, key](const ApiError &e, const QJsonObject &o) {
                        if (e.isError()) {
                            fail(e);
                            return;
                        }
                        const LessonMedia m = lessonMediaFromJson(o);
                        Download &entry = t->row;
                        if (!entry.assetId.isEmpty() && entry.assetId != m.assetId)
                            removeFiles(entry); // another version of the video: start again
                        makePrivateDir(mediaDir(d->options.profileDir));
                        entry.assetId = m.assetId;
                        entry.size = m.size;
                        entry.sha256 = m.sha256;
                        entry.mime = m.mime;
                        entry.encrypted = true;
                        entry.path = QDir(mediaDir(d->options.profileDir))
                                         .filePath(lessonId + QStringLiteral(".lyvid"));
                        entry.chapters = QString::fromUtf8(
                            QJsonDocument(toJson(m.chapters)).toJson(QJsonDocument::Compact));
                        // Make room: the oldest finished downloads go first.
                        d->cache->run<QString>(
                            this,
                            [row = entry, quota = d->downloadQuota](CacheDatabase &db) -> QString {
                                QVector<Download> all = mediastore::downloads(db);
                                qint64 used = 0;
                                for (const Download &x : std::as_const(all))
                                    if (x.lessonId != row.lessonId)
                                        used += media::sealedSize(x.size);
                                const qint64 need = media::sealedSize(row.size);
                                // Nothing goes unless removing what may go makes room.
                                qint64 removable = 0;
                                for (const Download &x : std::as_const(all))
                                    if (x.lessonId != row.lessonId &&
                                        x.state == QLatin1String("done"))
                                        removable += media::sealedSize(x.size);
                                if (used - removable + need > quota)
                                    return QStringLiteral("quota");
                                std::sort(all.begin(), all.end(),
                                          [](const Download &a, const Download &b) {
                                              return a.finishedAt < b.finishedAt;
                                          });
                                for (const Download &x : std::as_const(all)) {
                                    if (used + need <= quota)
                                        break;
                                    if (x.lessonId == row.lessonId ||
                                        x.state != QLatin1String("done"))
                                        continue;
                                    removeFiles(x);
                                    QString error;
                                    mediastore::removeDownload(db, x.lessonId, &error);
                                    used -= media::sealedSize(x.size);
                                }
                                return used + need <= quota ? QString() : QStringLiteral("quota");
                            },
                            [this, t, lessonId, fail, key, m](const QString &room) {
                                Q_EMIT downloadsChanged();
                                if (!room.isEmpty()) {
                                    fail(ApiError::make(
                                        ApiError::Kind::Storage,
                                        tr("Not enough room: this video needs %1 MB more than "
                                           "the space set aside for downloads.")
                                            .arg(media::sealedSize(t->row.size) / 1000000 + 1),
                                        QStringLiteral("quota")));
                                    return;
                                }
                                d->fetchCaptionFiles(t, m, key, 0);
                            });
                    });
            });
        });
}

void Client::Private::fetchCaptionFiles(const std::shared_ptr<Transfer> &t, const LessonMedia &m,
                                        const QByteArray &key, int index) {
    if (index >= m.captions.size()) {
        runTransfer(t, m, key);
        return;
    }
    if (!mediaNam)
        mediaNam = new QNetworkAccessManager(q);
    const CaptionTrack track = m.captions.at(index);
    QNetworkReply *reply = mediaNam->get(QNetworkRequest(track.url));
    ApiClient::guard(reply, limits::kCaptions); // a caption file is small and quick
    QObject::connect(reply, &QNetworkReply::finished, q, [this, t, m, key, index, reply, track] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError) {
            const QByteArray bytes = reply->readAll();
            const QString path =
                QDir(mediaDir(options.profileDir))
                    .filePath(t->row.lessonId + u'.' + track.lang + QStringLiteral(".vtt.lyvid"));
            QFile::remove(path);
            media::SealedWriter w(path, key);
            QString error;
            if (w.open(bytes.size(), &error) && w.append(bytes, &error) && w.finish(&error)) {
                QJsonArray list = QJsonDocument::fromJson(t->row.captions.toUtf8()).array();
                list.append(QJsonObject{{QStringLiteral("lang"), track.lang},
                                        {QStringLiteral("label"), track.label},
                                        {QStringLiteral("path"), path}});
                t->row.captions =
                    QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
            }
        }
        fetchCaptionFiles(t, m, key, index + 1);
    });
}

void Client::Private::runTransfer(const std::shared_ptr<Transfer> &t, const LessonMedia &m,
                                  const QByteArray &key) {
    const QString lessonId = t->row.lessonId;
    const auto store = [this](const Download &row) {
        cache->post([row](CacheDatabase &db) {
            QString error;
            if (!mediastore::putDownload(db, row, &error))
                qCWarning(lcClient) << "download state not stored:" << error;
        });
    };
    const auto end = [this, t, lessonId, store](const QString &state, const ApiError &e) {
        t->row.state = state;
        t->row.error = e.isError() ? e.message : QString();
        if (t->writer)
            t->row.received = t->writer->committedPlain();
        t->writer.reset();
        store(t->row);
        transfers.remove(lessonId);
        Q_EMIT q->downloadsChanged();
        Q_EMIT q->downloadFinished(lessonId, e);
        startNextQueued();
    };
    t->writer = std::make_unique<media::SealedWriter>(t->row.path, key);
    QString openError;
    if (!t->writer->open(t->row.size, &openError)) {
        QFile::remove(t->row.path); // not resumable: start from nothing next time
        end(QStringLiteral("failed"), ApiError::make(ApiError::Kind::Storage, openError));
        return;
    }
    t->rangeStart = t->writer->committedPlain();
    t->row.received = t->rangeStart;
    t->row.state = QStringLiteral("downloading");
    store(t->row);
    Q_EMIT q->downloadsChanged();
    QNetworkRequest request(m.video);
    if (t->rangeStart > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(t->rangeStart) + '-');
    if (!mediaNam)
        mediaNam = new QNetworkAccessManager(q);
    QNetworkReply *reply = mediaNam->get(request);
    reply->setReadBufferSize(256 * 1024); // the server waits while the disk catches up
    t->reply = reply;
    watchChunkDeadline(t, reply);
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, t, reply, end, store] {
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (http != 200 && http != 206)
            return; // an error body: handled when finished
        if (!t->answerChecked) {
            t->answerChecked = true;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            t->refused = media::checkVideoAnswer(http, reply->rawHeader("Content-Range"),
                                                 length.isValid() ? length.toLongLong() : -1,
                                                 t->rangeStart, t->row.size);
        }
        QString error;
        if (t->refused.isEmpty() && t->writer && !t->writer->append(reply->readAll(), &error))
            t->refused = error; // more bytes than the video has, or the disk failed
        if (!t->refused.isEmpty()) {
            qCWarning(lcClient) << "download" << t->row.lessonId << "stopped:" << t->refused;
            t->pausing = false;
            reply->abort();
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - t->lastStored > 1000) {
            t->lastStored = now;
            t->row.received = t->writer->committedPlain();
            store(t->row);
        }
        Q_EMIT q->downloadProgress(t->row.lessonId, t->writer->committedPlain(), t->row.size);
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, t, reply, end, key] {
        reply->deleteLater();
        if (t->cancelling) {
            t->writer.reset();
            removeFiles(t->row);
            const Download row = t->row;
            cache->post([row](CacheDatabase &db) {
                QString error;
                mediastore::removeDownload(db, row.lessonId, &error);
            });
            transfers.remove(row.lessonId);
            Q_EMIT q->downloadsChanged();
            Q_EMIT q->downloadFinished(
                row.lessonId, ApiError::make(ApiError::Kind::Cancelled, Client::tr("Cancelled.")));
            startNextQueued();
            return;
        }
        if (t->pausing) {
            end(QStringLiteral("paused"),
                ApiError::make(ApiError::Kind::Cancelled, Client::tr("Paused.")));
            return;
        }
        if (!t->refused.isEmpty()) {
            end(QStringLiteral("failed"),
                ApiError::make(ApiError::Kind::BadResponse,
                               Client::tr("The server's answer for this video was not what was "
                                          "asked for (%1), so the download was stopped. It "
                                          "resumes from where it was.")
                                   .arg(t->refused),
                               QStringLiteral("bad_media_answer")));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            end(QStringLiteral("failed"),
                http >= 400 ? ApiClient::errorFromHttp(http, reply->readAll())
                            : ApiError::make(ApiError::Kind::Network,
                                             Client::tr("The download stopped: %1. It resumes from "
                                                        "where it was.")
                                                 .arg(reply->errorString())));
            return;
        }
        QString error;
        if (!t->writer->finish(&error)) {
            end(QStringLiteral("failed"), ApiError::make(ApiError::Kind::Network, error));
            return;
        }
        // The whole video, opened again, must hash to what the server says.
        media::SealedReader check(t->row.path, key);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool readable = check.open(QIODevice::ReadOnly) && hash.addData(&check);
        check.close();
        if (!readable || QString::fromLatin1(hash.result().toHex()) != t->row.sha256) {
            QFile::remove(t->row.path);
            t->writer.reset();
            t->row.received = 0;
            end(QStringLiteral("failed"),
                ApiError::make(ApiError::Kind::BadResponse,
                               Client::tr("The downloaded video did not match its checksum and was "
                                          "deleted; download it again."),
                               QStringLiteral("checksum_mismatch")));
            return;
        }
        t->row.finishedAt = QDateTime::currentMSecsSinceEpoch();
        t->row.received = t->row.size;
        t->writer.reset();
        end(QStringLiteral("done"), {});
    });
}

void Client::pauseDownload(const QString &lessonId) {
    if (const auto t = d->transfers.value(lessonId); t && t->reply) {
        t->pausing = true;
        t->reply->abort();
    }
}

void Client::cancelDownload(const QString &lessonId) {
    if (const auto t = d->transfers.value(lessonId); t && t->reply) {
        t->cancelling = true;
        t->reply->abort();
        return;
    }
    d->cache->run<bool>(
        this,
        [lessonId](CacheDatabase &db) {
            if (const auto row = mediastore::download(db, lessonId))
                removeFiles(*row);
            QString error;
            return mediastore::removeDownload(db, lessonId, &error);
        },
        [this](bool) { Q_EMIT downloadsChanged(); });
}

void Client::Private::startNextQueued() {
    QTimer::singleShot(0, q, [this] {
        if (!transfers.isEmpty())
            return;
        cache->run<QString>(
            q,
            [](CacheDatabase &db) {
                QVector<Download> all = mediastore::downloads(db);
                std::sort(all.begin(), all.end(), [](const Download &a, const Download &b) {
                    return a.createdAt < b.createdAt;
                });
                for (const Download &x : std::as_const(all))
                    if (x.state == QLatin1String("queued"))
                        return x.lessonId;
                return QString();
            },
            [this](const QString &next) {
                if (!next.isEmpty())
                    q->startDownload(next);
            });
    });
}

void Client::Private::enforceDownloadRights() {
    cache->run<int>(
        q,
        [](CacheDatabase &db) {
            int removed = 0;
            for (const Download &x : mediastore::downloads(db)) {
                if (mediastore::lessonReadable(db, x.lessonId))
                    continue;
                removeFiles(x);
                QString error;
                if (mediastore::removeDownload(db, x.lessonId, &error))
                    ++removed;
            }
            return removed;
        },
        [this](int removed) {
            if (removed > 0) {
                qCInfo(lcClient) << removed << "downloaded video(s) deleted: no longer yours";
                Q_EMIT q->downloadsChanged();
            }
        });
}

} // namespace lyceum
