#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ewb::core {

class EmbeddingModel;

/// The word -> row lookup gensim's evaluate_word_analogies and evaluate_word_pairs use: only the
/// first `restrictVocab` rows count (the most frequent words when the model is in frequency
/// order), and with case folding on, keys are upper-cased (Unicode full mapping, as Python's
/// str.upper) and each key maps to its first, most frequent row ("Paris" and "PARIS" both find
/// "paris" if it comes first). All-zero rows are left out, so words without a direction count
/// as out of vocabulary. Building costs one pass over the restricted rows; lookups are O(1).
/// Immutable after construction; thread-safe.
class RestrictedVocabulary
{
public:
    RestrictedVocabulary(const EmbeddingModel &model, std::size_t restrictVocab,
                         bool caseInsensitive);

    /// The lookup key of a word: upper-cased when case-insensitive, else the word itself.
    std::string key(std::string_view word) const;
    /// Row of a key made by key(), or nothing when it is outside the restricted vocabulary.
    std::optional<std::size_t> find(const std::string &key) const;
    /// Number of rows considered: min(restrictVocab, model size).
    std::size_t rows() const { return m_rows; }

private:
    bool m_caseInsensitive;
    std::size_t m_rows;
    std::unordered_map<std::string, std::size_t> m_rowOf;
};

} // namespace ewb::core
