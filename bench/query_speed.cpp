// Query speed: exact top-10 neighbours on a 100,000 x 300 model with every search mode (compare
// with gensim's most_similar through bench/query_speed_gensim.py, which runs both interleaved on
// the same vectors), and "did you mean" suggestions on a 1,000,000-word vocabulary.
// Build in a Release tree before quoting numbers.
//
// Usage: ewb_bench_query [VECTORS.f32 ROWS DIM]
//   VECTORS.f32: ROWS x DIM little-endian float32 values, row-major (words are "0", "1", ...);
//   without it the bench draws its own Gaussian vectors. The 200 query words are rows
//   (i * 7919) mod ROWS, the same as in query_speed_gensim.py.

#include "core/model/embeddingmodel.h"
#include "core/model/exactsearch.h"
#include "core/model/queries.h"
#include "core/model/wordsuggester.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace ewb::core;

namespace {

double cpuMilliseconds()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

double wallMilliseconds()
{
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::vector<std::string> numberedWords(std::size_t rows)
{
    std::vector<std::string> words;
    words.reserve(rows);
    for (std::size_t r = 0; r < rows; ++r)
        words.push_back(std::to_string(r));
    return words;
}

std::shared_ptr<const EmbeddingModel> randomModel(std::size_t rows, std::size_t dim,
                                                  std::mt19937 &rng, bool randomWords)
{
    std::normal_distribution<float> normal;
    std::uniform_int_distribution<int> letter('a', 'z');
    std::uniform_int_distribution<std::size_t> length(3, 12);
    Matrix vectors(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
    for (Eigen::Index i = 0; i < vectors.size(); ++i)
        vectors.data()[i] = normal(rng);
    std::vector<std::string> words = numberedWords(rows);
    if (randomWords) {
        // A row-number suffix keeps random words unique.
        for (auto &word : words) {
            std::string prefix;
            for (std::size_t n = length(rng); n > 0; --n)
                prefix += static_cast<char>(letter(rng));
            word = prefix + word;
        }
    }
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

std::shared_ptr<const EmbeddingModel> fileModel(const char *path, std::size_t rows, std::size_t dim)
{
    Matrix vectors(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
    std::ifstream in(path, std::ios::binary);
    const auto bytes = static_cast<std::streamsize>(rows * dim * sizeof(float));
    if (!in.read(reinterpret_cast<char *>(vectors.data()), bytes))
        return nullptr;
    auto model = EmbeddingModel::create(numberedWords(rows), {}, std::move(vectors));
    return model ? *model : nullptr;
}

void timeNeighbours(const EmbeddingModel &model, const char *label, SearchOptions options)
{
    const Queries queries(model, options);
    constexpr std::size_t count = 200;
    // Two warm-up queries: the second builds the screening copy under Automatic.
    double checksum = 0.0;
    for (std::size_t i = 0; i < 2; ++i)
        checksum += double(queries.neighbours(model.word(i), 10)->front().score);
    const double wall = wallMilliseconds();
    const double cpu = cpuMilliseconds();
    for (std::size_t i = 0; i < count; ++i) {
        const auto result = queries.neighbours(model.word(i * 7919 % model.size()), 10);
        checksum += result ? double(result->front().score) : 0.0;
    }
    std::printf("ewb %-14s %zu x %zu: %.3f ms wall/query, %.3f ms CPU/query (checksum %.4f)\n",
                label, model.size(), model.dim(), (wallMilliseconds() - wall) / count,
                (cpuMilliseconds() - cpu) / count, checksum);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 1 && argc != 4) {
        std::fprintf(stderr, "usage: %s [VECTORS.f32 ROWS DIM]\n", argv[0]);
        return 64;
    }
    std::mt19937 rng(1);
    const auto model = argc == 4 ? fileModel(argv[1], std::stoul(argv[2]), std::stoul(argv[3]))
                                 : randomModel(100'000, 300, rng, false);
    if (!model) {
        std::fprintf(stderr, "cannot read or build the model\n");
        return 66;
    }
    using Screening = SearchOptions::Screening;
    timeNeighbours(*model, "plain-1thread", { Screening::Never, 1 });
    timeNeighbours(*model, "screened-1thr", { Screening::Automatic, 1 });
    timeNeighbours(*model, "plain-2threads", { Screening::Never, 2 });
    timeNeighbours(*model, "screened-2thr", { Screening::Automatic, 2 });

    const double start = wallMilliseconds();
    const ExactSearch search(*model, { Screening::Always, 1 });
    if (!search.prepareScreening())
        return 70;
    std::printf("ewb screening copy build: %.1f ms (1 thread)\n", wallMilliseconds() - start);

    const auto big = randomModel(1'000'000, 2, rng, true);
    if (!big)
        return 1;
    const WordSuggester suggester(*big);
    const char *probes[] = { "QWERTY", "hello", "xyzzyplugh", "abc", "Straße" };
    const double cpu = cpuMilliseconds();
    std::size_t found = 0;
    for (const char *probe : probes)
        found += suggester.suggest(probe).size();
    std::printf("suggestions on 1000000 words: %.3f ms CPU/query (%zu found)\n",
                (cpuMilliseconds() - cpu) / std::size(probes), found);
    return 0;
}
