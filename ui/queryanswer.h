#pragma once

#include "core/common/error.h"
#include "core/model/neighbour.h"
#include "ui/queryrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ewb::ui {

/// The top-k neighbours of one word, or why there are none (unknown or all-zero word).
struct WordNeighbours
{
    QString word;
    std::vector<core::Neighbour> neighbours;
    core::Error error { core::ErrorCode::Ok, {} };
};

/// What one model answered to a QueryRequest. Which fields are filled depends on the kind.
struct ModelAnswer
{
    /// Ok, or why the query failed. An unknown word is NotFound with `unknown` filled.
    core::Error error { core::ErrorCode::Ok, {} };
    /// Query words missing from the vocabulary, in the order typed.
    QStringList unknown;
    /// Close vocabulary words for unknown.first() (Queries::suggestions), best first.
    QStringList suggestions;
    /// Neighbours: the answers. Analogy: the 3CosAdd answers. OddOneOut: every input word with
    /// its cosine to the mean direction, in input order.
    std::vector<core::Neighbour> neighbours;
    /// Analogy: the 3CosMul answers.
    std::vector<core::Neighbour> cosMul;
    /// Analogy with an expected word: its 1-based rank under 3CosAdd and 3CosMul (0 = none).
    qint64 rankAdd = 0;
    qint64 rankMul = 0;
    /// Analogy: why the ranks are missing although an expected word was given.
    core::Error rankError { core::ErrorCode::Ok, {} };
    /// Similarity: the cosine of the two words, in [-1, 1].
    float similarity = 0.0f;
    /// OddOneOut: the word that fits least.
    QString oddWord;
    /// WordLists: each word's neighbours. Comparisons: each query word's neighbours.
    std::vector<WordNeighbours> perWord;
    /// Time spent answering on the worker thread, in microseconds.
    qint64 elapsedUs = 0;
    /// Neighbours: answered by the model's NeighbourIndex (most, not always all, of the exact
    /// top k; see IndexBuilder) rather than by exact search.
    bool approximate = false;

    bool ok() const { return error.code == core::ErrorCode::Ok; }
};

/// Neighbour overlap of one query word (or of the whole query) between two models.
struct OverlapRow
{
    QString label;
    /// |A ∩ B| / |A ∪ B| of the two top-k neighbour sets, in [0, 1]; unset when either model
    /// cannot answer (unknown word).
    std::optional<double> jaccard;
    int shared = 0;
};

/// The answer to a QueryRequest from one model, or from two when comparing.
struct QueryAnswer
{
    /// The QueryController generation that asked; older generations are dropped unseen.
    quint64 generation = 0;
    QueryRequest request;
    ModelAnswer a;
    /// Set when the query was compared on a second model.
    std::optional<ModelAnswer> b;
    /// Comparisons: Jaccard@k per query word (and for the whole result of an expression).
    QList<OverlapRow> overlap;
};

} // namespace ewb::ui
