// Content hashes of documents, with the SHA-256 that ships inside GDAL (no extra library).
#include <cstddef>
#include <string>
#include <string_view>

#include "geo/event_store.hpp"

// Debian's libgdal-dev does not install cpl_sha256.h, but libgdal exports the function with C
// linkage; this is its declaration from that header.
extern "C" void CPL_SHA256(const void* datastart, std::size_t length, unsigned char digest[32]);

namespace frontmap::geo {

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[32];
    CPL_SHA256(bytes.data(), bytes.size(), digest);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

}  // namespace frontmap::geo
