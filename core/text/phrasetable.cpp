#include "core/text/phrasetable.h"

namespace ewb::core {

void PhraseTable::add(std::string_view left, std::string_view right)
{
    std::string word(left);
    word.append(right);
    m_words.insert(std::move(word));
}

bool PhraseTable::contains(std::string_view left, std::string_view right) const
{
    // Two or three ideographs: the key fits the short-string buffer, no allocation.
    std::string word(left);
    word.append(right);
    return m_words.find(word) != m_words.end();
}

} // namespace ewb::core
