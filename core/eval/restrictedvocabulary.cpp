#include "core/eval/restrictedvocabulary.h"

#include "core/model/embeddingmodel.h"
#include "core/model/textcase.h"

#include <algorithm>

namespace ewb::core {

RestrictedVocabulary::RestrictedVocabulary(const EmbeddingModel &model, std::size_t restrictVocab,
                                           bool caseInsensitive)
    : m_caseInsensitive(caseInsensitive), m_rows(std::min(restrictVocab, model.size()))
{
    m_rowOf.reserve(m_rows);
    for (std::size_t row = 0; row < m_rows; ++row) {
        if (model.isZero(row))
            continue;
        // emplace keeps the first row of a key: the most frequent case variant wins.
        m_rowOf.emplace(key(model.word(row)), row);
    }
}

std::string RestrictedVocabulary::key(std::string_view word) const
{
    return m_caseInsensitive ? upperCase(word) : std::string(word);
}

std::optional<std::size_t> RestrictedVocabulary::find(const std::string &key) const
{
    const auto it = m_rowOf.find(key);
    if (it == m_rowOf.end())
        return std::nullopt;
    return it->second;
}

} // namespace ewb::core
