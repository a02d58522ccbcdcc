#pragma once

#include "ui/queryanswer.h"
#include "ui/queryrequest.h"

#include <memory>
#include <optional>
#include <vector>

namespace ewb::core {
class EmbeddingModel;
class NeighbourIndex;
} // namespace ewb::core

namespace ewb::ui {

/// Answers explore-pane questions with the core Queries: the work a QueryController runs on
/// its worker thread, kept apart so that it can be called and tested directly. Every member is
/// a pure function of its arguments, safe on any thread; nothing thrown escapes (out of memory
/// becomes an OutOfMemory error in the answer).
class QueryRunner
{
public:
    /// Answers `request` on `a`, and when `b` is not null on `b` as well, with the neighbour
    /// overlap of the two (Jaccard@k per query word). `a` must not be null. `indexA`, when
    /// given, is a NeighbourIndex over `a` that answers the neighbours of a single word.
    static QueryAnswer run(const QueryRequest &request,
                           const std::shared_ptr<const core::EmbeddingModel> &a,
                           const std::shared_ptr<const core::EmbeddingModel> &b,
                           const core::NeighbourIndex *indexA = nullptr);

    /// Answers `request` on one model. Unknown query words make a NotFound answer that names
    /// them, with spelling suggestions for the first. With `index` (over `model`), the
    /// neighbours of a single word come from it and the answer is marked approximate.
    static ModelAnswer answer(const QueryRequest &request, const core::EmbeddingModel &model,
                              const core::NeighbourIndex *index = nullptr);

    /// The vocabulary words a request asks about (the words of an expression, without signs;
    /// the analogy's a, b, c; the lists), without duplicates, in the order typed. Empty when the
    /// request is malformed.
    static QStringList queryWords(const QueryRequest &request);

    /// Jaccard index |A ∩ B| / |A ∪ B| of two neighbour lists compared by word, in [0, 1];
    /// unset when both are empty. `shared` (optional) receives |A ∩ B|.
    static std::optional<double> jaccard(const std::vector<core::Neighbour> &a,
                                         const std::vector<core::Neighbour> &b,
                                         int *shared = nullptr);
};

} // namespace ewb::ui
