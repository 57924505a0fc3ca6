// ApiClient::errorFromHttp (core/api/api_client.h): the error body of any HTTP status. The
// first two bytes give the status (big-endian, folded into 100..999), the rest is the body.
// Invariants: always an error with a sentence for the user, 401 is Unauthorized, the status
// is kept.

#include "api/api_client.h"
#include "fuzz_support.h"

using namespace lyceum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const int status = 100 + ((data[0] << 8) | data[1]) % 900;
    const ApiError e = ApiClient::errorFromHttp(status, fuzz::bytes(data + 2, size - 2));
    fuzz::check(e.isError(), "an HTTP error that is not an error");
    fuzz::check(e.httpStatus == status, "the HTTP status was lost");
    fuzz::check(!e.message.isEmpty(), "an error without a message");
    fuzz::check((status == 401) == (e.kind == ApiError::Kind::Unauthorized),
                "401 and Unauthorized disagree");
    return 0;
}
