#include "core/model/neighbourindex.h"

#include "core/model/dotkernels.h"
#include "core/model/embeddingmodel.h"
#include "core/model/exactsearch.h"
#include "core/model/parallelparts.h"
#include "core/model/queries.h"

// hnswlib is header-only and written without our warning flags: silence them for its headers
// only, here, the one place that includes it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Woverloaded-virtual"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <hnswlib/hnswlib.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <numeric>
#include <random>
#include <stdexcept>

namespace ewb::core {

namespace {

    // Cosine distance of unit vectors, through the kernel every exact search uses.
    float cosineDistance(const void *a, const void *b, const void *dim)
    {
        return 1.0f
            - DotKernels::dot(static_cast<const float *>(a), static_cast<const float *>(b),
                              *static_cast<const std::size_t *>(dim));
    }

    // Each graph element holds a float copy of its unit row next to its links, as hnswlib
    // expects: the search prefetches an element's data, so a pointer to the model's row instead
    // would cost a cache miss on every distance (measured: several times slower builds).
    class CosineSpace : public hnswlib::SpaceInterface<float>
    {
    public:
        explicit CosineSpace(std::size_t dim) : m_dim(dim) { }
        std::size_t get_data_size() override { return m_dim * sizeof(float); }
        hnswlib::DISTFUNC<float> get_dist_func() override { return cosineDistance; }
        void *get_dist_func_param() override { return &m_dim; }

    private:
        std::size_t m_dim;
    };

    bool better(const Neighbour &a, const Neighbour &b)
    {
        return a.score > b.score || (a.score == b.score && a.row < b.row);
    }

    double millisecondsSince(std::chrono::steady_clock::time_point start)
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    }

} // namespace

struct NeighbourIndex::Graph
{
    explicit Graph(std::size_t dim) : space(dim) { }
    CosineSpace space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> hnsw;
    std::vector<std::size_t> rows; // the indexed (non-zero) rows, in row order
};

NeighbourIndex::NeighbourIndex(std::shared_ptr<const EmbeddingModel> model,
                               NeighbourIndexOptions options)
    : m_model(std::move(model)), m_options(options), m_suggester(*m_model)
{ }

NeighbourIndex::~NeighbourIndex() = default;

Result<std::unique_ptr<NeighbourIndex>>
NeighbourIndex::build(std::shared_ptr<const EmbeddingModel> model,
                      const NeighbourIndexOptions &options, std::stop_token stop,
                      const Progress &progress)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    if (!model)
        return fail(ErrorCode::InvalidArgument, "no model to index");
    std::unique_ptr<NeighbourIndex> index;
    try {
        index.reset(new NeighbourIndex(model, options));
        index->m_graph = std::make_unique<Graph>(model->dim());
        Graph &graph = *index->m_graph;
        graph.rows.reserve(model->size() - model->zeroCount());
        for (std::size_t row = 0; row < model->size(); ++row) {
            if (!model->isZero(row))
                graph.rows.push_back(row);
        }
        graph.hnsw = std::make_unique<hnswlib::HierarchicalNSW<float>>(
            &graph.space, std::max<std::size_t>(graph.rows.size(), 1), options.m,
            options.efConstruction, options.seed);
        // searchKnn examines max(ef_, k) candidates: with ef_ at 1 each query chooses its own ef
        // through k, and no shared setting has to change between concurrent queries.
        graph.hnsw->setEf(1);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for an index of " + std::to_string(model->size()) + " rows");
    } catch (const std::exception &error) {
        return fail(ErrorCode::OutOfMemory, std::string("hnswlib: ") + error.what());
    }

    Graph &graph = *index->m_graph;
    const float *unit = model->unitVectors().data();
    const std::size_t dim = model->dim();
    const std::size_t total = graph.rows.size();
    std::atomic<std::size_t> next { 0 };
    std::atomic<bool> failed { false };
    std::mutex errorMutex;
    Error firstError;
    const auto insert = [&](std::size_t position) {
        try {
            graph.hnsw->addPoint(unit + graph.rows[position] * dim, graph.rows[position]);
        } catch (const std::bad_alloc &) {
            const std::lock_guard lock(errorMutex);
            firstError
                = fail(ErrorCode::OutOfMemory,
                       "no memory while inserting row " + std::to_string(graph.rows[position]));
            failed = true;
        } catch (const std::exception &error) {
            const std::lock_guard lock(errorMutex);
            firstError = fail(ErrorCode::Internal, std::string("hnswlib: ") + error.what());
            failed = true;
        }
    };
    // The first row becomes the entry point alone, before any concurrent insertion.
    next = total > 0 ? 1 : 0;
    if (total > 0)
        insert(0);
    const std::size_t threads = options.threads != 0
        ? options.threads
        : std::max(1u, std::thread::hardware_concurrency());
    auto lastReport = std::chrono::steady_clock::now();
    ParallelParts::run(threads, [&](std::size_t part) {
        for (;;) {
            if (stop.stop_requested() || failed.load(std::memory_order_relaxed))
                return;
            const std::size_t position = next.fetch_add(1, std::memory_order_relaxed);
            if (position >= total)
                return;
            insert(position);
            // Only the calling thread reports, at most ten times a second.
            if (part == 0 && progress && millisecondsSince(lastReport) >= 100.0) {
                lastReport = std::chrono::steady_clock::now();
                progress(double(std::min(next.load(), total))
                         / double(std::max<std::size_t>(total, 1)));
            }
        }
    });
    if (failed)
        return firstError;
    if (stop.stop_requested())
        return fail(ErrorCode::Cancelled, "index build cancelled");
    if (progress)
        progress(1.0);
    return index;
}

std::size_t NeighbourIndex::size() const
{
    return m_graph->rows.size();
}

std::size_t NeighbourIndex::memoryBytes() const
{
    const auto &hnsw = *m_graph->hnsw;
    std::size_t bytes = hnsw.max_elements_ * hnsw.size_data_per_element_;
    // Level 0 (links, vector copy, label) for every element; an element on level l > 0 also
    // owns l link lists of size_links_per_element_.
    for (std::size_t i = 0; i < hnsw.cur_element_count; ++i) {
        bytes += static_cast<std::size_t>(std::max(hnsw.element_levels_[i], 0))
            * hnsw.size_links_per_element_;
    }
    return bytes + m_graph->rows.size() * sizeof(std::size_t);
}

Result<std::size_t> NeighbourIndex::rowOf(std::string_view word) const
{
    const std::int64_t index = m_model->indexOf(word);
    if (index < 0) {
        std::string detail = "word '" + std::string(word) + "' is not in the vocabulary";
        for (const auto &close : m_suggester.suggest(word))
            detail += (detail.back() == 'y' ? "; close words: " : ", ") + close;
        return fail(ErrorCode::NotFound, std::move(detail));
    }
    const auto row = static_cast<std::size_t>(index);
    if (m_model->isZero(row)) {
        return fail(ErrorCode::ZeroVector,
                    "word '" + std::string(word) + "' (row " + std::to_string(row)
                        + ") has an all-zero vector, so it has no direction to compare");
    }
    return row;
}

Result<std::vector<Neighbour>> NeighbourIndex::query(std::string_view word, int k,
                                                     std::size_t ef) const
{
    if (k <= 0)
        return fail(ErrorCode::InvalidArgument, "k must be at least 1, got " + std::to_string(k));
    const auto row = rowOf(word);
    if (!row)
        return row.error();
    const std::size_t excluded[] = { *row };
    const std::size_t dim = m_model->dim();
    return search({ m_model->unitVectors().data() + *row * dim, dim }, std::size_t(k), ef,
                  excluded);
}

Result<std::vector<Neighbour>> NeighbourIndex::query(std::span<const float> vector, int k,
                                                     std::size_t ef,
                                                     std::span<const std::size_t> excluded) const
{
    if (k <= 0)
        return fail(ErrorCode::InvalidArgument, "k must be at least 1, got " + std::to_string(k));
    if (vector.size() != m_model->dim()) {
        return fail(ErrorCode::InvalidArgument,
                    "query vector has " + std::to_string(vector.size())
                        + " components, the model has dimension " + std::to_string(m_model->dim()));
    }
    double squares = 0.0;
    for (const float value : vector) {
        if (!std::isfinite(value))
            return fail(ErrorCode::NumericError, "query vector holds NaN or infinity");
        squares += double(value) * double(value);
    }
    if (squares == 0.0)
        return fail(ErrorCode::ZeroVector, "query vector is all zeros, so it has no direction");
    // Normalised in double then rounded, as Queries::neighboursOfVector does.
    const double norm = std::sqrt(squares);
    std::vector<float> unit(vector.size());
    for (std::size_t i = 0; i < vector.size(); ++i)
        unit[i] = static_cast<float>(double(vector[i]) / norm);
    return search(unit, std::size_t(k), ef, excluded);
}

Result<std::vector<Neighbour>> NeighbourIndex::search(std::span<const float> unitQuery,
                                                      std::size_t k, std::size_t ef,
                                                      std::span<const std::size_t> excluded) const
{
    k = std::min(
        k, std::min<std::size_t>(std::max<std::size_t>(m_model->size(), 2) - 1, Queries::maxK));
    // Excluded rows may be among the candidates: ask for enough to drop them and keep k.
    const std::size_t wanted = std::max(k + excluded.size(), ef == 0 ? m_options.efSearch : ef);
    std::vector<Neighbour> result;
    try {
        const float *query = unitQuery.data();
        auto found = m_graph->hnsw->searchKnn(query, wanted);
        result.reserve(found.size());
        const std::size_t dim = m_model->dim();
        const float *unit = m_model->unitVectors().data();
        for (; !found.empty(); found.pop()) {
            const std::size_t row = found.top().second;
            if (std::find(excluded.begin(), excluded.end(), row) != excluded.end())
                continue;
            // The exact score of the kernel, not 1 - distance: the same float Queries reports.
            result.push_back(Neighbour { row, m_model->word(row),
                                         DotKernels::dot(unit + row * dim, query, dim) });
        }
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "no memory for an index query");
    } catch (const std::exception &error) {
        return fail(ErrorCode::Internal, std::string("hnswlib: ") + error.what());
    }
    const std::size_t kept = std::min(k, result.size());
    std::partial_sort(result.begin(), result.begin() + std::ptrdiff_t(kept), result.end(), better);
    result.resize(kept);
    return result;
}

Result<NeighbourIndex::Recall> NeighbourIndex::measureRecall(std::size_t sampleSize, int k,
                                                             std::uint64_t seed, std::size_t ef,
                                                             std::stop_token stop) const
{
    if (sampleSize == 0 || k <= 0) {
        return fail(ErrorCode::InvalidArgument,
                    "recall needs at least one query and k >= 1, got " + std::to_string(sampleSize)
                        + " queries and k = " + std::to_string(k));
    }
    const auto &rows = m_graph->rows;
    sampleSize = std::min(sampleSize, rows.size());
    // A partial Fisher-Yates shuffle of positions: distinct rows, the same ones for a seed.
    std::vector<std::size_t> positions(rows.size());
    std::iota(positions.begin(), positions.end(), std::size_t { 0 });
    std::mt19937_64 random(seed);
    for (std::size_t i = 0; i < sampleSize; ++i) {
        std::uniform_int_distribution<std::size_t> pick(i, positions.size() - 1);
        std::swap(positions[i], positions[pick(random)]);
    }
    const ExactSearch exact(*m_model, { SearchOptions::Screening::Always, 0 });
    const std::size_t dim = m_model->dim();
    Recall recall;
    recall.queries = sampleSize;
    recall.ef = std::max(std::size_t(k), ef == 0 ? m_options.efSearch : ef);
    std::size_t hits = 0;
    std::size_t expected = 0;
    for (std::size_t i = 0; i < sampleSize; ++i) {
        if (stop.stop_requested())
            return fail(ErrorCode::Cancelled, "recall measurement cancelled");
        const std::size_t row = rows[positions[i]];
        const std::span<const float> query(m_model->unitVectors().data() + row * dim, dim);
        const std::size_t excluded[] = { row };
        auto start = std::chrono::steady_clock::now();
        const auto approximate = search(query, std::size_t(k), ef, excluded);
        recall.indexMilliseconds += millisecondsSince(start);
        start = std::chrono::steady_clock::now();
        const auto truth = exact.top(query, std::size_t(k), m_model->size(), excluded);
        recall.exactMilliseconds += millisecondsSince(start);
        if (!approximate)
            return approximate.error();
        if (!truth)
            return truth.error();
        expected += truth->size();
        for (const auto &entry : *truth) {
            const auto found = [&](const Neighbour &n) { return n.row == entry.row; };
            if (std::any_of(approximate->begin(), approximate->end(), found))
                ++hits;
        }
    }
    recall.recall = expected == 0 ? 1.0 : double(hits) / double(expected);
    recall.indexMilliseconds /= double(sampleSize);
    recall.exactMilliseconds /= double(sampleSize);
    return recall;
}

} // namespace ewb::core
