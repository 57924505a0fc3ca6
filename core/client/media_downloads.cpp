// MediaService: lesson videos kept for offline viewing (docs/media.md). Each download is sealed
// as it arrives (media/sealed_file.h) with a key from the keychain, resumes with an HTTP Range
// from its last complete chunk, is checked against the server's SHA-256 when complete, and is
// deleted when the lesson may no longer be read (refund, lapsed membership, offline past the
// grace). Starting one is a chain of steps (client/async_steps.h): the row, the key, the signed
// URLs, room under the quota, the caption files; then the transfer itself.
#include "api/api_client.h"
#include "api/media_api.h"
#include "api/request_limits.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/async_steps.h"
#include "client/media_service.h"
#include "client/session_state.h"
#include "domain/private_files.h"
#include "logging.h"
#include "media/download_store.h"
#include "media/range_answer.h"
#include "media/sealed_file.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace lyceum {

struct MediaService::Transfer {
    Download row;
    LessonMedia media; // the signed URLs
    QByteArray key;
    bool alreadyDone = false;
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
} // namespace

void MediaService::setDownloadQuota(qint64 bytes) {
    m_downloadQuota = std::max<qint64>(0, bytes);
}

qint64 MediaService::downloadQuota() const {
    return m_downloadQuota;
}

void MediaService::fetchDownloads(QObject *context, std::function<void(QVector<Download>)> done) {
    if (!m_session.ensureOpen("fetchDownloads"))
        return;
    m_session.cache->run<QVector<Download>>(
        context, [](CacheDatabase &db) { return mediastore::downloads(db); }, std::move(done));
}

void MediaService::startDownload(const QString &lessonId) {
    if (!m_session.ensureOpen("startDownload") || m_transfers.contains(lessonId))
        return;
    if (!m_transfers.isEmpty()) {
        // One at a time: this one waits its turn (queued), in the order asked.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_session.cache->run<bool>(
            this,
            [lessonId, now](CacheDatabase &db) { return downloadstore::queue(db, lessonId, now); },
            [this](bool queued) {
                if (queued)
                    Q_EMIT downloadsChanged();
            });
        return;
    }
    auto t = std::make_shared<Transfer>();
    t->row.lessonId = lessonId;
    m_transfers.insert(lessonId, t);
    AsyncSteps::run(
        this,
        {[this, t](Step s) { readDownloadRow(t, s); }, [this, t](Step s) { takeKey(t, s); },
         [this, t](Step s) { askSignedUrls(t, s); }, [this, t](Step s) { makeRoom(t, s); },
         [this, t](Step s) { fetchCaptionFiles(t, 0, s); }},
        [this, t](const ApiError &error) {
            if (!error.isError() && !t->alreadyDone) {
                runTransfer(t);
                return;
            }
            m_transfers.remove(t->row.lessonId);
            Q_EMIT downloadFinished(t->row.lessonId, error);
            startNextQueued();
        });
}

void MediaService::readDownloadRow(const TransferPtr &t, const Step &s) {
    m_session.cache->run<std::optional<Download>>(
        this,
        [lessonId = t->row.lessonId](CacheDatabase &db) {
            return downloadstore::newOrExisting(db, lessonId);
        },
        [t, s](std::optional<Download> row) {
            if (!row) {
                s.fail(ApiError::make(ApiError::Kind::Http, tr("There is no such lesson."),
                                      QStringLiteral("not_found"), 404));
                return;
            }
            t->row = *row;
            if (row->state == QLatin1String("done")) {
                t->alreadyDone = true;
                s.finish();
                return;
            }
            s.next();
        });
}

void MediaService::takeKey(const TransferPtr &t, const Step &s) {
    withMediaKey([this, t, s](const QByteArray &key, const QString &problem) {
        if (key.isEmpty()) {
            s.fail(ApiError::make(ApiError::Kind::Storage, problem));
            return;
        }
        if (!m_session.loggedIn) {
            s.fail(ApiError::make(ApiError::Kind::Network,
                                  tr("Downloads need a connection to the server.")));
            return;
        }
        t->key = key;
        s.next();
    });
}

void MediaService::askSignedUrls(const TransferPtr &t, const Step &s) {
    mediaapi::lessonUrls(
        *m_session.api, t->row.lessonId, [this, t, s](const ApiError &e, const LessonMedia &m) {
            if (e.isError()) {
                s.fail(e);
                return;
            }
            t->media = m;
            Download &entry = t->row;
            if (!entry.assetId.isEmpty() && entry.assetId != m.assetId)
                entry.captions.clear(); // another version: start again
            entry.assetId = m.assetId;
            entry.size = m.size;
            entry.sha256 = m.sha256;
            entry.mime = m.mime;
            entry.encrypted = true;
            entry.path = downloadstore::videoPathIn(downloadFolder(), entry.lessonId);
            entry.chapters =
                QString::fromUtf8(QJsonDocument(toJson(m.chapters)).toJson(QJsonDocument::Compact));
            s.next();
        });
}

void MediaService::makeRoom(const TransferPtr &t, const Step &s) {
    // Another version of the video than the one kept starts again from nothing; then the
    // oldest finished downloads give way when over the quota.
    m_session.cache->run<bool>(
        this,
        [row = t->row, quota = m_downloadQuota, dir = downloadFolder()](CacheDatabase &db) {
            if (const auto kept = mediastore::download(db, row.lessonId);
                kept && !kept->assetId.isEmpty() && kept->assetId != row.assetId)
                downloadstore::removeFiles(*kept);
            makePrivateDir(dir);
            return downloadstore::makeRoom(db, row, quota);
        },
        [this, t, s](bool room) {
            Q_EMIT downloadsChanged();
            if (!room) {
                s.fail(ApiError::make(ApiError::Kind::Storage,
                                      tr("Not enough room: this video needs %1 MB more than the "
                                         "space set aside for downloads.")
                                          .arg(media::sealedSize(t->row.size) / 1000000 + 1),
                                      QStringLiteral("quota")));
                return;
            }
            s.next();
        });
}

void MediaService::fetchCaptionFiles(const TransferPtr &t, int index, const Step &s) {
    if (index >= t->media.captions.size()) {
        s.next();
        return;
    }
    const CaptionTrack track = t->media.captions.at(index);
    QNetworkReply *reply = nam()->get(QNetworkRequest(track.url));
    ApiClient::guard(reply, limits::kCaptions); // a caption file is small and quick
    connect(reply, &QNetworkReply::finished, this, [this, t, index, s, reply, track] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            fetchCaptionFiles(t, index + 1, s);
            return;
        }
        const QString path =
            downloadstore::captionPathIn(downloadFolder(), t->row.lessonId, track.lang);
        m_session.cache->run<bool>(
            this,
            [path, key = t->key, bytes = reply->readAll()](CacheDatabase &) {
                QString error;
                return downloadstore::writeSealed(path, key, bytes, &error);
            },
            [this, t, index, s, track, path](bool written) {
                if (written) {
                    QJsonArray list = QJsonDocument::fromJson(t->row.captions.toUtf8()).array();
                    list.append(QJsonObject{{QStringLiteral("lang"), track.lang},
                                            {QStringLiteral("label"), track.label},
                                            {QStringLiteral("path"), path}});
                    t->row.captions =
                        QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
                }
                fetchCaptionFiles(t, index + 1, s);
            });
    });
}

void MediaService::storeRow(const Download &row) {
    m_session.cache->post([row](CacheDatabase &db) {
        QString error;
        if (!mediastore::putDownload(db, row, &error))
            qCWarning(lcClient) << "download state not stored:" << error;
    });
}

void MediaService::endTransfer(const TransferPtr &t, const QString &state, const ApiError &error) {
    t->row.state = state;
    t->row.error = error.isError() ? error.message : QString();
    if (t->writer)
        t->row.received = t->writer->committedPlain();
    t->writer.reset();
    storeRow(t->row);
    m_transfers.remove(t->row.lessonId);
    Q_EMIT downloadsChanged();
    Q_EMIT downloadFinished(t->row.lessonId, error);
    startNextQueued();
}

void MediaService::runTransfer(const TransferPtr &t) {
    t->writer = std::make_unique<media::SealedWriter>(t->row.path, t->key);
    QString openError;
    if (!t->writer->open(t->row.size, &openError)) {
        QFile::remove(t->row.path); // not resumable: start from nothing next time
        endTransfer(t, QStringLiteral("failed"),
                    ApiError::make(ApiError::Kind::Storage, openError));
        return;
    }
    t->rangeStart = t->writer->committedPlain();
    t->row.received = t->rangeStart;
    t->row.state = QStringLiteral("downloading");
    storeRow(t->row);
    Q_EMIT downloadsChanged();
    QNetworkRequest request(t->media.video);
    if (t->rangeStart > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(t->rangeStart) + '-');
    QNetworkReply *reply = nam()->get(request);
    reply->setReadBufferSize(256 * 1024); // the server waits while the disk catches up
    t->reply = reply;
    watchChunkDeadline(t, reply);
    connect(reply, &QNetworkReply::readyRead, this, [this, t, reply] {
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
            storeRow(t->row);
        }
        Q_EMIT downloadProgress(t->row.lessonId, t->writer->committedPlain(), t->row.size);
    });
    connect(reply, &QNetworkReply::finished, this, [this, t, reply] {
        reply->deleteLater();
        finishTransfer(t);
    });
}

void MediaService::finishTransfer(const TransferPtr &t) {
    QNetworkReply *reply = t->reply;
    if (t->cancelling) {
        t->writer.reset();
        const Download row = t->row;
        m_session.cache->post([row](CacheDatabase &db) {
            downloadstore::removeFiles(row);
            QString error;
            mediastore::removeDownload(db, row.lessonId, &error);
        });
        m_transfers.remove(row.lessonId);
        Q_EMIT downloadsChanged();
        Q_EMIT downloadFinished(row.lessonId,
                                ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
        startNextQueued();
        return;
    }
    if (t->pausing) {
        endTransfer(t, QStringLiteral("paused"),
                    ApiError::make(ApiError::Kind::Cancelled, tr("Paused.")));
        return;
    }
    if (!t->refused.isEmpty()) {
        endTransfer(t, QStringLiteral("failed"),
                    ApiError::make(ApiError::Kind::BadResponse,
                                   tr("The server's answer for this video was not what was "
                                      "asked for (%1), so the download was stopped. It "
                                      "resumes from where it was.")
                                       .arg(t->refused),
                                   QStringLiteral("bad_media_answer")));
        return;
    }
    if (!reply || reply->error() != QNetworkReply::NoError) {
        const int http =
            reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        endTransfer(t, QStringLiteral("failed"),
                    http >= 400
                        ? ApiClient::errorFromHttp(http, reply->readAll())
                        : ApiError::make(ApiError::Kind::Network,
                                         tr("The download stopped: %1. It resumes from "
                                            "where it was.")
                                             .arg(reply ? reply->errorString() : QString())));
        return;
    }
    QString error;
    if (!t->writer->finish(&error)) {
        endTransfer(t, QStringLiteral("failed"), ApiError::make(ApiError::Kind::Network, error));
        return;
    }
    t->writer.reset();
    // The whole video, opened again, must hash to what the server says: read on the cache
    // worker, not here.
    m_session.cache->run<bool>(
        this,
        [path = t->row.path, key = t->key, sha = t->row.sha256](CacheDatabase &) {
            if (downloadstore::sealedMatches(path, key, sha))
                return true;
            QFile::remove(path);
            return false;
        },
        [this, t](bool matches) {
            if (!matches) {
                t->row.received = 0;
                endTransfer(t, QStringLiteral("failed"),
                            ApiError::make(ApiError::Kind::BadResponse,
                                           tr("The downloaded video did not match its checksum "
                                              "and was deleted; download it again."),
                                           QStringLiteral("checksum_mismatch")));
                return;
            }
            t->row.finishedAt = QDateTime::currentMSecsSinceEpoch();
            t->row.received = t->row.size;
            endTransfer(t, QStringLiteral("done"), {});
        });
}

void MediaService::pauseDownload(const QString &lessonId) {
    if (const auto t = m_transfers.value(lessonId); t && t->reply) {
        t->pausing = true;
        t->reply->abort();
    }
}

void MediaService::cancelDownload(const QString &lessonId) {
    if (const auto t = m_transfers.value(lessonId); t && t->reply) {
        t->cancelling = true;
        t->reply->abort();
        return;
    }
    m_session.cache->run<bool>(
        this,
        [lessonId](CacheDatabase &db) {
            QString error;
            return downloadstore::remove(db, lessonId, &error);
        },
        [this](bool) { Q_EMIT downloadsChanged(); });
}

void MediaService::startNextQueued() {
    QTimer::singleShot(0, this, [this] {
        if (!m_transfers.isEmpty())
            return;
        m_session.cache->run<QString>(
            this, [](CacheDatabase &db) { return downloadstore::nextQueued(db); },
            [this](const QString &next) {
                if (!next.isEmpty())
                    startDownload(next);
            });
    });
}

void MediaService::enforceDownloadRights() {
    m_session.cache->run<int>(
        this, [](CacheDatabase &db) { return downloadstore::removeUnreadable(db); },
        [this](int removed) {
            if (removed > 0) {
                qCInfo(lcClient) << removed << "downloaded video(s) deleted: no longer yours";
                Q_EMIT downloadsChanged();
            }
        });
}

} // namespace lyceum
