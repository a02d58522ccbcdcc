#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace ewb::core {

/// A compact copy of a unit-normalised matrix for screening exact neighbour searches: each row
/// u is stored as int8 codes q with one float scale s (s = max|u_i| / 127, u ~ s * q), rows
/// padded with zero codes to a multiple of 16 so the kernel needs no scalar tail: a quarter of
/// the float matrix plus at most 19 bytes a row (25.7 % of it at dim 300). A search scans these
/// codes first (4x less memory traffic) and rescores in float only the rows whose score could still
/// reach the top k.
///
/// What makes that exact is a proven bound. For a unit query x quantised to int16 codes y with
/// step t (x = t * y + f), and a row's exact float score S (DotKernels::dot of u and x):
///     |S - s * t * D| <= s * slope + offset,   D = q . y (exact integer),
/// where slope = 127 * |f|_1 + rho * |x|_1 covers the rounding of both vectors (rho is the
/// largest |u_i - s q_i| / s measured over the whole matrix, 0.5 up to float rounding) and
/// offset = gamma(dim + 2) * max|u| * |x|_2 covers the float rounding of S itself (Higham's
/// bound for a dot product summed in any order), plus a margin for the double arithmetic of the
/// bound. Immutable once built; every member is const and thread-safe.
class ScreeningMatrix
{
public:
    /// Quantises every row of `unit` using up to `threads` threads. Fails with OutOfMemory when
    /// the codes cannot be allocated and with InvalidArgument when the dimension is so large
    /// (over 66,000) that integer dot products could overflow.
    static Result<std::shared_ptr<const ScreeningMatrix>> build(const Matrix &unit,
                                                                std::size_t threads);

    /// One query prepared for screening: its int16 codes and the constants of the bound above.
    struct Query
    {
        std::vector<std::int16_t> codes;
        double step = 0.0; ///< t
        double slope = 0.0; ///< multiplies a row's scale
        double offset = 0.0; ///< added to every row's bound
    };

    /// Quantises a query vector of dimension dim() (finite, not all zero; normally unit length);
    /// its codes have stride() entries, the padding zero.
    Query prepare(std::span<const float> query) const;

    std::size_t rows() const { return m_rows; }
    std::size_t dim() const { return m_dim; }
    /// Codes per row: dim() rounded up to a multiple of 16, the padding all zeros.
    std::size_t stride() const { return m_stride; }
    /// The int8 codes, row-major: row r starts at codes() + r * stride().
    const std::int8_t *codes() const { return m_codes.get(); }
    /// The scale of each row; 0 for all-zero rows.
    const std::vector<float> &scales() const { return m_scales; }
    /// rho of the bound: the largest per-component rounding error over all rows, in scale units.
    double errorRatio() const { return m_errorRatio; }
    /// Bytes held by the codes and scales.
    std::size_t memoryBytes() const { return m_rows * (m_stride + sizeof(float)); }

private:
    ScreeningMatrix() = default;

    std::size_t m_rows = 0;
    std::size_t m_dim = 0;
    std::size_t m_stride = 0;
    std::unique_ptr<std::int8_t[]> m_codes;
    std::vector<float> m_scales;
    double m_errorRatio = 0.0;
    double m_maxRowNorm = 0.0;
    std::int32_t m_queryLimit = 0;
};

} // namespace ewb::core
