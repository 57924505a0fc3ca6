// The client's decoder of GET /sync pages (core/sync/sync_page.h), fed raw response bodies.
// Invariants: a decoded page only holds changes of known entities, upserts carry data that
// encodes and decodes back to itself, and decoding is deterministic.

#include "domain/codec.h"
#include "domain/reviews.h"
#include "fuzz_support.h"
#include "sync/sync_page.h"

#include <type_traits>
#include <variant>

using namespace lyceum;

namespace {

template<typename T> std::optional<T> decodeAs(const QJsonObject &o);
template<> std::optional<User> decodeAs(const QJsonObject &o) {
    return userFromJson(o);
}
template<> std::optional<Space> decodeAs(const QJsonObject &o) {
    return spaceFromJson(o);
}
template<> std::optional<Course> decodeAs(const QJsonObject &o) {
    return courseFromJson(o);
}
template<> std::optional<Lesson> decodeAs(const QJsonObject &o) {
    return lessonFromJson(o);
}
template<> std::optional<Thread> decodeAs(const QJsonObject &o) {
    return threadFromJson(o);
}
template<> std::optional<Post> decodeAs(const QJsonObject &o) {
    return postFromJson(o);
}
template<> std::optional<Reaction> decodeAs(const QJsonObject &o) {
    return reactionFromJson(o);
}
template<> std::optional<Review> decodeAs(const QJsonObject &o) {
    return reviewFromJson(o);
}

struct RoundTrip {
    template<typename T> void operator()(const T &value) const {
        if constexpr (std::is_same_v<T, std::monostate>) {
            fuzz::invariantFailed("an upsert without data");
        } else {
            const std::optional<T> again = decodeAs<T>(toJson(value));
            fuzz::check(again.has_value(), "a decoded entity does not decode after encoding");
            fuzz::check(*again == value, "an entity changed in an encode/decode round trip");
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body = fuzz::bytes(data, size);
    QString error;
    const std::optional<SyncPage> page = decodeSyncPage(body, &error);
    if (!page) {
        fuzz::check(!error.isEmpty(), "a refused page without an error message");
        return 0;
    }
    QString again;
    fuzz::check(decodeSyncPage(body, &again).has_value(), "decoding is not deterministic");
    for (const EntityChange &change : page->changes) {
        if (!change.remove)
            std::visit(RoundTrip{}, change.data);
    }
    return 0;
}
