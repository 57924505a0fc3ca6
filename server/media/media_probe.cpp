#include "server/media/media_probe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace lyceum::server {

std::optional<ProbedMedia> probeMedia(const QString &path, QString *error) {
    const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
    if (ffprobe.isEmpty()) {
        *error = QStringLiteral("the server cannot check videos: ffprobe (Debian package ffmpeg) "
                                "is not installed");
        return std::nullopt;
    }
    QProcess p;
    p.start(ffprobe,
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
             QStringLiteral("format=format_name,duration:stream=codec_type,codec_name"),
             QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        *error = QStringLiteral("the video could not be checked in time");
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject format = o.value(QLatin1StringView("format")).toObject();
    const QString formatName = format.value(QLatin1StringView("format_name")).toString();
    bool video = false, audio = false;
    for (const QJsonValue &s : o.value(QLatin1StringView("streams")).toArray()) {
        const QString type = s.toObject().value(QLatin1StringView("codec_type")).toString();
        video = video || type == QLatin1String("video");
        audio = audio || type == QLatin1String("audio");
    }
    ProbedMedia out;
    out.hasAudio = audio;
    out.durationMs =
        qint64(format.value(QLatin1StringView("duration")).toString().toDouble() * 1000.0);
    if (p.exitCode() != 0 || formatName.isEmpty()) {
        *error = QStringLiteral("this file is not a video the server can read");
        return std::nullopt;
    }
    if (formatName.contains(QLatin1String("mp4")))
        out.mime = QStringLiteral("video/mp4");
    else if (formatName.contains(QLatin1String("webm")))
        out.mime = QStringLiteral("video/webm");
    else {
        *error =
            QStringLiteral("only MP4 and WebM videos can be served (this is %1)").arg(formatName);
        return std::nullopt;
    }
    if (!video || out.durationMs <= 0) {
        *error = QStringLiteral("the file has no video picture or no duration");
        return std::nullopt;
    }
    return out;
}

} // namespace lyceum::server
