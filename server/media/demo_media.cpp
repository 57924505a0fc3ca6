#include "server/media/demo_media.h"

#include "server/media/media_storage.h"
#include "server/storage/storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lyceum::server {

QString defaultDemoMediaDir() {
    QStringList candidates{qEnvironmentVariable("LYCEUM_DEMO_MEDIA")};
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral("../share/lyceum/demo-media"));
#ifdef LYCEUM_BUILD_DEMO_MEDIA
    candidates << QStringLiteral(LYCEUM_BUILD_DEMO_MEDIA);
#endif
    for (const QString &dir : std::as_const(candidates)) {
        if (!dir.isEmpty() &&
            QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))))
            return QDir(dir).canonicalPath();
    }
    return {};
}

int attachDemoMedia(Storage &storage, const QString &dir, qint64 nowMs, QString *error) {
    QFile manifest(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no demo media manifest in %1").arg(dir);
        return -1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifest.readAll(), &parseError);
    if (!doc.isObject()) {
        *error =
            QStringLiteral("the demo media manifest is not JSON: %1").arg(parseError.errorString());
        return -1;
    }
    int attached = 0;
    Transaction tx(storage);
    for (const QJsonValue &v : doc.object().value(QLatin1StringView("clips")).toArray()) {
        const QJsonObject clip = v.toObject();
        const QString file = clip.value(QLatin1StringView("file")).toString();
        const QString lessonId = clip.value(QLatin1StringView("lesson")).toString();
        const QString path = QDir(dir).filePath(file);
        QFile video(path);
        const std::optional<Lesson> lesson = storage.lessonById(lessonId);
        if (!lesson || !video.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&video);
        const QString stem = QFileInfo(file).completeBaseName();
        MediaAsset asset;
        asset.id = QStringLiteral("demo-") + stem;
        asset.path = path;
        asset.mime = QStringLiteral("video/mp4");
        asset.size = video.size();
        asset.sha256 = QString::fromLatin1(hash.result().toHex());
        asset.durationMs = qint64(clip.value(QLatin1StringView("seconds")).toInt()) * 1000;
        QJsonArray chapters;
        for (const QJsonValue &c : clip.value(QLatin1StringView("chapters")).toArray()) {
            const QJsonObject o = c.toObject();
            chapters.append(QJsonObject{
                {QStringLiteral("start_ms"), o.value(QLatin1StringView("start")).toInt() * 1000},
                {QStringLiteral("title"),
                 QJsonObject{{QStringLiteral("zh"), o.value(QLatin1StringView("zh"))},
                             {QStringLiteral("en"), o.value(QLatin1StringView("en"))}}}});
        }
        const QJsonArray captions{
            QJsonObject{
                {QStringLiteral("lang"), QStringLiteral("zh")},
                {QStringLiteral("label"), QStringLiteral("中文")},
                {QStringLiteral("path"), QDir(dir).filePath(stem + QStringLiteral(".zh.vtt"))}},
            QJsonObject{
                {QStringLiteral("lang"), QStringLiteral("en")},
                {QStringLiteral("label"), QStringLiteral("English")},
                {QStringLiteral("path"), QDir(dir).filePath(stem + QStringLiteral(".en.vtt"))}}};
        asset.chapters = QString::fromUtf8(QJsonDocument(chapters).toJson(QJsonDocument::Compact));
        asset.captions = QString::fromUtf8(QJsonDocument(captions).toJson(QJsonDocument::Compact));
        asset.createdAt = nowMs;
        storage.media()->putAsset(asset);
        storage.media()->setLessonVideo(lessonId, asset.id,
                                        clip.value(QLatin1StringView("seconds")).toInt(), nowMs);
        ++attached;
    }
    tx.commit();
    return attached;
}

} // namespace lyceum::server
