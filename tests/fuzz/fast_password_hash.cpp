// Only in the server fuzz targets: libsodium's argon2id password hashing replaced by a cheap
// keyed hash, so a register or login costs microseconds instead of ~50 ms and the fuzzer
// explores the request handling around it. The linker takes these definitions from this
// object file before libsodium's, for the calls in server/auth/credentials.cpp. The hashing
// itself is libsodium's business and not what these targets test.

#include <cstring>
#include <sodium.h>

namespace {
constexpr char kPrefix[] = "$fuzz$";

void fakeHash(char out[crypto_pwhash_STRBYTES], const char *passwd, unsigned long long passwdlen) {
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(passwd),
                       passwdlen, nullptr, 0);
    std::memset(out, 0, crypto_pwhash_STRBYTES);
    std::memcpy(out, kPrefix, sizeof kPrefix - 1);
    sodium_bin2hex(out + sizeof kPrefix - 1, crypto_pwhash_STRBYTES - (sizeof kPrefix - 1), digest,
                   sizeof digest);
}
} // namespace

extern "C" int crypto_pwhash_str(char out[crypto_pwhash_STRBYTES], const char *const passwd,
                                 unsigned long long passwdlen, unsigned long long, size_t) {
    fakeHash(out, passwd, passwdlen);
    return 0;
}

extern "C" int crypto_pwhash_str_verify(const char *str, const char *const passwd,
                                        unsigned long long passwdlen) {
    char expected[crypto_pwhash_STRBYTES];
    fakeHash(expected, passwd, passwdlen);
    return std::strncmp(str, expected, crypto_pwhash_STRBYTES) == 0 ? 0 : -1;
}
