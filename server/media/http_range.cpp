#include "server/media/http_range.h"

namespace lyceum::server {

namespace {
bool digitsOnly(const QByteArray &s) {
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

ByteRange parseRange(const QByteArray &header, qint64 size) {
    ByteRange whole{ByteRange::Whole, 0, size - 1};
    const QByteArray h = header.trimmed();
    if (h.isEmpty() || !h.startsWith("bytes="))
        return whole; // absent, or a unit we do not know: ignored (RFC 9110 §14.2)
    const QByteArray spec = h.mid(6).trimmed();
    if (spec.contains(','))
        return whole; // several ranges: the whole file instead of multipart
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArray a = spec.left(dash).trimmed(), b = spec.mid(dash + 1).trimmed();
    ByteRange r{ByteRange::Partial, 0, 0};
    if (a.isEmpty()) { // the last n bytes
        if (!digitsOnly(b))
            return whole;
        const qint64 n = b.toLongLong();
        if (n == 0 || size == 0)
            return {ByteRange::Unsatisfiable, 0, 0};
        r.first = std::max<qint64>(0, size - n);
        r.last = size - 1;
        return r;
    }
    if (!digitsOnly(a) || (!b.isEmpty() && !digitsOnly(b)))
        return whole;
    r.first = a.toLongLong();
    r.last = b.isEmpty() ? size - 1 : std::min(b.toLongLong(), size - 1);
    if (!b.isEmpty() && b.toLongLong() < r.first)
        return whole; // invalid: ignored
    if (r.first >= size)
        return {ByteRange::Unsatisfiable, 0, 0};
    return r;
}

bool ifRangeAllows(const QByteArray &ifRange, const QByteArray &etag) {
    const QByteArray v = ifRange.trimmed();
    return v.isEmpty() || (!v.startsWith("W/") && v == etag);
}

FileWindow::FileWindow(const QString &path, qint64 first, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_first(first)
    , m_length(length) {}

bool FileWindow::open(OpenMode mode) {
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly) ||
        m_file.size() < m_first + m_length)
        return false;
    m_at = 0;
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

bool FileWindow::seek(qint64 pos) {
    if (pos < 0 || pos > m_length || !QIODevice::seek(pos))
        return false;
    m_at = pos;
    return true;
}

void FileWindow::close() {
    m_file.close();
    QIODevice::close();
}

qint64 FileWindow::readData(char *data, qint64 maxSize) {
    const qint64 left = m_length - m_at;
    if (left <= 0)
        return 0; // the end of the window
    if (!m_file.seek(m_first + m_at))
        return -1;
    const qint64 n = m_file.read(data, std::min(maxSize, left));
    if (n > 0)
        m_at += n;
    return n;
}

} // namespace lyceum::server
