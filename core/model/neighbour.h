#pragma once

#include <cstddef>
#include <string>

namespace ewb::core {

/// One answer of a similarity query: a vocabulary word, its row in the model and its score.
/// For cosine queries (neighbours, 3CosAdd) the score is a cosine in [-1, 1]; for 3CosMul it is
/// Levy and Goldberg's ratio of shifted cosines, in [0, 1e6].
struct Neighbour
{
    std::size_t row = 0;
    std::string word;
    float score = 0.0f;
};

} // namespace ewb::core
