#include "core/vocab/vocabulary.h"

#include <limits>
#include <new>

namespace ewb::core {

Result<Vocabulary> Vocabulary::create(std::vector<std::string> words,
                                      std::vector<std::uint64_t> counts)
{
    if (words.size() != counts.size())
        return fail(ErrorCode::InvalidArgument,
                    "vocabulary has " + std::to_string(words.size()) + " words but "
                        + std::to_string(counts.size()) + " counts");
    if (words.size() > std::numeric_limits<std::uint32_t>::max())
        return fail(ErrorCode::InvalidArgument,
                    "vocabulary of " + std::to_string(words.size())
                        + " words exceeds the limit of 4294967295");
    try {
        Vocabulary vocabulary;
        vocabulary.m_index.reserve(words.size());
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (words[i].empty())
                return fail(ErrorCode::InvalidArgument,
                            "vocabulary word " + std::to_string(i) + " is empty");
            if (counts[i] == 0)
                return fail(ErrorCode::InvalidArgument,
                            "vocabulary word '" + words[i] + "' has count 0");
            if (i > 0 && counts[i] > counts[i - 1])
                return fail(ErrorCode::InvalidArgument,
                            "vocabulary counts are not descending at word " + std::to_string(i)
                                + " ('" + words[i] + "')");
            if (!vocabulary.m_index.emplace(words[i], static_cast<std::uint32_t>(i)).second)
                return fail(ErrorCode::InvalidArgument,
                            "vocabulary word '" + words[i] + "' occurs twice");
            vocabulary.m_total += counts[i];
        }
        vocabulary.m_words = std::move(words);
        vocabulary.m_counts = std::move(counts);
        return vocabulary;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "out of memory indexing a vocabulary of " + std::to_string(words.size())
                        + " words");
    }
}

std::int64_t Vocabulary::indexOf(std::string_view word) const
{
    const auto it = m_index.find(word);
    return it == m_index.end() ? -1 : static_cast<std::int64_t>(it->second);
}

} // namespace ewb::core
