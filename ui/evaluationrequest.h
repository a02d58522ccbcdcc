#pragma once

#include "core/eval/similaritybenchmark.h"
#include "core/model/analogymethod.h"

#include <QString>

#include <cstddef>

namespace ewb::ui {

/// One benchmark run as the evaluation pane assembles it: which file, read how, scored with
/// which settings. Plain value type, copied into the worker thread.
struct EvaluationRequest
{
    /// What the file holds, which decides the benchmark that reads it.
    enum class Kind {
        Analogy, ///< ": section" headers and "a b c d" questions (questions-words.txt)
        Similarity, ///< "word1 word2 score" pairs with human scores (WordSim-353, MEN, ...)
    };

    Kind kind = Kind::Analogy;
    /// Stable name stored with the result: "questions-words", "wordsim353", "simlex999", "men"
    /// for the shipped sets, the file name for a user's file.
    QString benchmark;
    /// The file read: ":/data/..." for a shipped set, a local path for a user's file.
    QString path;
    /// Only the first restrictVocab rows (most frequent words) count; >= 1. Lowering it makes
    /// more questions OOV but removes rare distractors (gensim's restrict_vocab).
    std::size_t restrictVocab = 30000;
    /// Upper-case words and vocabulary before matching (gensim's default).
    bool caseInsensitive = true;
    /// How analogies are answered; ignored for similarity sets.
    core::AnalogyMethod method = core::AnalogyMethod::CosAdd;
    /// How the fields of a pair line are separated; ignored for analogy sets.
    core::SimilarityBenchmark::Separator separator = core::SimilarityBenchmark::Separator::Tab;

    /// True for a set compiled into the application (path starts with ":/").
    bool isShipped() const { return path.startsWith(QLatin1String(":/")); }
};

} // namespace ewb::ui
