#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace ewb::ui {

/// What the projection pane projects and how: the method with its main options, and which
/// words. A plain value; ProjectionFactories turns it into a core projection.
struct ProjectionSettings
{
    enum class Method { Pca, Tsne, Umap, CustomAxes };
    Method method = Method::Pca;
    /// t-SNE perplexity, > 0 and < (words - 1) / 3 (see core::TsneOptions).
    double perplexity = 30.0;
    /// t-SNE iterations, 250 .. 100,000: fewer converge less but finish sooner.
    int tsneIterations = 1000;
    /// UMAP neighbourhood size, 2 .. words - 1 (see core::UmapOptions).
    int neighbours = 15;
    /// Word expressions of the custom axes, e.g. "he - she" and "good - bad".
    QString xAxis;
    QString yAxis;
    /// Seed of the random methods: the same seed and words give the same picture.
    std::uint64_t seed = 1;
    /// Worker threads of t-SNE and UMAP (1 .. 64); results do not depend on it.
    int threads = 2;
    /// How many of the most frequent words to show, 2 .. 200,000 (ignored with a word list).
    int topWords = 2000;
    /// When not empty, exactly these words (in this order) instead of the top words.
    QStringList wordList;
};

} // namespace ewb::ui
