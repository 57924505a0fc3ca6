// Whether a file is a video the server can serve, by ffprobe (Debian's ffmpeg): an MP4 or WebM
// container with a video stream and a duration. Runs ffprobe synchronously (tens of ms).
#pragma once

#include <QString>
#include <optional>

namespace lyceum::server {

struct ProbedMedia {
    QString mime; // video/mp4 or video/webm
    qint64 durationMs = 0;
    bool hasAudio = false;
};

// nullopt with *error (a sentence for the uploader) when it is not servable media or ffprobe is
// missing.
std::optional<ProbedMedia> probeMedia(const QString &path, QString *error);

} // namespace lyceum::server
