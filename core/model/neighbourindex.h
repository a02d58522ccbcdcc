#pragma once

#include "core/common/result.h"
#include "core/model/neighbour.h"
#include "core/model/neighbourindexoptions.h"
#include "core/model/wordsuggester.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <stop_token>
#include <string_view>
#include <vector>

namespace ewb::core {

class EmbeddingModel;

/// Approximate cosine neighbours for large vocabularies: an hnswlib HNSW graph over a model's
/// unit-normalised rows with inner-product distance. Queries cost O(ef * m * dim * log V)
/// instead of the O(V * dim) of exact search; most of the true neighbours come back (recall,
/// measured by measureRecall()), each with the same score Queries would give it.
///
/// The graph holds a float copy of each unit row beside its links (hnswlib prefetches them
/// together; dim * 4 + 8 * m * 2 bytes and a little more a row) and keeps the model alive. All-zero
/// rows are left out of the graph, so they are never answers; the query word is never an answer
/// either (as in Queries). The index always searches the whole vocabulary (no restrictVocab).
///
/// Built once by build(), which may run on a worker thread and be cancelled; afterwards every
/// const member is thread-safe and any number of queries may run at once.
class NeighbourIndex
{
public:
    /// Receives the fraction of rows inserted, in [0, 1], at most about 10 times a second, on
    /// the thread that called build(). Must not throw.
    using Progress = std::function<void(double fraction)>;

    /// Builds the graph with options.threads threads (the calling thread is one of them).
    /// Fails with InvalidArgument for bad options or a missing model, with Cancelled when `stop`
    /// is requested (within a few milliseconds: one insertion), with OutOfMemory when the graph
    /// does not fit, and with Internal when hnswlib reports an error.
    static Result<std::unique_ptr<NeighbourIndex>>
    build(std::shared_ptr<const EmbeddingModel> model, const NeighbourIndexOptions &options,
          std::stop_token stop = {}, const Progress &progress = {});

    ~NeighbourIndex();
    NeighbourIndex(const NeighbourIndex &) = delete;
    NeighbourIndex &operator=(const NeighbourIndex &) = delete;

    /// About the k nearest words to `word` by cosine, best first, never `word` itself. k >= 1
    /// (InvalidArgument otherwise), clamped like Queries::neighbours (to V - 1 and 1000). ef is
    /// the number of candidates examined (0 = options().efSearch; at least k is used). NotFound
    /// with close words for an unknown word, ZeroVector for a word with an all-zero vector.
    Result<std::vector<Neighbour>> query(std::string_view word, int k, std::size_t ef = 0) const;

    /// About the k nearest rows to an arbitrary vector of model dimension, skipping `excluded`.
    /// InvalidArgument on a wrong dimension, NumericError on NaN or infinity, ZeroVector on an
    /// all-zero vector.
    Result<std::vector<Neighbour>> query(std::span<const float> vector, int k, std::size_t ef = 0,
                                         std::span<const std::size_t> excluded = {}) const;

    /// How well the index agrees with exact search.
    struct Recall
    {
        double recall = 0.0; ///< |index top k ∩ exact top k| / |exact top k|, over all queries
        std::size_t queries = 0; ///< sampled query words
        std::size_t ef = 0; ///< candidates examined per index query
        double indexMilliseconds = 0.0; ///< mean wall time of one index query
        double exactMilliseconds = 0.0; ///< mean wall time of one exact query
    };

    /// Recall@k of `sampleSize` words drawn without replacement (seeded, so repeatable) from the
    /// indexed rows, each queried by the index and by exact search (ExactSearch), excluding the
    /// word itself. sampleSize and k must be >= 1; sampleSize is clamped to the indexed rows.
    /// Cancelled when `stop` is requested. Costs sampleSize exact searches: seconds on 1M rows.
    Result<Recall> measureRecall(std::size_t sampleSize, int k, std::uint64_t seed,
                                 std::size_t ef = 0, std::stop_token stop = {}) const;

    /// Rows in the graph (the model's non-zero rows).
    std::size_t size() const;
    /// Bytes held by the graph (links, vector copies, labels).
    std::size_t memoryBytes() const;
    const NeighbourIndexOptions &options() const { return m_options; }
    const EmbeddingModel &model() const { return *m_model; }

private:
    struct Graph;

    NeighbourIndex(std::shared_ptr<const EmbeddingModel> model, NeighbourIndexOptions options);
    Result<std::size_t> rowOf(std::string_view word) const;
    Result<std::vector<Neighbour>> search(std::span<const float> unitQuery, std::size_t k,
                                          std::size_t ef,
                                          std::span<const std::size_t> excluded) const;

    std::shared_ptr<const EmbeddingModel> m_model;
    NeighbourIndexOptions m_options;
    WordSuggester m_suggester;
    std::unique_ptr<Graph> m_graph;
};

} // namespace ewb::core
