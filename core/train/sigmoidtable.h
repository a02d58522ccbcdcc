#pragma once

#include <cstddef>
#include <vector>

namespace ewb::core {

/// The logistic function s(x) = 1 / (1 + e^-x) and its logarithm log s(x) = -log(1 + e^-x),
/// from one table with linear interpolation, for the SGD kernels' gradients and exact loss.
/// Table step h = 1/64 on [-16, 16]: the interpolation error is at most h^2/8 * max|f''|,
/// i.e. 3e-6 for s (|s''| <= 0.097) and 8e-6 for log s (|(log s)''| <= 1/4). Outside the range
/// s is 0 or 1 and log s is x or 0, off by at most e^-16 = 1.2e-7; for very negative x, log s(x)
/// = x keeps growing, so a loss never saturates. NaN in gives NaN log s out.
/// Immutable once built; safe to read from any number of threads.
class SigmoidTable
{
public:
    /// Both values at one x.
    struct Value
    {
        float sigmoid;
        float logSigmoid;
    };

    SigmoidTable();

    Value operator()(float x) const
    {
        if (x >= Range)
            return { 1.0f, 0.0f };
        if (!(x > -Range))
            return { 0.0f, x };
        const float t = (x + Range) * StepsPerUnit;
        const auto i = static_cast<std::size_t>(t);
        const float f = t - static_cast<float>(i);
        const Entry &e = m_entries[i];
        return { e.sigmoid + f * e.sigmoidSlope, e.logSigmoid + f * e.logSigmoidSlope };
    }

    /// Largest absolute error of the table against the exact functions (documented above).
    static constexpr double ErrorBound = 1e-5;

private:
    static constexpr float Range = 16.0f;
    static constexpr float StepsPerUnit = 64.0f;

    struct Entry
    {
        float sigmoid;
        float sigmoidSlope;
        float logSigmoid;
        float logSigmoidSlope;
    };

    std::vector<Entry> m_entries;
};

} // namespace ewb::core
