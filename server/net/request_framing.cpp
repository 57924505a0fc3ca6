#include "server/net/request_framing.h"

#include <QList>

namespace lyceum::server {

namespace {

constexpr qsizetype kMaxChunkLineBytes = 1024;

bool isLeadingSpace(char c) {
    // What QHttpServer 6.4 skips before a request line.
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

// A non-negative decimal of at most 18 digits, or -1.
qint64 parseLength(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A hexadecimal chunk size of at most 15 digits, or -1.
qint64 parseChunkSize(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

struct HeadFields {
    QList<QByteArray> contentLength;
    QList<QByteArray> transferEncoding;
    QList<QByteArray> connection;
    QList<QByteArray> upgrade;
};

HeadFields readFields(const QByteArray &head) {
    HeadFields fields;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            fields.contentLength.append(value);
        else if (name == "transfer-encoding")
            fields.transferEncoding.append(value.toLower());
        else if (name == "connection")
            fields.connection.append(value.toLower());
        else if (name == "upgrade")
            fields.upgrade.append(value.toLower());
    }
    return fields;
}

} // namespace

RequestFraming::Verdict RequestFraming::feed(QByteArrayView bytes) {
    qsizetype i = 0;
    while (m_refusal == Verdict::Fine && i < bytes.size()) {
        switch (m_phase) {
        case Phase::Idle:
            if (isLeadingSpace(bytes[i])) {
                ++i;
                break;
            }
            m_phase = Phase::Head;
            m_head.clear();
            [[fallthrough]];
        case Phase::Head:
            m_refusal = onHeadByte(bytes[i]);
            ++i;
            break;
        case Phase::Body:
            i += feedBody(bytes.sliced(i), &m_refusal);
            break;
        case Phase::Upgraded:
            // Only reached if the server did not take the upgrade: then it is closing the
            // connection, and whatever still comes is bounded like a body.
            m_bodyBytes += bytes.size() - i;
            if (m_bodyBytes > m_limits.maxBodyBytes)
                m_refusal = Verdict::BodyTooLarge;
            i = bytes.size();
            break;
        }
    }
    return m_refusal;
}

RequestFraming::Verdict RequestFraming::onHeadByte(char c) {
    if (m_head.size() >= m_limits.maxHeadBytes)
        return Verdict::HeadTooLarge;
    m_head.append(c);
    // The ends QHttpServer 6.4 accepts: CRLF CRLF, CRLF LF, LF CRLF, LF LF.
    if (c == '\n' && (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n")))
        return onHeadComplete();
    return Verdict::Fine;
}

RequestFraming::Verdict RequestFraming::onHeadComplete() {
    const HeadFields fields = readFields(m_head);
    m_head.clear();
    m_bodyBytes = 0;
    // One reading of each framing header, or the request is refused: two servers (or this
    // parser and QHttpServer) must never disagree on where a body ends.
    if (fields.contentLength.size() > 1 || fields.transferEncoding.size() > 1 ||
        fields.connection.size() > 1 || fields.upgrade.size() > 1)
        return Verdict::BadRequest;
    const bool chunked = !fields.transferEncoding.isEmpty();
    if (chunked && fields.transferEncoding.first() != "chunked")
        return Verdict::BadRequest;
    qint64 length = 0;
    if (!fields.contentLength.isEmpty()) {
        length = parseLength(fields.contentLength.first());
        if (length < 0 || chunked)
            return Verdict::BadRequest;
        if (length > m_limits.maxBodyBytes)
            return Verdict::BodyTooLarge;
    }
    const bool upgrade = !fields.connection.isEmpty() && !fields.upgrade.isEmpty() &&
                         fields.connection.first().contains("upgrade") &&
                         fields.upgrade.first() == "websocket";
    if (upgrade) {
        if (chunked || length > 0)
            return Verdict::BadRequest;
        m_phase = Phase::Upgraded;
        ++m_completed;
        return Verdict::Fine;
    }
    if (chunked) {
        m_phase = Phase::Body;
        startChunkSizeLine();
    } else if (length > 0) {
        m_phase = Phase::Body;
        m_body = Body::Fixed;
        m_remaining = length;
    } else {
        finishRequest();
    }
    return Verdict::Fine;
}

qsizetype RequestFraming::feedBody(QByteArrayView bytes, Verdict *verdict) {
    switch (m_body) {
    case Body::Fixed:
    case Body::ChunkData: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, bytes.size()));
        m_remaining -= take;
        if (m_remaining == 0) {
            if (m_body == Body::Fixed) {
                finishRequest();
            } else {
                m_body = Body::ChunkDataEnd;
                m_line.clear();
            }
        }
        return take;
    }
    case Body::ChunkSize:
    case Body::ChunkDataEnd:
    case Body::LastChunkEnd: {
        const char c = bytes[0];
        m_line.append(c);
        if (m_body == Body::ChunkSize) {
            if (m_line.size() > kMaxChunkLineBytes)
                *verdict = Verdict::BadRequest;
            else if (c == '\n')
                *verdict = onChunkSizeLine();
        } else if (m_line.size() == 2) {
            // The CRLF after a chunk's data, or the empty line after the last chunk (trailer
            // fields are not supported by QHttpServer 6.4, so they are refused here).
            if (m_line != "\r\n")
                *verdict = Verdict::BadRequest;
            else if (m_body == Body::LastChunkEnd)
                finishRequest();
            else
                startChunkSizeLine();
        }
        return 1;
    }
    case Body::None:
        break;
    }
    *verdict = Verdict::BadRequest;
    return bytes.size();
}

RequestFraming::Verdict RequestFraming::onChunkSizeLine() {
    if (!m_line.endsWith("\r\n"))
        return Verdict::BadRequest;
    QByteArray sizeText = m_line.chopped(2);
    const qsizetype extension = sizeText.indexOf(';');
    if (extension >= 0)
        sizeText.truncate(extension);
    const qint64 size = parseChunkSize(sizeText.trimmed());
    m_line.clear();
    if (size < 0)
        return Verdict::BadRequest;
    if (m_bodyBytes + size > m_limits.maxBodyBytes)
        return Verdict::BodyTooLarge;
    m_bodyBytes += size;
    if (size == 0) {
        m_body = Body::LastChunkEnd;
    } else {
        m_body = Body::ChunkData;
        m_remaining = size;
    }
    return Verdict::Fine;
}

void RequestFraming::startChunkSizeLine() {
    m_body = Body::ChunkSize;
    m_line.clear();
}

void RequestFraming::finishRequest() {
    m_phase = Phase::Idle;
    m_body = Body::None;
    m_remaining = 0;
    m_line.clear();
    ++m_completed;
}

} // namespace lyceum::server
