#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ewb::core {

/// The words a model is trained on, most frequent first (ties keep the order in which the words
/// first occurred in the corpus), with their corpus counts. A word's id is its position.
/// Immutable once built; every const member is safe to call from any number of threads.
class Vocabulary
{
public:
    /// An empty vocabulary (size 0); real ones come from VocabularyBuilder or create().
    Vocabulary() = default;

    /// Builds a vocabulary from words already in their final order. Fails with InvalidArgument
    /// when the sizes differ, a word is empty or repeated, a count is 0, or the counts are not
    /// sorted in descending order.
    static Result<Vocabulary> create(std::vector<std::string> words,
                                     std::vector<std::uint64_t> counts);

    /// Number of words (ids are 0..size()-1).
    std::size_t size() const { return m_words.size(); }
    bool empty() const { return m_words.empty(); }
    const std::vector<std::string> &words() const { return m_words; }
    /// Corpus counts in the order of words(), descending.
    const std::vector<std::uint64_t> &counts() const { return m_counts; }
    const std::string &word(std::uint32_t id) const { return m_words[id]; }
    std::uint64_t count(std::uint32_t id) const { return m_counts[id]; }
    /// Sum of counts(): the number of corpus tokens that belong to the vocabulary.
    std::uint64_t totalCount() const { return m_total; }

    /// Id of a word (exact, case-sensitive match), or -1 when it is not in the vocabulary.
    std::int64_t indexOf(std::string_view word) const;

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view> {}(s);
        }
    };

    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_index;
    std::uint64_t m_total = 0;
};

} // namespace ewb::core
