// What the client accepts from a server, per kind of request, in one place (docs/security.md,
// "The client against a hostile server"). A server that is broken or hostile must not be able
// to hold a request open forever, fill the client's memory or disk, or keep a sync running
// without end: every request has a total deadline (not only an inactivity timeout, which a body
// dripping one byte at a time never trips) and a cap on the answer's size, checked against
// Content-Length as soon as the headers arrive and against the bytes received as they arrive.
#pragma once

#include <QtGlobal>

namespace lyceum {

enum class RequestKind {
    Call,     // login, refresh, /me, mutations, commerce: small JSON both ways
    SyncPage, // GET /sync: up to the asked `limit` of changes
    Bytes,    // GET of a file through the API (community spam model, a studio image)
    Upload,   // PUT of a chunk of bytes (video upload chunks of 1 MiB, images)
};

struct RequestLimits {
    int deadlineMs = 0;   // the whole request, from sending to the last byte
    qint64 maxAnswer = 0; // bytes of the answer's body
};

namespace limits {

// Calls answer a few KiB; 4 MiB leaves room for the largest (a course with its lessons, a
// moderation queue) many times over. 30 s is what the app has always waited for an answer.
inline constexpr RequestLimits kCall{30 * 1000, 4LL * 1024 * 1024};
// A page is at most 5,000 changes; a post is at most 20,000 characters (60 KB as UTF-8), but
// pages are mostly small rows. A page over 16 MiB is asked again with a tenth of the limit (down
// to one change), so rows of any legitimate size still arrive and only a single change over
// 16 MiB is refused for good; the cap also bounds what decoding one page costs (a page is
// parsed whole). 120 s is 16 MiB at ~1.1 Mbit/s.
inline constexpr RequestLimits kSyncPage{120 * 1000, 16LL * 1024 * 1024};
// Images are at most 1 MiB (the server's body limit); the spam model is two tables of 2^20
// 32-bit counters, compressed: at most a little over 8 MiB.
inline constexpr RequestLimits kBytes{60 * 1000, 16LL * 1024 * 1024};
// An upload chunk is 1 MiB up: 120 s is ~70 kbit/s. The answer is a small JSON object.
inline constexpr RequestLimits kUpload{120 * 1000, 1LL * 1024 * 1024};

// A page never holds more changes than asked; the sync asks again with this divisor when a page
// is over its size cap.
inline constexpr int kSyncShrinkDivisor = 10;

// Lesson video downloads run as long as the video needs, but each sealed chunk (256 KiB) must
// arrive within 60 s (~35 kbit/s), so a server dripping bytes is dropped; the bytes and the
// range answered are checked against what /media/url said (size) and what was asked (Range).
inline constexpr int kMediaChunkDeadlineMs = 60 * 1000;
// Caption files (WebVTT): a two-hour lesson's captions are ~200 KB.
inline constexpr RequestLimits kCaptions{30 * 1000, 2LL * 1024 * 1024};

// The live channel's messages are notices with small inline changes (the protocol inlines at
// most 20 changes and 32 KiB); 1 MiB leaves room and bounds what one message may cost.
inline constexpr qint64 kLiveMessageBytes = 1024 * 1024;
// Inline changes past this count are not applied (the client pulls instead).
inline constexpr int kLiveInlineChanges = 100;

} // namespace limits

inline RequestLimits defaultLimits(RequestKind kind) {
    switch (kind) {
    case RequestKind::Call:
        return limits::kCall;
    case RequestKind::SyncPage:
        return limits::kSyncPage;
    case RequestKind::Bytes:
        return limits::kBytes;
    case RequestKind::Upload:
        return limits::kUpload;
    }
    return limits::kCall;
}

} // namespace lyceum
