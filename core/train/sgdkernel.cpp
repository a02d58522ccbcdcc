#include "core/train/sgdkernel.h"

namespace ewb::core {

SgdKernel::SgdKernel(float *input, float *output, std::size_t columns, std::size_t stride,
                     std::size_t maxTargets, const SigmoidTable &sigmoid)
    : m_input(input)
    , m_output(output)
    , m_columns(columns)
    , m_stride(stride)
    , m_sigmoid(sigmoid)
    , m_targetRows(static_cast<Eigen::Index>(maxTargets), static_cast<Eigen::Index>(columns))
    , m_targetGrad(static_cast<Eigen::Index>(maxTargets), static_cast<Eigen::Index>(columns))
    , m_hidden(static_cast<Eigen::Index>(columns))
    , m_hiddenGrad(static_cast<Eigen::Index>(columns))
    , m_scores(static_cast<Eigen::Index>(maxTargets))
{ }

double SgdKernel::skipGram(std::span<const std::uint32_t> contexts,
                           std::span<const std::uint32_t> targets, float alpha, float decay)
{
    const auto n = static_cast<Eigen::Index>(targets.size());
    auto rows = m_targetRows.topRows(n);
    auto grads = m_targetGrad.topRows(n);
    // Gathering the few output rows once lets every context of the window reuse them from L1
    // cache; that, not the arithmetic, is what the shared negatives save.
    for (Eigen::Index j = 0; j < n; ++j)
        rows.row(j) = outputRow(targets[static_cast<std::size_t>(j)]);
    grads.setZero();

    double loss = 0;
    for (const std::uint32_t context : contexts) {
        RowMap x = inputRow(context);
        m_hiddenGrad.setZero();
        for (Eigen::Index j = 0; j < n; ++j) {
            const float score = rows.row(j).dot(x);
            const SigmoidTable::Value v = m_sigmoid(score);
            // label 1 for the centre, 0 for noise; -log s(-x) = x - log s(x)
            const float g = ((j == 0 ? 1.0f : 0.0f) - v.sigmoid) * alpha;
            loss -= static_cast<double>(j == 0 ? v.logSigmoid : v.logSigmoid - score);
            m_hiddenGrad.noalias() += g * rows.row(j);
            grads.row(j).noalias() += g * x;
        }
        if (decay != 0)
            x *= 1.0f - decay;
        x += m_hiddenGrad;
    }
    for (Eigen::Index j = 0; j < n; ++j) {
        RowMap o = outputRow(targets[static_cast<std::size_t>(j)]);
        if (decay != 0)
            o.noalias() -= decay * rows.row(j);
        o += grads.row(j);
    }
    return loss;
}

double SgdKernel::cbow(std::span<const std::uint32_t> contexts,
                       std::span<const std::uint32_t> targets, float alpha, float decay)
{
    if (contexts.empty())
        return 0;
    m_hidden.setZero();
    for (const std::uint32_t context : contexts)
        m_hidden += inputRow(context);
    m_hidden *= 1.0f / static_cast<float>(contexts.size());

    m_hiddenGrad.setZero();
    double loss = 0;
    for (std::size_t j = 0; j < targets.size(); ++j) {
        RowMap o = outputRow(targets[j]);
        const float score = o.dot(m_hidden);
        const SigmoidTable::Value v = m_sigmoid(score);
        const float g = ((j == 0 ? 1.0f : 0.0f) - v.sigmoid) * alpha;
        loss -= static_cast<double>(j == 0 ? v.logSigmoid : v.logSigmoid - score);
        m_hiddenGrad.noalias() += g * o;
        if (decay != 0)
            o *= 1.0f - decay;
        o.noalias() += g * m_hidden;
    }
    for (const std::uint32_t context : contexts) {
        RowMap x = inputRow(context);
        if (decay != 0)
            x *= 1.0f - decay;
        x += m_hiddenGrad;
    }
    return loss;
}

} // namespace ewb::core
