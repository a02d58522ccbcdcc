#pragma once

// Small helpers shared by the store tests: seeded random models and whole-file reads.

#include "core/model/embeddingmodel.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstring>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace storetest {

/// A model of `rows` distinct words (some non-ASCII) with `dim` seeded normal values each and
/// descending counts.
inline std::shared_ptr<const ewb::core::EmbeddingModel> randomModel(std::size_t rows,
                                                                    std::size_t dim, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<std::string> words;
    std::vector<std::uint64_t> counts;
    static const char *const stems[] = { "w", "\xe8\xaf\x8d", "caf\xc3\xa9", "x-y" };
    for (std::size_t i = 0; i < rows; ++i) {
        words.push_back(std::string(stems[i % 4]) + std::to_string(i) + "_" + std::to_string(seed));
        counts.push_back(static_cast<std::uint64_t>(rows - i) * 3 + (seed % 7));
    }
    ewb::core::Matrix vectors(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
    for (Eigen::Index i = 0; i < vectors.size(); ++i)
        vectors.data()[i] = normal(rng);
    auto model = ewb::core::EmbeddingModel::create(std::move(words), std::move(counts),
                                                   std::move(vectors));
    return model ? *model : nullptr;
}

/// True when both models hold the same words, counts and bit-identical vectors.
inline bool identical(const ewb::core::EmbeddingModel &a, const ewb::core::EmbeddingModel &b)
{
    if (a.words() != b.words() || a.counts() != b.counts() || a.dim() != b.dim())
        return false;
    const auto bytes = static_cast<std::size_t>(a.vectors().size()) * sizeof(float);
    return std::memcmp(a.vectors().data(), b.vectors().data(), bytes) == 0;
}

inline QByteArray readAll(const std::filesystem::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace storetest
