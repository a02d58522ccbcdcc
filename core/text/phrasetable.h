#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace ewb::core {

/// The Chinese word pairs that PhraseLearner found to be one word (贾 + 母 -> 贾母): each entry
/// is the joined word, whose first code point is the left token. Read-only once learnt; const
/// members are safe from any thread.
class PhraseTable
{
public:
    /// Records that left + right form one word.
    void add(std::string_view left, std::string_view right);
    /// True when left followed by right is to be merged.
    bool contains(std::string_view left, std::string_view right) const;
    /// True when nothing is to be merged.
    bool empty() const { return m_words.empty(); }
    /// Number of pairs to merge.
    std::size_t size() const { return m_words.size(); }

private:
    std::unordered_set<std::string> m_words;
};

} // namespace ewb::core
