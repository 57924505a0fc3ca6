// Whether a video download's answer is the part that was asked for. The size comes from
// /media/url and the range from the request; what the server answers (status, Content-Range,
// Content-Length) is checked against both before a byte is written, so a lying or broken server
// cannot make the client write past the video's end or splice the wrong bytes in.
#pragma once

#include <QByteArray>
#include <QString>

namespace lyceum::media {

// status: the HTTP status (200 or 206; others are error answers, not checked here);
// contentRange: the header's value (empty when absent); contentLength: -1 when absent;
// rangeStart: the first byte asked for (0: the whole video); size: the video's size.
// Empty when the answer fits; otherwise what is wrong, in English (for logs and the error).
QString checkVideoAnswer(int status, const QByteArray &contentRange, qint64 contentLength,
                         qint64 rangeStart, qint64 size);

} // namespace lyceum::media
