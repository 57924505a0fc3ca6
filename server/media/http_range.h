// HTTP byte ranges for media (RFC 9110 §14): the Range header ("bytes=a-b", "bytes=a-",
// "bytes=-n"; a list of several is answered with the whole file, which the RFC allows), If-Range
// against the strong ETag, and a read-only device over a window of a file so the response is
// streamed from disk in chunks by QHttpServerResponder, never held whole in memory.
#pragma once

#include <QFile>
#include <QIODevice>

namespace lyceum::server {

struct ByteRange {
    enum Kind { Whole, Partial, Unsatisfiable } kind = Whole;
    qint64 first = 0; // inclusive
    qint64 last = 0;  // inclusive
    qint64 length() const { return last - first + 1; }
};

// header: the Range value ("" when absent); size: the file's size.
ByteRange parseRange(const QByteArray &header, qint64 size);
// Whether a Range may be honoured: no If-Range, or one equal to the current ETag.
bool ifRangeAllows(const QByteArray &ifRange, const QByteArray &etag);

// Reads [first, first + length) of a file as a device of that length.
class FileWindow : public QIODevice {
    Q_OBJECT
public:
    FileWindow(const QString &path, qint64 first, qint64 length, QObject *parent = nullptr);
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_first;
    qint64 m_length;
    qint64 m_at = 0; // where the next readData reads, within the window
};

} // namespace lyceum::server
