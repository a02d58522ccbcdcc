#include "core/project/hnswknn.h"

#include "core/project/parallelchunks.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wuseless-cast"
#pragma GCC diagnostic ignored "-Wcast-qual"
// hnswlib 0.6's headers define plain (not inline) functions and distance-function globals, so
// a second file including them (core/model's NeighbourIndex) would define them again in the
// same program. Renamed here, this file keeps its own copies.
#define cpuid ewbProjectHnswCpuid
#define xgetbv ewbProjectHnswXgetbv
#define AVXCapable ewbProjectHnswAvxCapable
#define AVX512Capable ewbProjectHnswAvx512Capable
#define InnerProductSIMD16Ext ewbProjectInnerProductSIMD16Ext
#define InnerProductSIMD4Ext ewbProjectInnerProductSIMD4Ext
#define InnerProductDistanceSIMD16Ext ewbProjectInnerProductDistanceSIMD16Ext
#define InnerProductDistanceSIMD4Ext ewbProjectInnerProductDistanceSIMD4Ext
#define L2SqrSIMD16Ext ewbProjectL2SqrSIMD16Ext
#include <hnswlib/hnswlib.h>
#undef cpuid
#undef xgetbv
#undef AVXCapable
#undef AVX512Capable
#undef InnerProductSIMD16Ext
#undef InnerProductSIMD4Ext
#undef InnerProductDistanceSIMD16Ext
#undef InnerProductDistanceSIMD4Ext
#undef L2SqrSIMD16Ext
#pragma GCC diagnostic pop

#include <algorithm>
#include <memory>
#include <new>
#include <string>

namespace ewb::core {

namespace {

    // hnswlib's published defaults for good recall on embeddings (Malkov and Yashunin 2018).
    constexpr std::size_t graphDegree = 16;
    constexpr std::size_t efConstruction = 200;
    constexpr std::size_t chunkRows = 256;

    Error described(const Error &error, const char *stage)
    {
        if (error.code == ErrorCode::Cancelled)
            return fail(ErrorCode::Cancelled,
                        std::string("neighbour search cancelled while ") + stage);
        return fail(error.code, std::string("hnswlib failed while ") + stage + ": " + error.detail);
    }

} // namespace

Result<std::vector<std::uint32_t>> HnswKnn::search(const Matrix &points, std::size_t k,
                                                   DistanceMetric metric, std::uint64_t seed,
                                                   std::size_t threads, std::stop_token stop)
{
    const auto n = static_cast<std::size_t>(points.rows());
    const auto dim = static_cast<std::size_t>(points.cols());
    try {
        std::unique_ptr<hnswlib::SpaceInterface<float>> space;
        if (metric == DistanceMetric::Cosine)
            space = std::make_unique<hnswlib::InnerProductSpace>(dim);
        else
            space = std::make_unique<hnswlib::L2Space>(dim);
        hnswlib::HierarchicalNSW<float> index(space.get(), n, graphDegree, efConstruction,
                                              static_cast<std::size_t>(seed));

        const std::size_t chunks = (n + chunkRows - 1) / chunkRows;
        // With one thread the chunks run in order, so rows are inserted in row order and the
        // graph (hence the neighbours) is a function of the seed alone.
        auto inserted = ParallelChunks::run(chunks, threads, stop, [&](std::size_t chunk) {
            const std::size_t end = std::min(n, (chunk + 1) * chunkRows);
            for (std::size_t row = chunk * chunkRows; row < end; ++row)
                index.addPoint(points.row(static_cast<Eigen::Index>(row)).data(), row);
        });
        if (!inserted)
            return described(inserted.error(), "indexing");

        index.setEf(std::max<std::size_t>(64, 3 * (k + 1)));
        std::vector<std::uint32_t> result(n * k);
        auto searched = ParallelChunks::run(chunks, threads, stop, [&](std::size_t chunk) {
            const std::size_t end = std::min(n, (chunk + 1) * chunkRows);
            std::vector<std::uint32_t> nearest;
            for (std::size_t row = chunk * chunkRows; row < end; ++row) {
                auto found
                    = index.searchKnn(points.row(static_cast<Eigen::Index>(row)).data(), k + 1);
                // The queue pops the farthest first; keep the k nearest that are not the row
                // itself (a duplicate may be returned in its place).
                nearest.clear();
                while (!found.empty()) {
                    const auto label = found.top().second;
                    found.pop();
                    if (label != row)
                        nearest.push_back(static_cast<std::uint32_t>(label));
                }
                std::reverse(nearest.begin(), nearest.end());
                // With k + 1 found and no self among them, the farthest one is extra.
                nearest.resize(std::min(nearest.size(), k));
                // A search that found fewer than k (tiny or degenerate graphs) is topped up
                // with the following rows, so every list holds k distinct rows; the caller
                // re-ranks them by exact distance.
                for (std::size_t step = 1; nearest.size() < k && step < n; ++step) {
                    const auto other = static_cast<std::uint32_t>((row + step) % n);
                    if (std::find(nearest.begin(), nearest.end(), other) == nearest.end())
                        nearest.push_back(other);
                }
                std::copy(nearest.begin(), nearest.end(), result.data() + row * k);
            }
        });
        if (!searched)
            return described(searched.error(), "searching");
        return result;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "the hnswlib index of " + std::to_string(n) + " points does not fit");
    } catch (const std::exception &error) {
        return fail(ErrorCode::Internal, std::string("hnswlib: ") + error.what());
    }
}

} // namespace ewb::core
