// Query speed: exact top-10 neighbours on a random 100,000 x 300 model (compare with
// bench/query_speed_gensim.py, gensim's most_similar on the same shape) and "did you mean"
// suggestions on a 1,000,000-word vocabulary. Build in a Release tree before quoting numbers.

#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "core/model/wordsuggester.h"

#include <cstdio>
#include <ctime>
#include <random>
#include <string>
#include <vector>

using namespace ewb::core;

namespace {

// CPU time of this process: on a shared, busy machine wall time mostly measures the neighbours.
double cpuMilliseconds()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
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
    std::vector<std::string> words;
    words.reserve(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        // A row-number suffix keeps random words unique.
        std::string word;
        if (randomWords) {
            for (std::size_t n = length(rng); n > 0; --n)
                word += static_cast<char>(letter(rng));
        }
        words.push_back(word + std::to_string(r));
    }
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

} // namespace

int main()
{
    std::mt19937 rng(1);
    const auto model = randomModel(100'000, 300, rng, false);
    if (!model)
        return 1;
    const Queries queries(*model);
    std::uniform_int_distribution<std::size_t> pick(0, model->size() - 1);
    constexpr int rounds = 200;
    double checksum = 0.0;
    double start = cpuMilliseconds();
    for (int i = 0; i < rounds; ++i) {
        const auto result = queries.neighbours(model->word(pick(rng)), 10);
        checksum += result ? double(result->front().score) : 0.0;
    }
    std::printf("neighbours k=10 on 100000 x 300: %.3f ms CPU/query (checksum %.3f)\n",
                (cpuMilliseconds() - start) / rounds, checksum);

    const auto big = randomModel(1'000'000, 2, rng, true);
    if (!big)
        return 1;
    const WordSuggester suggester(*big);
    const char *probes[] = { "QWERTY", "hello", "xyzzyplugh", "abc", "Straße" };
    start = cpuMilliseconds();
    std::size_t found = 0;
    for (const char *probe : probes)
        found += suggester.suggest(probe).size();
    std::printf("suggestions on 1000000 words: %.3f ms CPU/query (%zu found)\n",
                (cpuMilliseconds() - start) / std::size(probes), found);
    return 0;
}
