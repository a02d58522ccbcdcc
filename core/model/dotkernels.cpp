#include "core/model/dotkernels.h"

// One clone per instruction set where GCC can dispatch at load time (ifunc); elsewhere the
// kernels are compiled once for the target of the build.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define EWB_KERNEL_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define EWB_KERNEL_CLONES
#endif

namespace ewb::core {

namespace {

    // 16 independent partial sums hide the latency of the additions and map onto two AVX or
    // four SSE registers; the order of every addition is fixed by this source (no reassociation
    // without -ffast-math, no contraction in this file), so the result is reproducible.
    constexpr std::size_t lanes = 16;

    inline __attribute__((always_inline)) float dotInline(const float *a, const float *b,
                                                          std::size_t n)
    {
        float partial[lanes] = {};
        std::size_t i = 0;
        for (; i + lanes <= n; i += lanes) {
            for (std::size_t j = 0; j < lanes; ++j)
                partial[j] += a[i + j] * b[i + j];
        }
        float tail = 0.0f;
        for (; i < n; ++i)
            tail += a[i] * b[i];
        float sum = 0.0f;
        for (std::size_t j = 0; j < lanes; ++j)
            sum += partial[j];
        return sum + tail;
    }

    EWB_KERNEL_CLONES float dotFloat(const float *a, const float *b, std::size_t n)
    {
        return dotInline(a, b, n);
    }

    EWB_KERNEL_CLONES void dotRowsFloat(const float *rows, std::size_t count, std::size_t dim,
                                        const float *query, float *out)
    {
        for (std::size_t r = 0; r < count; ++r)
            out[r] = dotInline(rows + r * dim, query, dim);
    }

    // Integer additions are associative, so the compiler may vectorise this freely (it becomes
    // sign extension plus pmaddwd); the result is exact.
    EWB_KERNEL_CLONES void dotRowsInt(const std::int8_t *rows, std::size_t count, std::size_t dim,
                                      const std::int16_t *query, std::int32_t *out)
    {
        for (std::size_t r = 0; r < count; ++r) {
            const std::int8_t *row = rows + r * dim;
            std::int32_t sum = 0;
            for (std::size_t i = 0; i < dim; ++i)
                sum += std::int32_t { row[i] } * std::int32_t { query[i] };
            out[r] = sum;
        }
    }

} // namespace

float DotKernels::dot(const float *a, const float *b, std::size_t n)
{
    return dotFloat(a, b, n);
}

void DotKernels::dotRows(const float *rows, std::size_t count, std::size_t dim, const float *query,
                         float *out)
{
    dotRowsFloat(rows, count, dim, query, out);
}

void DotKernels::dotRows(const std::int8_t *rows, std::size_t count, std::size_t dim,
                         const std::int16_t *query, std::int32_t *out)
{
    dotRowsInt(rows, count, dim, query, out);
}

} // namespace ewb::core
