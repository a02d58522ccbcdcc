#pragma once

namespace ewb::core {

/// How the distance between two input vectors is measured when building neighbour graphs.
enum class DistanceMetric {
    /// 1 - cos(x, y), computed on unit-normalised copies of the vectors; in [0, 2]. The natural
    /// choice for word embeddings, whose length mostly reflects frequency, not meaning. An
    /// all-zero vector has no direction: it is at distance 1 from every other vector.
    Cosine,
    /// Straight-line distance ||x - y||, in [0, inf).
    Euclidean,
};

} // namespace ewb::core
