// RequestFraming (server/net/request_framing.h): the raw bytes of a connection, before the HTTP
// server parses them. The first byte chooses where the stream is cut in two; the rest is the
// stream. Invariants: the verdict and the number of complete requests do not depend on how the
// bytes arrive (whole, cut once, or one byte at a time), and a refusal is sticky.

#include "fuzz_support.h"
#include "server/net/request_framing.h"

using namespace lyceum::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray stream = lyceum::fuzz::bytes(data + 1, size - 1);
    const RequestFraming::Limits limits{512, 4096};
    RequestFraming whole(limits);
    const RequestFraming::Verdict verdict = whole.feed(stream);

    RequestFraming cut(limits);
    const qsizetype at = stream.isEmpty() ? 0 : qsizetype(data[0]) % stream.size();
    RequestFraming::Verdict cutVerdict = cut.feed(QByteArrayView(stream).first(at));
    if (cutVerdict == RequestFraming::Verdict::Fine)
        cutVerdict = cut.feed(QByteArrayView(stream).sliced(at));

    RequestFraming bytewise(limits);
    RequestFraming::Verdict byteVerdict = RequestFraming::Verdict::Fine;
    for (qsizetype i = 0; i < stream.size() && byteVerdict == RequestFraming::Verdict::Fine; ++i)
        byteVerdict = bytewise.feed(QByteArrayView(stream).sliced(i, 1));

    lyceum::fuzz::check(cutVerdict == verdict && byteVerdict == verdict,
                        "the verdict depends on how the bytes arrive");
    if (verdict == RequestFraming::Verdict::Fine)
        lyceum::fuzz::check(cut.completedRequests() == whole.completedRequests() &&
                                bytewise.completedRequests() == whole.completedRequests(),
                            "the request count depends on how the bytes arrive");
    else
        lyceum::fuzz::check(whole.feed("GET / HTTP/1.1\r\n\r\n") == verdict,
                            "a refusal was forgotten");
    return 0;
}
