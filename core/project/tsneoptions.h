#pragma once

#include "core/common/result.h"
#include "core/project/distancemetric.h"

#include <cstddef>
#include <cstdint>

namespace ewb::core {

/// How t-SNE places the points before the first iteration.
enum class TsneInit {
    /// The first two principal components scaled to a standard deviation of 1e-4 on x
    /// (scikit-learn's 'pca' init): global structure survives better and runs are steadier.
    Pca,
    /// Gaussian with standard deviation 1e-4 drawn from the seed.
    Random,
};

/// Options of a Barnes-Hut t-SNE (van der Maaten and Hinton 2008; van der Maaten 2014), with
/// scikit-learn's defaults.
struct TsneOptions
{
    /// Effective number of neighbours each point's input similarities spread over, > 0 and
    /// 3 * perplexity < n - 1. Raising it favours global structure and costs time linearly (the
    /// input kNN uses 3 * perplexity neighbours); lowering it shows finer, more fragmented detail.
    double perplexity = 30.0;
    /// Gradient descent step size, > 0; 0 = automatic, max(n / earlyExaggeration / 4, 50)
    /// (Belkina et al. 2019, as scikit-learn's 'auto'). Too high scatters points into a ball;
    /// too low leaves clusters compressed and unconverged.
    double learningRate = 0.0;
    /// Factor on the input similarities during the first exaggerationIterations, >= 1. Raising
    /// it separates clusters more in the early phase.
    double earlyExaggeration = 12.0;
    /// Iterations with exaggeration and the initial momentum.
    std::size_t exaggerationIterations = 250;
    /// Momentum during the exaggeration phase and afterwards, each in [0, 1).
    double initialMomentum = 0.5;
    double finalMomentum = 0.8;
    /// Lower bound of the per-coordinate adaptive gains (Jacobs 1988), in (0, 1].
    double minGain = 0.01;
    /// Barnes-Hut accuracy, in [0, 1]: a cell of width w at distance d is summarised by its
    /// centre of mass when w / d < theta. 0 is exact and O(n^2); raising it is faster and
    /// coarser.
    double theta = 0.5;
    /// Iterations of a complete run, 1 .. 1,000,000.
    std::size_t maxIterations = 1000;
    /// Distance between input vectors: Euclidean (as scikit-learn) or cosine (Euclidean between
    /// unit-normalised copies, which orders neighbours as cosine similarity does).
    DistanceMetric metric = DistanceMetric::Euclidean;
    TsneInit init = TsneInit::Pca;
    /// Seed of the random initialisation. The same seed, input and options give a bit-identical
    /// layout for any thread count.
    std::uint64_t seed = 1;
    /// Worker threads for the input neighbours, the similarities and the gradient, 1 .. 256.
    /// The result does not depend on it.
    std::size_t threads = 1;

    /// Checks every field against a data set of `pointCount` points; fails with InvalidArgument
    /// and a message naming the field and its value (e.g. "perplexity 30 is too large for 50
    /// points: t-SNE needs 3 x perplexity < points - 1, so perplexity below 16.33").
    Result<void> validate(std::size_t pointCount) const;
    /// The learning rate actually used for `pointCount` points (resolves learningRate == 0).
    double resolvedLearningRate(std::size_t pointCount) const;
    /// Input neighbours per point: min(n - 1, floor(3 * perplexity + 1)), as scikit-learn.
    std::size_t neighbourCount(std::size_t pointCount) const;
};

} // namespace ewb::core
