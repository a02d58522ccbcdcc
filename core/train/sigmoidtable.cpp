#include "core/train/sigmoidtable.h"

#include <cmath>

namespace ewb::core {

namespace {

    double sigmoid(double x)
    {
        return 1.0 / (1.0 + std::exp(-x));
    }

    double logSigmoid(double x)
    {
        // log1p keeps precision where e^-x is tiny; for x < 0 rewrite to avoid overflow of e^-x.
        return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
    }

} // namespace

SigmoidTable::SigmoidTable()
{
    const auto steps = static_cast<std::size_t>(2 * Range * StepsPerUnit);
    // One entry more than steps: x just below Range may round to t == steps.
    m_entries.resize(steps + 1);
    const double h = 1.0 / static_cast<double>(StepsPerUnit);
    for (std::size_t i = 0; i <= steps; ++i) {
        const double x = -static_cast<double>(Range) + static_cast<double>(i) * h;
        const double s0 = sigmoid(x);
        const double l0 = logSigmoid(x);
        const double s1 = i < steps ? sigmoid(x + h) : s0;
        const double l1 = i < steps ? logSigmoid(x + h) : l0;
        m_entries[i] = Entry { static_cast<float>(s0), static_cast<float>(s1 - s0),
                               static_cast<float>(l0), static_cast<float>(l1 - l0) };
    }
}

} // namespace ewb::core
