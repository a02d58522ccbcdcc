// Times a t-SNE projection of the N first (most frequent) rows of a vectors file, split into
// preparation (neighbours, similarities, initial layout) and iterations, and writes the layout
// as CSV (x,y) for a quality check. Driven by bench/projection_speed.py.
//
// usage: ewb_bench_projection VECTORS N OUT.csv [PERPLEXITY [ITERATIONS [THREADS]]]

#include "core/formats/embeddingfile.h"
#include "core/project/tsneprojection.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

using namespace ewb::core;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s VECTORS N OUT.csv [PERPLEXITY [ITERATIONS [THREADS]]]\n",
                     argv[0]);
        return 64;
    }
    auto model = readEmbeddingFile(argv[1]);
    if (!model.ok()) {
        std::fprintf(stderr, "%s\n", model.error().detail.c_str());
        return 66;
    }
    const auto count = std::min<std::size_t>(std::strtoull(argv[2], nullptr, 10), (*model)->size());
    TsneOptions options;
    options.metric = DistanceMetric::Euclidean;
    if (argc > 4)
        options.perplexity = std::strtod(argv[4], nullptr);
    if (argc > 5)
        options.maxIterations = std::strtoull(argv[5], nullptr, 10);
    if (argc > 6)
        options.threads = std::strtoull(argv[6], nullptr, 10);
    const Matrix points = (*model)->vectors().topRows(static_cast<Eigen::Index>(count));

    const auto start = std::chrono::steady_clock::now();
    auto projection = TsneProjection::create(points, options);
    if (!projection.ok()) {
        std::fprintf(stderr, "%s\n", projection.error().detail.c_str());
        return 64;
    }
    if (auto prepared = (*projection)->run(0); !prepared.ok()) {
        std::fprintf(stderr, "%s\n", prepared.error().detail.c_str());
        return 70;
    }
    const double prepareSeconds = secondsSince(start);
    if (auto done = (*projection)->run(options.maxIterations); !done.ok()) {
        std::fprintf(stderr, "%s\n", done.error().detail.c_str());
        return 70;
    }
    const double totalSeconds = secondsSince(start);

    std::ofstream out(argv[3]);
    out.precision(10);
    out << "x,y\n";
    const Layout &layout = (*projection)->layout();
    for (Eigen::Index i = 0; i < layout.rows(); ++i)
        out << layout(i, 0) << ',' << layout(i, 1) << '\n';
    std::printf("{\"points\": %zu, \"prepare_s\": %.3f, \"iterate_s\": %.3f, \"seconds\": %.3f}\n",
                count, prepareSeconds, totalSeconds - prepareSeconds, totalSeconds);
    return out ? 0 : 74;
}
