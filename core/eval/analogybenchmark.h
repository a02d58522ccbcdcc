#pragma once

#include "core/common/result.h"
#include "core/model/analogymethod.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

class EmbeddingModel;

/// Word analogy benchmark with exactly the definition of gensim 4.2's
/// KeyedVectors.evaluate_word_analogies, so scores can be compared with published gensim runs:
/// - the file holds sections started by ": name" lines and questions "a b c expected" (word2vec's
///   questions-words.txt);
/// - only the first restrictVocab rows count; with caseInsensitive the vocabulary keys and the
///   question words are upper-cased and each key takes its most frequent row;
/// - a question with a word outside that vocabulary is counted as OOV and skipped; a line that
///   is not 4 words is skipped and its line number reported;
/// - the prediction is the first of the top 5 answers of the method over the restricted rows,
///   input rows excluded, whose key is none of a, b, c; it is correct when its key equals the
///   expected key.
/// Differences: all-zero rows count as OOV (gensim would compute NaN), and the 3CosMul option
/// applies restrictVocab (gensim 4.2 accepts similarity_function but always uses 3CosAdd, and
/// its most_similar_cosmul searches all rows).
/// Questions are scored in blocks with one matrix product each. Stateless; thread-safe.
class AnalogyBenchmark
{
public:
    struct Options
    {
        /// Rows (most frequent words) that form the vocabulary; gensim's default is 300000, the
        /// workbench's benchmark view uses 30000. Lowering it makes more questions OOV but
        /// removes rare distractors; must be >= 1.
        std::size_t restrictVocab = 300000;
        /// Upper-case question words and vocabulary before matching (gensim's default).
        bool caseInsensitive = true;
        AnalogyMethod method = AnalogyMethod::CosAdd;
    };

    /// Score of one section, or of an aggregate (semantic, syntactic, total).
    struct Section
    {
        std::string name;
        std::size_t correct = 0;
        std::size_t total = 0; ///< questions answered (OOV questions are not included)
        std::size_t oov = 0; ///< questions skipped for an out-of-vocabulary word
        /// correct / total, 0 when total is 0 (as gensim).
        double accuracy() const { return total == 0 ? 0.0 : double(correct) / double(total); }
    };

    struct Report
    {
        std::vector<Section> sections; ///< in file order, empty sections included
        Section semantic { "semantic" }; ///< sections whose name does not start with "gram"
        Section syntactic { "syntactic" }; ///< sections whose name starts with "gram"
        Section total { "total" };
        std::size_t questions = 0; ///< well-formed question lines
        std::size_t oov = 0; ///< questions skipped for an out-of-vocabulary word
        std::vector<std::size_t> skippedLines; ///< 1-based lines that were not 4 words
        AnalogyMethod method = AnalogyMethod::CosAdd;
        /// OOV questions in percent of all questions, as gensim logs it.
        double oovPercent() const
        {
            return questions == 0 ? 0.0 : 100.0 * double(oov) / double(questions);
        }
    };

    /// Called with (questions scored, questions to score), from the calling thread, at most
    /// every 100 ms and once at the end.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;

    /// Runs the benchmark on question text. Fails with InvalidArgument when restrictVocab is 0,
    /// ParseError (with the 1-based line) for a question before the first section header,
    /// EmptyInput when the text holds no question, Cancelled when `stop` is requested (checked
    /// between blocks of questions, well within 200 ms) and OutOfMemory when a block's scores
    /// do not fit.
    static Result<Report> evaluate(const EmbeddingModel &model, std::string_view questions,
                                   const Options &options, std::stop_token stop = {},
                                   const Progress &progress = {});

    /// evaluate() on the contents of a file (see readTextFile for file errors).
    static Result<Report> evaluateFile(const EmbeddingModel &model,
                                       const std::filesystem::path &path, const Options &options,
                                       std::stop_token stop = {}, const Progress &progress = {});
};

} // namespace ewb::core
