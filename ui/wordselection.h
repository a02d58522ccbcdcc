#pragma once

#include "core/model/embeddingmodel.h"

#include <QList>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ewb::ui {

/// The words a projection shows, chosen from a model: the N most frequent (the first N rows,
/// as models keep frequency order), or a word list in its own order with the words the model
/// lacks reported (duplicates and blank entries dropped). Also gathers their vectors from the
/// model or from a snapshot of it. A value; any thread.
class WordSelection
{
public:
    /// The first min(topWords, size) rows of `model`.
    static WordSelection top(const core::EmbeddingModel &model, std::size_t topWords);
    /// The words of `list` that `model` holds; the others go to unknown().
    static WordSelection fromList(const core::EmbeddingModel &model, const QStringList &list);

    std::size_t size() const { return m_rows.size(); }
    /// Row in the model of each chosen word.
    const std::vector<std::size_t> &rows() const { return m_rows; }
    const QStringList &words() const { return m_words; }
    /// The same words in UTF-8, as the model spells them.
    const std::vector<std::string> &utf8Words() const { return m_utf8; }
    /// Entries of the word list that are not in the model, in list order.
    const QStringList &unknown() const { return m_unknown; }

    /// The vectors of the chosen words in `model`, one row each: by row when `model` has the
    /// same vocabulary as the one chosen from, otherwise looked up by word. Nothing when a
    /// word is missing from `model`.
    std::optional<core::Matrix> vectorsIn(const core::EmbeddingModel &model) const;
    /// The chosen words' corpus counts in `model` as classes 0 .. classes - 1 on a logarithmic
    /// ramp (0 the rarest). Without counts (imported vectors), the rank stands in for them.
    QList<quint8> frequencyClasses(const core::EmbeddingModel &model, int classes) const;

private:
    std::vector<std::size_t> m_rows;
    std::vector<std::string> m_utf8;
    QStringList m_words;
    QStringList m_unknown;
};

} // namespace ewb::ui
