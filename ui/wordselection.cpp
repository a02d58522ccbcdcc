#include "ui/wordselection.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ewb::ui {

WordSelection WordSelection::top(const core::EmbeddingModel &model, std::size_t topWords)
{
    WordSelection selection;
    const std::size_t n = std::min(topWords, model.size());
    selection.m_rows.reserve(n);
    selection.m_utf8.reserve(n);
    selection.m_words.reserve(qsizetype(n));
    for (std::size_t row = 0; row < n; ++row) {
        selection.m_rows.push_back(row);
        selection.m_utf8.push_back(model.word(row));
        selection.m_words.append(QString::fromStdString(model.word(row)));
    }
    return selection;
}

WordSelection WordSelection::fromList(const core::EmbeddingModel &model, const QStringList &list)
{
    WordSelection selection;
    QSet<QString> seen;
    for (const QString &entry : list) {
        const QString word = entry.trimmed();
        if (word.isEmpty() || seen.contains(word))
            continue;
        seen.insert(word);
        std::string utf8 = word.toStdString();
        const std::int64_t row = model.indexOf(utf8);
        if (row < 0) {
            selection.m_unknown.append(word);
            continue;
        }
        selection.m_rows.push_back(std::size_t(row));
        selection.m_utf8.push_back(std::move(utf8));
        selection.m_words.append(word);
    }
    return selection;
}

std::optional<core::Matrix> WordSelection::vectorsIn(const core::EmbeddingModel &model) const
{
    core::Matrix points(Eigen::Index(m_rows.size()), Eigen::Index(model.dim()));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        // Checkpoints of one run share the vocabulary, so the row usually matches and the
        // hash lookup is skipped.
        std::size_t row = m_rows[i];
        if (row >= model.size() || model.word(row) != m_utf8[i]) {
            const std::int64_t found = model.indexOf(m_utf8[i]);
            if (found < 0)
                return std::nullopt;
            row = std::size_t(found);
        }
        points.row(Eigen::Index(i)) = model.vectors().row(Eigen::Index(row));
    }
    return points;
}

QList<quint8> WordSelection::frequencyClasses(const core::EmbeddingModel &model, int classes) const
{
    QList<quint8> result(qsizetype(m_rows.size()), 0);
    if (m_rows.empty() || classes < 2)
        return result;
    const bool counted = std::any_of(model.counts().begin(), model.counts().end(),
                                     [](std::uint64_t c) { return c > 0; });
    // Word frequencies follow Zipf's law, so a linear ramp would paint all but a handful of
    // words in the rarest class: classes are even steps of log(count) instead (or of
    // -log(rank + 1) without counts, which is the same ramp under Zipf).
    std::vector<double> level(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const std::size_t row = m_rows[i];
        level[i]
            = counted ? std::log(double(model.counts()[row]) + 1.0) : -std::log(double(row) + 1.0);
    }
    const auto [low, high] = std::minmax_element(level.begin(), level.end());
    const double span = *high - *low;
    for (std::size_t i = 0; i < level.size(); ++i) {
        const double t = span > 0 ? (level[i] - *low) / span : 1.0;
        result[qsizetype(i)] = quint8(std::min(classes - 1, int(t * classes)));
    }
    return result;
}

} // namespace ewb::ui
