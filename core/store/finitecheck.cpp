#include "core/store/finitecheck.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace ewb::core {

bool allFinite(std::span<const std::byte> values)
{
    // A float is NaN or infinite exactly when its 8 exponent bits are all ones; masking the
    // exponent and adding one to it then carries into the sign bit. Two values share a 64-bit
    // word: the low value's carry lands in bit 31 and never reaches the high value.
    constexpr std::uint64_t exponents = 0x7F8000007F800000ull;
    constexpr std::uint64_t one = 0x0080000000800000ull;
    constexpr std::uint64_t carries = 0x8000000080000000ull;
    const std::byte *p = values.data();
    const std::size_t bytes = values.size();
    std::uint64_t any = 0;
    std::size_t i = 0;
    for (; i + 8 <= bytes; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        any |= (word & exponents) + one;
    }
    if (i + 4 <= bytes) {
        std::uint32_t last;
        std::memcpy(&last, p + i, 4);
        any |= (last & 0x7F800000u) + 0x00800000u;
    }
    return (any & carries) == 0;
}

std::size_t firstNonFinite(std::span<const std::byte> values)
{
    std::size_t k = 0;
    for (; k < values.size() / 4; ++k) {
        float value;
        std::memcpy(&value, values.data() + 4 * k, 4);
        if (!std::isfinite(value))
            break;
    }
    return k;
}

} // namespace ewb::core
