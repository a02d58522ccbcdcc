#pragma once

#include <cstdint>

namespace ewb::core {

/// splitmix64 (Steele, Lea and Flood 2014) as a tiny generator: seeding costs nothing, so UMAP
/// can derive an independent stream for every (seed, epoch, point) and stay deterministic
/// whatever thread handles the point. Not thread-safe: one object per stream.
class LayoutRandom
{
public:
    /// A stream for the given key words; different keys give unrelated streams.
    explicit LayoutRandom(std::uint64_t seed, std::uint64_t first = 0, std::uint64_t second = 0)
        : m_state(mix(mix(seed ^ 0x243f6a8885a308d3ULL) ^ first) ^ (second * 0x9e3779b97f4a7c15ULL))
    { }

    /// Uniform 64-bit value.
    std::uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    /// Uniform in 0 .. n - 1 for 1 <= n < 2^32 (multiply-shift on the high 32 bits).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1p-53; }

private:
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state;
};

} // namespace ewb::core
