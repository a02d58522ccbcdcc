#include "core/model/screeningmatrix.h"

#include "core/model/parallelparts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>

namespace ewb::core {

namespace {

    // Rows quantised per thread before a second thread pays off.
    constexpr std::size_t rowsPerPart = 16'384;

    // Largest query code such that |q . y| <= 127 * limit * dim stays below 2^31 for any row.
    std::int32_t queryLimitFor(std::size_t dim)
    {
        const auto limit = static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())
            / (127 * std::max<std::size_t>(dim, 1));
        return static_cast<std::int32_t>(std::min<std::size_t>(limit, 32'767));
    }

    struct PartResult
    {
        double errorRatio = 0.0;
        double maxRowNorm = 0.0;
    };

} // namespace

Result<std::shared_ptr<const ScreeningMatrix>> ScreeningMatrix::build(const Matrix &unit,
                                                                      std::size_t threads)
{
    const auto rows = static_cast<std::size_t>(unit.rows());
    const auto dim = static_cast<std::size_t>(unit.cols());
    const std::size_t stride = (dim + 15) / 16 * 16;
    const std::int32_t queryLimit = queryLimitFor(dim);
    // Below 256 query levels the query's own rounding would dominate the bound.
    if (queryLimit < 256) {
        return fail(ErrorCode::InvalidArgument,
                    "dimension " + std::to_string(dim) + " is too large for int8 screening");
    }
    std::shared_ptr<ScreeningMatrix> matrix;
    try {
        matrix.reset(new ScreeningMatrix);
        matrix->m_codes = std::make_unique_for_overwrite<std::int8_t[]>(rows * stride);
        matrix->m_scales.resize(rows);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for a screening copy of " + std::to_string(rows) + " x "
                        + std::to_string(dim) + " int8 codes");
    }
    matrix->m_rows = rows;
    matrix->m_dim = dim;
    matrix->m_stride = stride;
    matrix->m_queryLimit = queryLimit;

    const std::size_t parts = ParallelParts::partsFor(rows, rowsPerPart, threads);
    std::vector<PartResult> results(parts);
    ParallelParts::run(parts, [&](std::size_t part) {
        const std::size_t begin = rows * part / parts;
        const std::size_t end = rows * (part + 1) / parts;
        PartResult &result = results[part];
        for (std::size_t r = begin; r < end; ++r) {
            const float *u = unit.data() + r * dim;
            std::int8_t *q = matrix->m_codes.get() + r * stride;
            std::fill(q + dim, q + stride, std::int8_t { 0 });
            float largest = 0.0f;
            double squares = 0.0;
            for (std::size_t i = 0; i < dim; ++i) {
                largest = std::max(largest, std::abs(u[i]));
                squares += double(u[i]) * double(u[i]);
            }
            result.maxRowNorm = std::max(result.maxRowNorm, std::sqrt(squares));
            const float scale = largest / 127.0f;
            matrix->m_scales[r] = scale;
            if (scale == 0.0f) {
                std::fill(q, q + dim, std::int8_t { 0 });
                continue;
            }
            // The error is measured rather than assumed to be scale / 2: the division and the
            // rounding of the scale itself are in float.
            double worst = 0.0;
            for (std::size_t i = 0; i < dim; ++i) {
                const float code = std::clamp(std::nearbyint(u[i] / scale), -127.0f, 127.0f);
                q[i] = static_cast<std::int8_t>(code);
                worst = std::max(worst, std::abs(double(u[i]) - double(scale) * double(code)));
            }
            result.errorRatio = std::max(result.errorRatio, worst / double(scale));
        }
    });
    for (const auto &result : results) {
        matrix->m_errorRatio = std::max(matrix->m_errorRatio, result.errorRatio);
        matrix->m_maxRowNorm = std::max(matrix->m_maxRowNorm, result.maxRowNorm);
    }
    return std::shared_ptr<const ScreeningMatrix>(std::move(matrix));
}

ScreeningMatrix::Query ScreeningMatrix::prepare(std::span<const float> query) const
{
    Query prepared;
    prepared.codes.assign(m_stride, 0);
    float largest = 0.0f;
    double absSum = 0.0;
    double squares = 0.0;
    for (const float value : query) {
        largest = std::max(largest, std::abs(value));
        absSum += std::abs(double(value));
        squares += double(value) * double(value);
    }
    prepared.step = double(largest) / double(m_queryLimit);
    double residualSum = 0.0;
    for (std::size_t i = 0; i < m_dim; ++i) {
        const double code = prepared.step > 0.0
            ? std::clamp(std::nearbyint(double(query[i]) / prepared.step), -double(m_queryLimit),
                         double(m_queryLimit))
            : 0.0;
        prepared.codes[i] = static_cast<std::int16_t>(code);
        residualSum += std::abs(double(query[i]) - prepared.step * code);
    }
    // gamma(n) = n u / (1 - n u) with u = 2^-24 bounds the float rounding of a dot product of
    // length n - 2 summed in any order (Higham, Accuracy and Stability, 2002, eq. 3.5).
    const double unitRoundoff = std::ldexp(1.0, -24);
    const double n = double(m_dim + 2);
    const double gamma = n * unitRoundoff / (1.0 - n * unitRoundoff);
    // The bound's own double arithmetic has relative error near 1e-15: a relative margin of
    // 1e-9 and an absolute one of 1e-12 cover it with room to spare.
    constexpr double margin = 1.0 + 1e-9;
    prepared.slope = (127.0 * residualSum + m_errorRatio * absSum) * margin;
    prepared.offset = gamma * m_maxRowNorm * std::sqrt(squares) * margin + 1e-12;
    return prepared;
}

} // namespace ewb::core
