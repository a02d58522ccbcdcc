// UMAP speed: one projection of ROWS vectors with the given settings, timed per stage, the
// layout written for an outside evaluator. bench/compare_umap.py runs it interleaved with
// umap-learn on the same vectors and scores both layouts with one neighbour-preservation code.
// Build in a Release tree before quoting numbers.
//
// Usage: ewb_bench_umap VECTORS.f32 ROWS DIM NEIGHBORS EPOCHS THREADS SEED LAYOUT.f64
//   VECTORS.f32: ROWS x DIM little-endian float32 values, row-major. LAYOUT.f64: written,
//   ROWS x 2 little-endian float64 values. Prints one JSON line of stage times (milliseconds).

#include "core/project/umapprojection.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

using namespace ewb::core;

namespace {

double wallMilliseconds()
{
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Processor time of the whole process (all threads): on a shared machine it shows the work done
// even when other jobs stretch the wall time.
double cpuMilliseconds()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 9) {
        std::fprintf(stderr,
                     "usage: %s VECTORS.f32 ROWS DIM NEIGHBORS EPOCHS THREADS SEED LAYOUT.f64\n",
                     argv[0]);
        return 64;
    }
    const auto rows = static_cast<Eigen::Index>(std::stoll(argv[2]));
    const auto dim = static_cast<Eigen::Index>(std::stoll(argv[3]));
    Matrix points(rows, dim);
    std::ifstream in(argv[1], std::ios::binary);
    in.read(reinterpret_cast<char *>(points.data()),
            static_cast<std::streamsize>(points.size()) * std::streamsize(sizeof(float)));
    if (!in) {
        std::fprintf(stderr, "cannot read %lld x %lld floats from %s\n",
                     static_cast<long long>(rows), static_cast<long long>(dim), argv[1]);
        return 66;
    }

    UmapOptions options;
    options.neighbors = std::stoul(argv[4]);
    options.epochs = std::stoul(argv[5]);
    options.threads = std::stoul(argv[6]);
    options.seed = std::stoull(argv[7]);

    const double start = wallMilliseconds();
    const double startCpu = cpuMilliseconds();
    auto umap = UmapProjection::create(points, options);
    if (!umap) {
        std::fprintf(stderr, "%s\n", umap.error().detail.c_str());
        return 65;
    }
    const double prepared = wallMilliseconds();
    const double preparedCpu = cpuMilliseconds();
    if (auto done = (*umap)->run((*umap)->totalIterations()); !done) {
        std::fprintf(stderr, "%s\n", done.error().detail.c_str());
        return 70;
    }
    const double finished = wallMilliseconds();
    const double finishedCpu = cpuMilliseconds();

    const Layout &layout = (*umap)->layout();
    std::ofstream out(argv[8], std::ios::binary);
    out.write(reinterpret_cast<const char *>(layout.data()),
              static_cast<std::streamsize>(layout.size()) * std::streamsize(sizeof(double)));
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", argv[8]);
        return 74;
    }
    std::printf("{\"prepare_ms\": %.1f, \"epochs_ms\": %.1f, \"total_ms\": %.1f, "
                "\"prepare_cpu_ms\": %.1f, \"epochs_cpu_ms\": %.1f, \"total_cpu_ms\": %.1f, "
                "\"approximate_knn\": %s}\n",
                prepared - start, finished - prepared, finished - start, preparedCpu - startCpu,
                finishedCpu - preparedCpu, finishedCpu - startCpu,
                (*umap)->approximateNeighbours() ? "true" : "false");
    return 0;
}
