#pragma once

#include <cstddef>
#include <span>

namespace ewb::core {

/// True when none of the float32 values in `values` (host byte order, size a multiple of 4) is
/// NaN or infinite. Plain integer code on 64-bit words (two values at a time), several GB/s at
/// any optimisation level; used on every value the store reads or writes (RELIABILITY R5).
/// Thread-safe (no state).
bool allFinite(std::span<const std::byte> values);

/// Index of the first NaN or infinite float32 in `values`, or values.size() / 4 when there is
/// none. Slower than allFinite(); meant for naming the place once a check has failed.
std::size_t firstNonFinite(std::span<const std::byte> values);

} // namespace ewb::core
