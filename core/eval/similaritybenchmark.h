#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string_view>
#include <vector>

namespace ewb::core {

class EmbeddingModel;

/// Word-pair similarity benchmark (WordSim-353, SimLex-999, MEN, RG-65) with the definition of
/// gensim 4.2's KeyedVectors.evaluate_word_pairs: lines "w1 w2 score", lines starting with '#'
/// skipped, only the first restrictVocab rows count, with caseInsensitive words and vocabulary
/// are upper-cased (most frequent variant wins), pairs with a word outside that vocabulary are
/// skipped and counted as OOV, and the model's cosine similarities are compared with the human
/// scores by Spearman's rank correlation (average ranks for ties, as scipy.stats.spearmanr) and
/// Pearson's correlation. Lines that are not three fields with a finite number last are
/// skipped and reported. Differences: all-zero rows count as OOV (gensim computes NaN).
/// Stateless; thread-safe.
class SimilarityBenchmark
{
public:
    /// How the three fields of a line are separated.
    enum class Separator {
        Tab, ///< exactly one tab between fields (gensim's default delimiter)
        Whitespace, ///< any run of whitespace (gensim with delimiter=None)
    };

    struct Options
    {
        /// Rows (most frequent words) that form the vocabulary; gensim's default. Must be >= 1.
        std::size_t restrictVocab = 300000;
        /// Upper-case pair words and vocabulary before matching (gensim's default).
        bool caseInsensitive = true;
        Separator separator = Separator::Tab;
    };

    struct Report
    {
        double spearman = 0.0; ///< in [-1, 1]; NaN when either series is constant
        double pearson = 0.0; ///< in [-1, 1]; NaN when either series is constant
        std::size_t pairs = 0; ///< pairs scored
        std::size_t oov = 0; ///< pairs skipped for an out-of-vocabulary word
        std::vector<std::size_t> skippedLines; ///< 1-based lines that were not valid pairs
        /// OOV pairs as a fraction of all valid pairs, 0..1.
        double oovFraction() const
        {
            return pairs + oov == 0 ? 0.0 : double(oov) / double(pairs + oov);
        }
        /// The same in percent, as gensim returns and logs it.
        double oovPercent() const { return 100.0 * oovFraction(); }
    };

    /// Called with (lines read, lines in the text), from the calling thread, at most every
    /// 100 ms and once at the end.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;

    /// Runs the benchmark on pair text. Fails with InvalidArgument when restrictVocab is 0,
    /// EmptyInput when no line is a valid pair, NotFound when every pair is OOV (no correlation
    /// can be computed) and Cancelled when `stop` is requested.
    static Result<Report> evaluate(const EmbeddingModel &model, std::string_view pairs,
                                   const Options &options, std::stop_token stop = {},
                                   const Progress &progress = {});

    /// evaluate() on the contents of a file (see readTextFile for file errors).
    static Result<Report> evaluateFile(const EmbeddingModel &model,
                                       const std::filesystem::path &path, const Options &options,
                                       std::stop_token stop = {}, const Progress &progress = {});
};

} // namespace ewb::core
