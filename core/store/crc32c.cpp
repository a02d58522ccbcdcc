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

    // Arithmetic on polynomials over GF(2) modulo the CRC polynomial, in the reflected bit
    // order of the CRC register (bit 31 holds the coefficient of x^0, bit 0 that of x^31).
    // Feeding n zero bytes into the register multiplies it by x^(8n), which is what joining
    // two checksums or two interleaved streams needs.
    constexpr std::uint32_t multiplyModP(std::uint32_t a, std::uint32_t b)
    {
        std::uint32_t product = 0;
        for (int power = 0; power < 32; ++power) {
            if ((a & (0x80000000u >> power)) != 0)
                product ^= b;
            // b *= x; the x^32 term that falls off the end reduces to the polynomial.
            b = (b & 1u) != 0 ? (b >> 1) ^ kPolynomial : b >> 1;
        }
        return product;
    }

    // kSquares[k] = x^(2^k) mod P, so x^e is the product of the entries for the bits of e.
    using Squares = std::array<std::uint32_t, 64>;

    constexpr Squares makeSquares()
    {
        Squares s {};
        s[0] = 0x40000000u; // x^1
        for (std::size_t k = 1; k < s.size(); ++k)
            s[k] = multiplyModP(s[k - 1], s[k - 1]);
        return s;
    }

    constexpr Squares kSquares = makeSquares();

    // x^(8 * bytes) mod P: the factor by which `bytes` zero bytes multiply the register.
    constexpr std::uint32_t shiftFactor(std::uint64_t bytes)
    {
        std::uint32_t factor = 0x80000000u; // x^0
        // 8 * bytes == bytes << 3, so bit k of bytes selects x^(2^(k + 3)).
        for (std::size_t k = 3; bytes != 0; bytes >>= 1, ++k) {
            if ((bytes & 1u) != 0)
                factor = multiplyModP(kSquares[k], factor);
        }
        return factor;
    }

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
    // One crc32 instruction takes three cycles but a new one can start every cycle, so three
    // independent streams over neighbouring 8 KiB lanes run about three times as fast as one;
    // the lanes are then joined by shifting (Intel, "Fast CRC Computation for iSCSI Polynomial
    // Using CRC32 Instruction", 2011). 8 KiB lanes keep all three in the L1 and L2 caches.
    constexpr std::size_t kLane = 8192;
    constexpr std::uint32_t kLaneShift = shiftFactor(kLane);

    __attribute__((target("sse4.2"))) std::uint32_t
    hardwareUpdate(std::uint32_t crc, const unsigned char *p, std::size_t n)
    {
        std::uint64_t c = crc;
        while (n >= 3 * kLane) {
            std::uint64_t c1 = 0;
            std::uint64_t c2 = 0;
            for (std::size_t i = 0; i < kLane; i += 8) {
                std::uint64_t w0;
                std::uint64_t w1;
                std::uint64_t w2;
                std::memcpy(&w0, p + i, 8);
                std::memcpy(&w1, p + kLane + i, 8);
                std::memcpy(&w2, p + 2 * kLane + i, 8);
                c = _mm_crc32_u64(c, w0);
                c1 = _mm_crc32_u64(c1, w1);
                c2 = _mm_crc32_u64(c2, w2);
            }
            // Register after lane 0 then lane 1 = lane 1 from zero ^ lane 0 shifted past it.
            std::uint32_t joined = multiplyModP(kLaneShift, static_cast<std::uint32_t>(c))
                ^ static_cast<std::uint32_t>(c1);
            c = multiplyModP(kLaneShift, joined) ^ static_cast<std::uint32_t>(c2);
            p += 3 * kLane;
            n -= 3 * kLane;
        }
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

std::uint32_t crc32cCombine(std::uint32_t crcA, std::uint32_t crcB, std::uint64_t lengthB)
{
    // With r(s, d) the register after feeding d from state s, r is linear and
    // r(s, b) = r(0, b) ^ s * x^(8|b|); the initial and final inversions of crcA and crcB cancel
    // out, leaving crc(a + b) = crcB ^ crcA * x^(8|b|).
    return multiplyModP(shiftFactor(lengthB), crcA) ^ crcB;
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
