#include "media/range_answer.h"

#include <QList>

namespace lyceum::media {

namespace {

// "bytes FIRST-LAST/TOTAL" (TOTAL may be "*": -1); false when it is not that.
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *last, qint64 *total) {
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes "))
        return false;
    const qsizetype dash = v.indexOf('-');
    const qsizetype slash = v.indexOf('/');
    if (dash < 0 || slash < dash)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *first = v.mid(6, dash - 6).trimmed().toLongLong(&ok1);
    *last = v.mid(dash + 1, slash - dash - 1).trimmed().toLongLong(&ok2);
    const QByteArray t = v.mid(slash + 1).trimmed();
    bool ok3 = t == "*";
    *total = ok3 ? -1 : t.toLongLong(&ok3);
    return ok1 && ok2 && ok3 && *first >= 0 && *last >= *first;
}

} // namespace

QString checkVideoAnswer(int status, const QByteArray &contentRange, qint64 contentLength,
                         qint64 rangeStart, qint64 size) {
    if (status == 200) {
        if (rangeStart > 0)
            return QStringLiteral("the whole video was sent again, from byte %1 was asked")
                .arg(rangeStart);
        if (contentLength >= 0 && contentLength != size)
            return QStringLiteral("%1 bytes announced for a video of %2")
                .arg(contentLength)
                .arg(size);
        return QString();
    }
    if (status != 206)
        return QString();
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
    if (!parseContentRange(contentRange, &first, &last, &total))
        return QStringLiteral("a partial answer without a valid Content-Range (\"%1\")")
            .arg(QString::fromLatin1(contentRange.left(80)));
    if (first != rangeStart)
        return QStringLiteral("bytes from %1 were sent, from %2 was asked")
            .arg(first)
            .arg(rangeStart);
    if (total >= 0 && total != size)
        return QStringLiteral("a video of %1 bytes was answered, %2 was expected")
            .arg(total)
            .arg(size);
    if (last >= size)
        return QStringLiteral("bytes up to %1 were sent for a video of %2").arg(last).arg(size);
    if (contentLength >= 0 && contentLength != last - first + 1)
        return QStringLiteral("%1 bytes announced for a range of %2")
            .arg(contentLength)
            .arg(last - first + 1);
    return QString();
}

} // namespace lyceum::media
