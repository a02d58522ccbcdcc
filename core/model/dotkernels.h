#pragma once

#include <cstddef>
#include <cstdint>

namespace ewb::core {

/// The inner loops of every neighbour search: dot products of one query with many rows of a
/// row-major matrix. On x86-64 with GCC each kernel exists twice, for the baseline instruction
/// set and for AVX2, and the loader picks the one the CPU supports.
///
/// The float kernel is the one definition of a cosine score in this library: exact search,
/// screened search and the hnswlib index all call it, so one (row, query) pair always yields the
/// same float whichever path computed it. Its summation order is fixed (16 interleaved partial
/// sums, then a tail) and its file is compiled without floating-point contraction, so a result
/// does not depend on inlining or on how many rows one call covers. Stateless; thread-safe.
class DotKernels
{
public:
    /// Dot product of two float vectors of length n (n >= 0).
    static float dot(const float *a, const float *b, std::size_t n);

    /// out[r] = dot(rows + r * dim, query, dim) for r in [0, count), bit-identical to dot().
    static void dotRows(const float *rows, std::size_t count, std::size_t dim, const float *query,
                        float *out);

    /// out[r] = exact integer dot product of the int8 row r (rows + r * dim) with the int16
    /// query, for r in [0, count). The caller guarantees 127 * max|query| * dim < 2^31, so no
    /// partial sum overflows.
    static void dotRows(const std::int8_t *rows, std::size_t count, std::size_t dim,
                        const std::int16_t *query, std::int32_t *out);
};

} // namespace ewb::core
