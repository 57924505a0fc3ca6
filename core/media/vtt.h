// WebVTT captions (the subset lessons use): the WEBVTT header, cues with optional identifiers,
// "hh:mm:ss.mmm --> hh:mm:ss.mmm" or "mm:ss.mmm" times with optional cue settings, multi-line
// text; NOTE, STYLE and REGION blocks are skipped; tags like <b> or <c.x> are removed from the
// text and the usual entities decoded. Bad cues are skipped, a file without the header refused.
#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace lyceum::media {

struct Cue {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; // lines joined by '\n'
};

struct Captions {
    QVector<Cue> cues; // by start time
    // The text shown at positionMs (cues overlapping it, joined), or empty.
    QString textAt(qint64 positionMs) const;
};

// nullopt with *error when the bytes are not WebVTT.
std::optional<Captions> parseVtt(const QByteArray &bytes, QString *error);
// "00:01:02.500" -> 62500; nullopt for anything else.
std::optional<qint64> parseVttTime(QStringView text);

} // namespace lyceum::media
