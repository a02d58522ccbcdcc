#pragma once

#include "core/train/sigmoidtable.h"

#include <Eigen/Core>

#include <cstdint>
#include <span>

namespace ewb::core {

/// The SGD updates of word2vec with negative sampling (Mikolov et al. 2013) on two row-major
/// float matrices: input vectors (one row per word, the embedding) and output vectors (the
/// "syn1neg" layer). Each call returns the loss of what it trained, before the update:
/// per pair -log s(x.o_pos) - sum over noise words of log s(-x.o_neg).
/// Hogwild: several kernels (one per worker thread) may update the same matrices at once
/// without locks; those races are deliberate and confined to this class. One kernel object is
/// not thread-safe (it owns scratch buffers).
class SgdKernel
{
public:
    /// input, output: the matrices' first elements, `stride` floats from one row to the next;
    /// columns (<= stride) are updated. maxTargets bounds targets.size() (1 + negative) in
    /// later calls. The matrices and the table must outlive the kernel.
    SgdKernel(float *input, float *output, std::size_t columns, std::size_t stride,
              std::size_t maxTargets, const SigmoidTable &sigmoid);

    /// Skip-gram with negative samples shared across a window (Ji et al. 2016): each context
    /// word's input vector x_c predicts the centre, targets[0], against the noise words
    /// targets[1..]. All contexts are scored against the output rows as they were on entry
    /// (a minibatch), with the gradient g = (label - s(x_c.o_j)) * alpha:
    /// x_c += sum_j g_cj o_j, o_j += sum_c g_cj x_c (old x_c). contexts.size() pairs.
    /// decay = alpha * L2 lambda shrinks each updated row by that share of its old value.
    double skipGram(std::span<const std::uint32_t> contexts, std::span<const std::uint32_t> targets,
                    float alpha, float decay = 0);

    /// CBOW with mean of contexts, as word2vec and gensim (cbow_mean=1): h = mean of the
    /// contexts' input vectors predicts the centre targets[0] against targets[1..]; for each
    /// target in order g = (label - s(h.o_j)) * alpha, e += g o_j, o_j += g h; then every
    /// context row gets x_c += e (unscaled). One pair.
    double cbow(std::span<const std::uint32_t> contexts, std::span<const std::uint32_t> targets,
                float alpha, float decay = 0);

private:
    using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    using RowMap = Eigen::Map<Eigen::RowVectorXf>;

    RowMap inputRow(std::uint32_t id) const
    {
        return RowMap(m_input + static_cast<std::size_t>(id) * m_stride,
                      static_cast<Eigen::Index>(m_columns));
    }
    RowMap outputRow(std::uint32_t id) const
    {
        return RowMap(m_output + static_cast<std::size_t>(id) * m_stride,
                      static_cast<Eigen::Index>(m_columns));
    }

    float *m_input;
    float *m_output;
    std::size_t m_columns;
    std::size_t m_stride;
    const SigmoidTable &m_sigmoid;
    RowMatrix m_targetRows;
    RowMatrix m_targetGrad;
    Eigen::RowVectorXf m_hidden;
    Eigen::RowVectorXf m_hiddenGrad;
    Eigen::VectorXf m_scores;
};

} // namespace ewb::core
