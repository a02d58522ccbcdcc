// NeighbourIndex at scale: build time, per-query latency and recall@10 against exact search on
// 200 sampled words, for several ef values. Build in a Release tree before quoting numbers.
//
// Usage: ewb_bench_index ROWS DIM [THREADS [M [EF_CONSTRUCTION]]]
//   The vectors are synthetic but shaped like word vectors rather than uniform noise: a
//   two-level Gaussian hierarchy (1,000 topics, each with sub-topics of about 20 words) plus
//   per-word noise whose strength varies from word to word, as rare words are noisier. The bench
//   prints the mean cosine of the 1st and 10th exact neighbour so the shape can be compared with
//   real models (300-dimensional word2vec models typically give about 0.7 and 0.55).

#include "core/model/embeddingmodel.h"
#include "core/model/exactsearch.h"
#include "core/model/neighbourindex.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <string>
#include <vector>

using namespace ewb::core;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::shared_ptr<const EmbeddingModel> hierarchicalModel(std::size_t rows, std::size_t dim)
{
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> noiseScale(0.6f, 1.3f);
    const std::size_t topics = 1000;
    const std::size_t subtopics = std::max<std::size_t>(rows / 20, topics);
    Matrix topic(static_cast<Eigen::Index>(topics), static_cast<Eigen::Index>(dim));
    for (Eigen::Index i = 0; i < topic.size(); ++i)
        topic.data()[i] = normal(rng);
    Matrix sub(static_cast<Eigen::Index>(subtopics), static_cast<Eigen::Index>(dim));
    for (Eigen::Index s = 0; s < sub.rows(); ++s) {
        const auto parent = static_cast<Eigen::Index>(rng() % topics);
        for (Eigen::Index c = 0; c < sub.cols(); ++c)
            sub(s, c) = topic(parent, c) + 0.8f * normal(rng);
    }
    Matrix vectors(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
    std::vector<std::string> words;
    words.reserve(rows);
    for (Eigen::Index r = 0; r < vectors.rows(); ++r) {
        const auto parent = static_cast<Eigen::Index>(rng() % subtopics);
        const float noise = noiseScale(rng);
        for (Eigen::Index c = 0; c < vectors.cols(); ++c)
            vectors(r, c) = sub(parent, c) + noise * normal(rng);
        // Appending (not "w" + ...) avoids a false -Wrestrict of GCC 12.
        std::string word = "w";
        word += std::to_string(r);
        words.push_back(std::move(word));
    }
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 6) {
        std::fprintf(stderr, "usage: %s ROWS DIM [THREADS [M [EF_CONSTRUCTION]]]\n", argv[0]);
        return 64;
    }
    const std::size_t rows = std::stoul(argv[1]);
    const std::size_t dim = std::stoul(argv[2]);
    NeighbourIndexOptions options;
    options.threads = argc > 3 ? std::stoul(argv[3]) : 0;
    options.m = argc > 4 ? std::stoul(argv[4]) : options.m;
    options.efConstruction = argc > 5 ? std::stoul(argv[5]) : options.efConstruction;

    auto start = std::chrono::steady_clock::now();
    const auto model = hierarchicalModel(rows, dim);
    if (!model)
        return 70;
    std::printf("model %zu x %zu generated in %.1f s\n", rows, dim, secondsSince(start));

    start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    const auto index = NeighbourIndex::build(model, options, {}, [](double fraction) {
        static int lastDecile = -1;
        const int decile = static_cast<int>(fraction * 10.0);
        if (decile != lastDecile) {
            lastDecile = decile;
            std::fprintf(stderr, "  build %3.0f %%\n", fraction * 100.0);
        }
    });
    if (!index) {
        std::fprintf(stderr, "build failed: %s\n", index.error().detail.c_str());
        return 70;
    }
    std::printf("index build (m %zu, ef_construction %zu, %zu threads): %.1f s wall, %.1f s CPU, "
                "graph %.0f MiB\n",
                options.m, options.efConstruction, options.threads, secondsSince(start),
                double(std::clock() - cpuStart) / CLOCKS_PER_SEC,
                double((*index)->memoryBytes()) / (1024.0 * 1024.0));

    // Shape of the data: mean cosine of the 1st and 10th exact neighbour of 200 words.
    const ExactSearch exact(*model, { SearchOptions::Screening::Always, 1 });
    double first = 0.0;
    double tenth = 0.0;
    for (std::size_t i = 0; i < 200; ++i) {
        const std::size_t row = i * 7919 % rows;
        const std::size_t excluded[] = { row };
        const auto top
            = exact.top({ model->unitVectors().data() + row * dim, dim }, 10, rows, excluded);
        first += double(top->front().score) / 200.0;
        tenth += double(top->back().score) / 200.0;
    }
    std::printf("mean cosine of neighbour 1: %.3f, of neighbour 10: %.3f\n", first, tenth);

    for (const std::size_t ef : std::vector<std::size_t> { 32, 64, 128, 256 }) {
        const auto recall = (*index)->measureRecall(200, 10, 1, ef);
        if (!recall)
            return 70;
        // The same 200 words again, index only, for its CPU time (the process runs nothing else).
        const std::clock_t cpu = std::clock();
        start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < 200; ++i) {
            if (!(*index)->query(model->word(i * 7919 % rows), 10, ef))
                return 70;
        }
        std::printf("ef %4zu: recall@10 %.4f, index %.3f ms wall / %.3f ms CPU per query, "
                    "exact %.2f ms wall per query (one thread each)\n",
                    recall->ef, recall->recall, secondsSince(start) * 1000.0 / 200.0,
                    double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC / 200.0,
                    recall->exactMilliseconds);
    }
    return 0;
}
