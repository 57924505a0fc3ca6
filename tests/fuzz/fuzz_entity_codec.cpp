// Each entity decoder of core/domain/codec.h. The first byte picks the entity (mod 7), the
// rest is the JSON text of its object. Invariants: a refusal names the problem; an accepted
// entity survives an encode/decode round trip unchanged.

#include "domain/codec.h"
#include "fuzz_support.h"

#include <QJsonDocument>

using namespace lyceum;

namespace {

template<typename T>
void roundTrip(const QJsonObject &o, std::optional<T> (*decode)(const QJsonObject &, QString *)) {
    QString error;
    const std::optional<T> value = decode(o, &error);
    if (!value) {
        fuzz::check(!error.isEmpty(), "a refused entity without an error message");
        return;
    }
    QString againError;
    const std::optional<T> again = decode(toJson(*value), &againError);
    fuzz::check(again.has_value(), "a decoded entity does not decode after encoding");
    fuzz::check(*again == *value, "an entity changed in an encode/decode round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data + 1, size - 1));
    const QJsonObject o = doc.object(); // not an object: the decoders see an empty one
    switch (data[0] % 7) {
    case 0:
        roundTrip<User>(o, &userFromJson);
        break;
    case 1:
        roundTrip<Space>(o, &spaceFromJson);
        break;
    case 2:
        roundTrip<Course>(o, &courseFromJson);
        break;
    case 3:
        roundTrip<Lesson>(o, &lessonFromJson);
        break;
    case 4:
        roundTrip<Thread>(o, &threadFromJson);
        break;
    case 5:
        roundTrip<Post>(o, &postFromJson);
        break;
    default:
        roundTrip<Reaction>(o, &reactionFromJson);
        break;
    }
    return 0;
}
