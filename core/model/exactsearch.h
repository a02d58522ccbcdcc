#pragma once

#include "core/common/result.h"
#include "core/model/screeningmatrix.h"
#include "core/model/searchoptions.h"
#include "core/model/topselection.h"

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace ewb::core {

class EmbeddingModel;

/// Exact cosine search over a model's unit-normalised rows: the engine under Queries and the
/// reference that NeighbourIndex measures its recall against. A row's score is always
/// DotKernels::dot(unit row, query), so the plain scan, the screened scan and any number of
/// threads return identical lists and scores.
///
/// The plain scan computes every score (one pass over V x dim floats). The screened scan (see
/// ScreeningMatrix) passes over int8 codes, keeps every row whose proven upper bound reaches the
/// k-th best proven lower bound so far, and rescores only those rows in float: on a 100,000 x
/// 300 model typically a few dozen rows.
///
/// Holds a reference to the model, which must outlive it. All members are const and
/// thread-safe; the screening copy is built once, by the first search that wants it, while
/// concurrent searches carry on with the plain scan.
class ExactSearch
{
public:
    explicit ExactSearch(const EmbeddingModel &model, SearchOptions options = {});

    /// The k best rows among the first `rows` rows (rows <= model size) for a query of model
    /// dimension, best first, equal scores ordered by row. Rows in `excluded` and all-zero rows
    /// are skipped; fewer than k entries come back when fewer rows qualify. The query should be
    /// unit length for the scores to be cosines. Fails only with OutOfMemory.
    Result<std::vector<TopSelection::Entry>> top(std::span<const float> query, std::size_t k,
                                                 std::size_t rows,
                                                 std::span<const std::size_t> excluded) const;

    /// scores[r] = the score of row r for r < scores.size() (<= model size); all-zero rows score
    /// 0. The dense counterpart of top(), for ranks and benchmarks.
    void scoreAll(std::span<const float> query, std::span<float> scores) const;

    /// Builds the screening copy now unless it exists. Fails with OutOfMemory (then searches keep
    /// scanning the float matrix) or InvalidArgument for dimensions over 66,000.
    Result<void> prepareScreening() const;

    /// True once the screening copy exists.
    bool isScreening() const { return m_screeningReady.load(std::memory_order_acquire); }

    /// The threads one search may use (SearchOptions::threads resolved).
    std::size_t threads() const { return m_threads; }

private:
    const ScreeningMatrix *screeningFor(std::size_t elements) const;
    Result<void> buildScreeningLocked() const;
    std::size_t partsFor(std::size_t elements) const;
    Result<std::vector<TopSelection::Entry>> plainTop(std::span<const float> query, std::size_t k,
                                                      std::size_t rows,
                                                      std::span<const std::size_t> excluded) const;
    Result<std::vector<TopSelection::Entry>>
    screenedTop(const ScreeningMatrix &screening, std::span<const float> query, std::size_t k,
                std::size_t rows, std::span<const std::size_t> excluded) const;

    const EmbeddingModel &m_model;
    SearchOptions m_options;
    std::size_t m_threads = 1;
    mutable std::mutex m_buildMutex;
    mutable std::shared_ptr<const ScreeningMatrix> m_screening;
    mutable std::atomic<bool> m_screeningReady { false };
    mutable std::atomic<bool> m_screeningFailed { false };
    mutable std::atomic<std::size_t> m_largeSearches { 0 };
};

} // namespace ewb::core
