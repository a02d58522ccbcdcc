#include "core/store/crc32c.h"

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <nmmintrin.h>
#define EWB_HAVE_CRC32C_X86 1
#endif

namespace ewb::core {

namespace {

    // Reversed form of the Castagnoli polynomial 0x1EDC6F41.
    constexpr std::uint32_t kPolynomial = 0x82F63B78u;

    // Slicing-by-8 tables (Kounavis and Berry, "A Systematic Approach to Building High Performance
    // Software-Based CRC Generators", 2005): table[k][b] is the CRC of byte b followed by k zero
    // bytes, so eight input bytes are folded with eight independent look-ups.
    using Tables = std::array<std::array<std::uint32_t, 256>, 8>;

    constexpr Tables makeTables()
    {
        Tables t {};
        for (std::uint32_t b = 0; b < 256; ++b) {
            std::uint32_t crc = b;
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc & 1u) ? (crc >> 1) ^ kPolynomial : crc >> 1;
            t[0][b] = crc;
        }
        for (std::size_t k = 1; k < 8; ++k) {
            for (std::size_t b = 0; b < 256; ++b)
                t[k][b] = (t[k - 1][b] >> 8) ^ t[0][t[k - 1][b] & 0xFFu];
        }
        return t;
    }

    constexpr Tables kTables = makeTables();

    std::uint32_t portableUpdate(std::uint32_t crc, const unsigned char *p, std::size_t n)
    {
        while (n >= 8) {
            std::uint32_t lo = 0;
            std::uint32_t hi = 0;
            // Assemble little-endian words byte by byte so the result does not depend on the host.
            for (int i = 0; i < 4; ++i) {
                lo |= static_cast<std::uint32_t>(p[i]) << (8 * i);
                hi |= static_cast<std::uint32_t>(p[4 + i]) << (8 * i);
            }
            lo ^= crc;
            crc = kTables[7][lo & 0xFFu] ^ kTables[6][(lo >> 8) & 0xFFu]
                ^ kTables[5][(lo >> 16) & 0xFFu] ^ kTables[4][lo >> 24] ^ kTables[3][hi & 0xFFu]
                ^ kTables[2][(hi >> 8) & 0xFFu] ^ kTables[1][(hi >> 16) & 0xFFu]
                ^ kTables[0][hi >> 24];
            p += 8;
            n -= 8;
        }
        while (n-- > 0)
            crc = (crc >> 8) ^ kTables[0][(crc ^ *p++) & 0xFFu];
        return crc;
    }

#ifdef EWB_HAVE_CRC32C_X86
    __attribute__((target("sse4.2"))) std::uint32_t
    hardwareUpdate(std::uint32_t crc, const unsigned char *p, std::size_t n)
    {
        std::uint64_t c = crc;
        while (n >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            c = _mm_crc32_u64(c, word);
            p += 8;
            n -= 8;
        }
        auto c32 = static_cast<std::uint32_t>(c);
        while (n-- > 0)
            c32 = _mm_crc32_u8(c32, *p++);
        return c32;
    }

    bool cpuHasSse42()
    {
        // Evaluated once; __builtin_cpu_supports reads CPUID data that never changes at runtime.
        static const bool has = __builtin_cpu_supports("sse4.2");
        return has;
    }
#endif

} // namespace

std::uint32_t crc32cPortable(std::span<const std::byte> data, std::uint32_t previous)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    return ~portableUpdate(~previous, p, data.size());
}

std::uint32_t crc32c(std::span<const std::byte> data, std::uint32_t previous)
{
#ifdef EWB_HAVE_CRC32C_X86
    // The crc32 instruction consumes little-endian words, which is what x86-64 loads give.
    if (cpuHasSse42()) {
        const auto *p = reinterpret_cast<const unsigned char *>(data.data());
        return ~hardwareUpdate(~previous, p, data.size());
    }
#endif
    return crc32cPortable(data, previous);
}

} // namespace ewb::core
