// Where each HTTP/1.1 request on a connection begins and ends, read from the raw bytes before the
// HTTP server parses them, so that limits hold before anything large is buffered: a head (request
// line and headers) is at most maxHeadBytes, a body announced by Content-Length is refused as soon
// as the head ends, and a chunked body is counted while it arrives. Anything this parser does not
// understand exactly is refused (the connection is then closed), so it cannot lose track of where
// the next request starts. Pure: no sockets, no Qt event loop; the connection guard feeds it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lyceum::server {

class RequestFraming {
public:
    struct Limits {
        qsizetype maxHeadBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    enum class Verdict {
        Fine,         // keep reading
        BadRequest,   // 400: malformed framing (bad length, both length and chunked, …)
        HeadTooLarge, // 431: the head is over maxHeadBytes
        BodyTooLarge, // 413: announced or counted body over maxBodyBytes
    };

    enum class Phase {
        Idle,     // between requests (nothing of the next one seen yet)
        Head,     // reading a request line and headers
        Body,     // reading a body
        Upgraded, // a WebSocket upgrade: the bytes that follow are not HTTP requests
    };

    explicit RequestFraming(Limits limits)
        : m_limits(limits) {}

    // Feeds the next bytes of the stream. After a refusal, further calls return it again.
    Verdict feed(QByteArrayView bytes);

    Phase phase() const { return m_phase; }
    // Requests whose head and body have both been seen completely.
    qint64 completedRequests() const { return m_completed; }

private:
    enum class Body { None, Fixed, ChunkSize, ChunkData, ChunkDataEnd, LastChunkEnd };

    Verdict onHeadByte(char c);
    Verdict onHeadComplete();
    qsizetype feedBody(QByteArrayView bytes, Verdict *verdict);
    Verdict onChunkSizeLine();
    void startChunkSizeLine();
    void finishRequest();

    Limits m_limits;
    Phase m_phase = Phase::Idle;
    Verdict m_refusal = Verdict::Fine;
    QByteArray m_head; // the head so far (request line and headers)
    Body m_body = Body::None;
    qint64 m_remaining = 0; // bytes of the fixed body or the current chunk still to come
    qint64 m_bodyBytes = 0; // decoded body bytes of this request so far
    QByteArray m_line;      // a chunk-size line or the CRLF after a chunk
    qint64 m_completed = 0;
};

} // namespace lyceum::server
