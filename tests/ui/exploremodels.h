#pragma once

#include "core/formats/embeddingfile.h"
#include "core/model/embeddingmodel.h"

#include <QString>

#include <cmath>
#include <memory>
#include <random>

namespace ewb::test {

/// The 50-dimensional word2vec model of the demo corpus trained by gensim (tests/data).
inline std::shared_ptr<const core::EmbeddingModel> gensimDemoModel()
{
    auto model = core::readEmbeddingFile(EWB_TEST_DATA_DIR "/gensim-demo-en-d50.txt");
    return model.ok() ? *model : nullptr;
}

/// A second model to compare with: the first `rows` words of `model` with seeded Gaussian noise
/// of standard deviation `noise` added to every coordinate, and made-up corpus counts
/// (rows, rows - 1, ..., 1). Its neighbourhoods overlap the original's only in part.
inline std::shared_ptr<const core::EmbeddingModel> perturbedModel(const core::EmbeddingModel &model,
                                                                  std::size_t rows, float noise)
{
    std::mt19937 random(20240531u);
    std::normal_distribution<float> gauss(0.0f, noise);
    core::Matrix vectors = model.vectors().topRows(Eigen::Index(rows));
    for (Eigen::Index r = 0; r < vectors.rows(); ++r) {
        for (Eigen::Index c = 0; c < vectors.cols(); ++c)
            vectors(r, c) += gauss(random);
    }
    std::vector<std::string> words(model.words().begin(),
                                   model.words().begin() + std::ptrdiff_t(rows));
    std::vector<std::uint64_t> counts;
    for (std::size_t i = 0; i < rows; ++i)
        counts.push_back(rows - i);
    auto made = core::EmbeddingModel::create(std::move(words), std::move(counts), vectors);
    return made.ok() ? *made : nullptr;
}

} // namespace ewb::test
