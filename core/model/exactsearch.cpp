#include "core/model/exactsearch.h"

#include "core/model/dotkernels.h"
#include "core/model/embeddingmodel.h"
#include "core/model/parallelparts.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <new>
#include <thread>

namespace ewb::core {

namespace {

    // Rows screened per kernel call: the int32 results stay in L1 while the bounds are checked.
    constexpr std::size_t blockRows = 256;

    bool isExcluded(std::size_t row, std::span<const std::size_t> excluded)
    {
        return std::find(excluded.begin(), excluded.end(), row) != excluded.end();
    }

    // Same order as TopSelection: higher score first, then the lower row.
    bool better(const TopSelection::Entry &a, const TopSelection::Entry &b)
    {
        return a.score > b.score || (a.score == b.score && a.row < b.row);
    }

    std::vector<float> &scratchScores(std::size_t rows)
    {
        thread_local std::vector<float> scores;
        scores.resize(rows);
        return scores;
    }

    struct Candidate
    {
        std::size_t row = 0;
        double upper = 0.0;
    };

    // One thread's share of a screened scan: its candidates and a min-heap of the k best lower
    // bounds it has seen (the heap's front is the k-th best, the running threshold).
    struct ScreenPart
    {
        std::vector<Candidate> candidates;
        std::vector<double> lowers;
        bool failed = false;
    };

} // namespace

ExactSearch::ExactSearch(const EmbeddingModel &model, SearchOptions options)
    : m_model(model), m_options(options)
{
    m_threads = options.threads != 0 ? options.threads
                                     : std::max(1u, std::thread::hardware_concurrency());
}

std::size_t ExactSearch::partsFor(std::size_t elements) const
{
    return ParallelParts::partsFor(elements, m_options.elementsPerThread, m_threads);
}

Result<void> ExactSearch::prepareScreening() const
{
    if (isScreening())
        return {};
    const std::lock_guard lock(m_buildMutex);
    return buildScreeningLocked();
}

Result<void> ExactSearch::buildScreeningLocked() const
{
    if (isScreening())
        return {};
    auto built = ScreeningMatrix::build(m_model.unitVectors(), m_threads);
    if (!built) {
        m_screeningFailed.store(true, std::memory_order_relaxed);
        return built.error();
    }
    m_screening = std::move(*built);
    m_screeningReady.store(true, std::memory_order_release);
    return {};
}

const ScreeningMatrix *ExactSearch::screeningFor(std::size_t elements) const
{
    // m_screening is written once, before the release store that readers acquire.
    if (isScreening())
        return m_screening.get();
    using Screening = SearchOptions::Screening;
    if (m_options.screening == Screening::Never
        || m_screeningFailed.load(std::memory_order_relaxed))
        return nullptr;
    if (m_options.screening == Screening::Automatic) {
        // A one-off search (a CLI call) would pay more for the copy than it saves, so the copy
        // is built at the second large search: from then on every search is faster.
        if (elements < m_options.screeningMinimum
            || m_largeSearches.fetch_add(1, std::memory_order_relaxed) == 0)
            return nullptr;
    }
    // While another thread builds the copy this search does not wait: it scans the floats.
    const std::unique_lock lock(m_buildMutex, std::try_to_lock);
    if (!lock.owns_lock() || !buildScreeningLocked())
        return nullptr;
    return m_screening.get();
}

Result<std::vector<TopSelection::Entry>>
ExactSearch::top(std::span<const float> query, std::size_t k, std::size_t rows,
                 std::span<const std::size_t> excluded) const
{
    rows = std::min(rows, m_model.size());
    if (k == 0 || rows == 0)
        return std::vector<TopSelection::Entry> {};
    try {
        if (const ScreeningMatrix *screening = screeningFor(rows * m_model.dim()))
            return screenedTop(*screening, query, k, rows, excluded);
        return plainTop(query, k, rows, excluded);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for the scores of " + std::to_string(rows) + " rows");
    }
}

void ExactSearch::scoreAll(std::span<const float> query, std::span<float> scores) const
{
    const std::size_t rows = std::min(scores.size(), m_model.size());
    const std::size_t dim = m_model.dim();
    const std::size_t parts = partsFor(rows * dim);
    const float *unit = m_model.unitVectors().data();
    ParallelParts::run(parts, [&](std::size_t part) {
        const std::size_t begin = rows * part / parts;
        const std::size_t end = rows * (part + 1) / parts;
        DotKernels::dotRows(unit + begin * dim, end - begin, dim, query.data(),
                            scores.data() + begin);
    });
}

Result<std::vector<TopSelection::Entry>>
ExactSearch::plainTop(std::span<const float> query, std::size_t k, std::size_t rows,
                      std::span<const std::size_t> excluded) const
{
    std::vector<float> &scores = scratchScores(rows);
    scoreAll(query, scores);
    return TopSelection::select(scores, k, excluded, m_model.norms());
}

Result<std::vector<TopSelection::Entry>>
ExactSearch::screenedTop(const ScreeningMatrix &screening, std::span<const float> query,
                         std::size_t k, std::size_t rows,
                         std::span<const std::size_t> excluded) const
{
    const ScreeningMatrix::Query prepared = screening.prepare(query);
    const std::size_t dim = m_model.dim();
    const std::size_t parts = partsFor(rows * dim / 4);
    std::vector<ScreenPart> states(parts);
    ParallelParts::run(parts, [&](std::size_t part) {
        ScreenPart &state = states[part];
        try {
            const std::size_t begin = rows * part / parts;
            const std::size_t end = rows * (part + 1) / parts;
            const float *scales = screening.scales().data();
            std::int32_t dots[blockRows];
            double threshold = -std::numeric_limits<double>::infinity();
            state.lowers.reserve(k);
            for (std::size_t block = begin; block < end; block += blockRows) {
                const std::size_t count = std::min(blockRows, end - block);
                DotKernels::dotRows(screening.codes() + block * screening.stride(), count,
                                    screening.stride(), prepared.codes.data(), dots);
                for (std::size_t i = 0; i < count; ++i) {
                    const double scale = scales[block + i];
                    const double approximate = scale * prepared.step * double(dots[i]);
                    const double error = scale * prepared.slope + prepared.offset;
                    if (approximate + error < threshold)
                        continue;
                    const std::size_t row = block + i;
                    if (m_model.isZero(row) || isExcluded(row, excluded))
                        continue;
                    state.candidates.push_back(Candidate { row, approximate + error });
                    const double lower = approximate - error;
                    if (state.lowers.size() < k) {
                        state.lowers.push_back(lower);
                        std::push_heap(state.lowers.begin(), state.lowers.end(), std::greater<> {});
                    } else if (lower > state.lowers.front()) {
                        std::pop_heap(state.lowers.begin(), state.lowers.end(), std::greater<> {});
                        state.lowers.back() = lower;
                        std::push_heap(state.lowers.begin(), state.lowers.end(), std::greater<> {});
                    }
                    if (state.lowers.size() == k)
                        threshold = state.lowers.front();
                }
            }
        } catch (const std::bad_alloc &) {
            state.failed = true;
        }
    });

    // The k-th best lower bound over all rows is at most the k-th best exact score, so every
    // row of the exact top k (ties included) has an upper bound at or above it.
    std::vector<double> lowers;
    for (const auto &state : states) {
        if (state.failed)
            throw std::bad_alloc();
        lowers.insert(lowers.end(), state.lowers.begin(), state.lowers.end());
    }
    double threshold = -std::numeric_limits<double>::infinity();
    if (lowers.size() >= k) {
        std::nth_element(lowers.begin(), lowers.begin() + std::ptrdiff_t(k - 1), lowers.end(),
                         std::greater<> {});
        threshold = lowers[k - 1];
    }
    std::vector<TopSelection::Entry> entries;
    const float *unit = m_model.unitVectors().data();
    for (const auto &state : states) {
        for (const Candidate &candidate : state.candidates) {
            if (candidate.upper >= threshold) {
                entries.push_back(TopSelection::Entry {
                    candidate.row,
                    DotKernels::dot(unit + candidate.row * dim, query.data(), dim) });
            }
        }
    }
    const std::size_t kept = std::min(k, entries.size());
    std::partial_sort(entries.begin(), entries.begin() + std::ptrdiff_t(kept), entries.end(),
                      better);
    entries.resize(kept);
    return entries;
}

} // namespace ewb::core
