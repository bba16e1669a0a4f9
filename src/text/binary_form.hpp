#pragma once
// A compact binary form for data geokg writes and reads back itself (the compiled lexicon, a
// document's analysis record): numbers as variable-length integers (LEB128: seven bits a
// byte, small numbers in one; signed ones zigzag-coded, so -1 is one byte too), strings and
// lists with their length first. The reader never reads past the end: a short or damaged
// input sets bad().
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

class BinaryWriter {
public:
    void u8(std::uint8_t v) { bytes_ += static_cast<char>(v); }
    void u64(std::uint64_t v) {
        while (v >= 0x80) {
            u8(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        u8(static_cast<std::uint8_t>(v));
    }
    void u32(std::uint32_t v) { u64(v); }
    void i32(int v) {
        const auto u = static_cast<std::uint32_t>(v);
        u32((u << 1) ^ (v < 0 ? 0xFFFFFFFFU : 0U));
    }
    void flag(bool v) { u8(v ? 1 : 0); }
    void str(std::string_view s) {
        u32(static_cast<std::uint32_t>(s.size()));
        bytes_ += s;
    }
    void strs(const std::vector<std::string>& v) {
        u32(static_cast<std::uint32_t>(v.size()));
        for (const auto& s : v)
            str(s);
    }
    template <typename T, typename F> void list(const std::vector<T>& v, F each) {
        u32(static_cast<std::uint32_t>(v.size()));
        for (const auto& x : v)
            each(x);
    }
    template <typename E> void enumerator(E e) { u8(static_cast<std::uint8_t>(e)); }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

// Reads what BinaryWriter wrote; any read past the end, or a count larger than what is left,
// sets bad(), and every later read returns zeros.
class BinaryReader {
public:
    explicit BinaryReader(std::string_view bytes) : bytes_(bytes) {}
    bool bad() const { return bad_; }
    bool at_end() const { return pos_ == bytes_.size(); }
    // The bytes not read yet (all of them read by this call).
    std::string_view rest() {
        const std::string_view r = bytes_.substr(std::min(pos_, bytes_.size()));
        pos_ = bytes_.size();
        return r;
    }
    std::uint8_t u8() {
        if (pos_ >= bytes_.size()) {
            bad_ = true;
            return 0;
        }
        return static_cast<std::uint8_t>(bytes_[pos_++]);
    }
    std::uint64_t u64() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = u8();
            v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        bad_ = true; // more than ten bytes: no number this writer wrote
        return 0;
    }
    std::uint32_t u32() {
        const std::uint64_t v = u64();
        if (v > 0xFFFFFFFFU)
            bad_ = true;
        return static_cast<std::uint32_t>(v);
    }
    int i32() {
        const std::uint32_t u = u32();
        return static_cast<int>((u >> 1) ^ (0U - (u & 1U)));
    }
    bool flag() { return u8() != 0; }
    std::size_t count() {
        const std::uint64_t n = u64();
        if (n > bytes_.size() - std::min(pos_, bytes_.size())) {
            bad_ = true;
            return 0;
        }
        return n;
    }
    std::string str() {
        const std::size_t n = count();
        std::string s(bytes_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    std::vector<std::string> strs() {
        std::vector<std::string> v(count());
        for (auto& s : v)
            s = str();
        return v;
    }
    template <typename T, typename F> std::vector<T> list(F each) {
        std::vector<T> v(count());
        for (auto& x : v)
            each(x);
        return v;
    }
    // An enumerator of an enum with `count` enumerators; one out of range sets bad().
    template <typename E> E enumerator(std::size_t count) {
        const std::uint8_t v = u8();
        if (v >= count)
            bad_ = true;
        return static_cast<E>(v < count ? v : 0);
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
    bool bad_ = false;
};

} // namespace geokg
