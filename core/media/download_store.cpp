#include "media/download_store.h"

#include "cache/cache_database.h"
#include "domain/private_files.h"
#include "media/sealed_file.h"
#include "thread_check.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::downloadstore {

QString mediaDir(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("media"));
}

QString videoPath(const QString &profileDir, const QString &lessonId) {
    return videoPathIn(mediaDir(profileDir), lessonId);
}

QString captionPath(const QString &profileDir, const QString &lessonId, const QString &lang) {
    return captionPathIn(mediaDir(profileDir), lessonId, lang);
}

QString videoPathIn(const QString &folder, const QString &lessonId) {
    return QDir(folder).filePath(lessonId + QStringLiteral(".lyvid"));
}

QString captionPathIn(const QString &folder, const QString &lessonId, const QString &lang) {
    return QDir(folder).filePath(lessonId + u'.' + lang + QStringLiteral(".vtt.lyvid"));
}

std::optional<Download> newOrExisting(CacheDatabase &db, const QString &lessonId) {
    if (auto existing = mediastore::download(db, lessonId))
        return existing;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT title, course_id, video_asset_id FROM lessons WHERE id = ?"));
    q.addBindValue(lessonId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Download d;
    d.lessonId = lessonId;
    d.title = q.value(0).toString();
    d.courseId = q.value(1).toString();
    // A queued row is stored before the transfer knows the rest: its NOT NULL columns get empty
    // text, not NULL (a null QString binds as NULL and the row was refused).
    d.assetId = q.value(2).toString();
    for (QString *text : {&d.assetId, &d.path, &d.sha256, &d.mime, &d.error})
        if (text->isNull())
            *text = QStringLiteral("");
    d.captions = QStringLiteral("[]");
    d.chapters = QStringLiteral("[]");
    d.state = QStringLiteral("queued");
    d.createdAt = QDateTime::currentMSecsSinceEpoch();
    return d;
}

bool queue(CacheDatabase &db, const QString &lessonId, qint64 now) {
    std::optional<Download> row = newOrExisting(db, lessonId);
    if (!row || row->state == QLatin1String("done"))
        return false;
    row->state = QStringLiteral("queued");
    row->createdAt = now;
    QString error;
    return mediastore::putDownload(db, *row, &error);
}

QString nextQueued(CacheDatabase &db) {
    QVector<Download> all = mediastore::downloads(db);
    std::sort(all.begin(), all.end(),
              [](const Download &a, const Download &b) { return a.createdAt < b.createdAt; });
    for (const Download &x : std::as_const(all))
        if (x.state == QLatin1String("queued"))
            return x.lessonId;
    return {};
}

bool makeRoom(CacheDatabase &db, const Download &row, qint64 quota) {
    QVector<Download> all = mediastore::downloads(db);
    qint64 used = 0;
    qint64 removable = 0;
    for (const Download &x : std::as_const(all)) {
        if (x.lessonId == row.lessonId)
            continue;
        used += media::sealedSize(x.size);
        if (x.state == QLatin1String("done"))
            removable += media::sealedSize(x.size);
    }
    const qint64 need = media::sealedSize(row.size);
    if (used - removable + need > quota)
        return false;
    std::sort(all.begin(), all.end(),
              [](const Download &a, const Download &b) { return a.finishedAt < b.finishedAt; });
    for (const Download &x : std::as_const(all)) {
        if (used + need <= quota)
            break;
        if (x.lessonId == row.lessonId || x.state != QLatin1String("done"))
            continue;
        QString error;
        remove(db, x.lessonId, &error);
        used -= media::sealedSize(x.size);
    }
    return used + need <= quota;
}

void removeFiles(const Download &download) {
    threadcheck::notOnGuiThread("downloadstore::removeFiles");
    QFile::remove(download.path);
    for (const QJsonValue &v : QJsonDocument::fromJson(download.captions.toUtf8()).array())
        QFile::remove(v.toObject().value(QLatin1StringView("path")).toString());
}

bool remove(CacheDatabase &db, const QString &lessonId, QString *error) {
    if (const auto row = mediastore::download(db, lessonId))
        removeFiles(*row);
    return mediastore::removeDownload(db, lessonId, error);
}

int removeUnreadable(CacheDatabase &db) {
    int removed = 0;
    for (const Download &x : mediastore::downloads(db)) {
        if (mediastore::lessonReadable(db, x.lessonId))
            continue;
        QString error;
        if (remove(db, x.lessonId, &error))
            ++removed;
    }
    return removed;
}

bool ensureMediaDir(const QString &profileDir) {
    threadcheck::notOnGuiThread("downloadstore::ensureMediaDir");
    return makePrivateDir(mediaDir(profileDir));
}

QByteArray profileMediaKey(const QString &profileDir, QString *error) {
    threadcheck::notOnGuiThread("downloadstore::profileMediaKey");
    const QString path = QDir(mediaDir(profileDir)).filePath(QStringLiteral("profile.key"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        const QByteArray key = file.readAll();
        if (key.size() != media::kSealedKeyBytes) {
            *error = QStringLiteral("%1 is damaged").arg(path);
            return {};
        }
        return key;
    }
    if (!ensureMediaDir(profileDir) || !makePrivateFile(path) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return {};
    }
    QByteArray key(media::kSealedKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / int(sizeof(quint32)));
    if (file.write(key) != key.size() || !file.flush()) {
        *error = file.errorString();
        file.remove();
        return {};
    }
    return key;
}

bool writeSealed(const QString &path, const QByteArray &key, const QByteArray &bytes,
                 QString *error) {
    threadcheck::notOnGuiThread("downloadstore::writeSealed");
    QFile::remove(path);
    media::SealedWriter w(path, key);
    return w.open(bytes.size(), error) && w.append(bytes, error) && w.finish(error);
}

bool sealedMatches(const QString &path, const QByteArray &key, const QString &sha256) {
    threadcheck::notOnGuiThread("downloadstore::sealedMatches");
    media::SealedReader check(path, key);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const bool readable = check.open(QIODevice::ReadOnly) && hash.addData(&check);
    check.close();
    return readable && QString::fromLatin1(hash.result().toHex()) == sha256;
}

QByteArray readSealed(const QString &path, const QByteArray &key) {
    threadcheck::notOnGuiThread("downloadstore::readSealed");
    media::SealedReader reader(path, key);
    return reader.open(QIODevice::ReadOnly) ? reader.readAll() : QByteArray();
}

} // namespace lyceum::downloadstore
