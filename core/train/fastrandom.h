#pragma once

#include <array>
#include <cstdint>

namespace ewb::core {

/// xoshiro256** (Blackman and Vigna 2018): a small, fast generator with 256 bits of state and
/// good statistical quality, seeded through splitmix64. Deterministic for a given seed on every
/// platform. Not thread-safe: one generator per thread.
class FastRandom
{
public:
    explicit FastRandom(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    /// Uniform 64-bit value.
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform 32-bit value (the high, best bits).
    std::uint32_t next32() { return static_cast<std::uint32_t>(next() >> 32); }

    /// Uniform in 0..n-1 for n >= 1 (multiply-shift; bias below 2^-32 * n).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>((static_cast<std::uint64_t>(next32()) * n) >> 32);
    }

    /// Uniform float in [lo, hi).
    float uniform(float lo, float hi)
    {
        // 24 random bits fill a float's mantissa exactly.
        const float unit = static_cast<float>(next() >> 40) * 0x1p-24f;
        return lo + (hi - lo) * unit;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<std::uint64_t, 4> m_state {};
};

} // namespace ewb::core
