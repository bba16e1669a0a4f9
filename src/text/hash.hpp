#pragma once
// FNV-1a, 64 bits: a hash of bytes that is the same on every machine and in every run, for
// ids derived from content and fingerprints of files. Not for security.
#include <cstdint>
#include <string>
#include <string_view>

namespace geokg {

class Fnv1a64 {
public:
    void add(std::string_view bytes) {
        for (const char c : bytes)
            add_byte(static_cast<unsigned char>(c));
    }
    void add_byte(unsigned char byte) {
        value_ ^= byte;
        value_ *= 0x100000001b3ULL;
    }
    std::uint64_t value() const { return value_; }
    // 16 lower-case hex digits.
    std::string hex() const {
        static constexpr char digits[] = "0123456789abcdef";
        std::string out;
        for (int shift = 60; shift >= 0; shift -= 4)
            out += digits[(value_ >> shift) & 0xF];
        return out;
    }

private:
    std::uint64_t value_ = 0xcbf29ce484222325ULL;
};

} // namespace geokg
