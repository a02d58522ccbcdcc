#include "core/model/queries.h"

#include "core/model/embeddingmodel.h"
#include "core/model/exactsearch.h"
#include "core/model/expression.h"
#include "core/model/topselection.h"

#include <algorithm>
#include <cmath>

namespace ewb::core {

namespace {

    // Levy and Goldberg's epsilon, as gensim's most_similar_cosmul adds it to the denominator.
    constexpr float cosMulEpsilon = 1e-6f;

    // Per-thread scratch for the score vector and the 3CosMul similarities: queries on one thread
    // reuse the same buffers instead of allocating V floats per call.
    Eigen::VectorXf &scratchScores(std::size_t rows)
    {
        thread_local Eigen::VectorXf scores;
        scores.resize(static_cast<Eigen::Index>(rows));
        return scores;
    }

    Eigen::MatrixXf &scratchSimilarities(std::size_t rows, std::size_t columns)
    {
        thread_local Eigen::MatrixXf similarities;
        similarities.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(columns));
        return similarities;
    }

    std::span<const float> asSpan(const Eigen::VectorXf &scores)
    {
        return { scores.data(), static_cast<std::size_t>(scores.size()) };
    }

    Eigen::Ref<const Matrix> topRows(const EmbeddingModel &model, std::size_t rows)
    {
        return model.unitVectors().topRows(static_cast<Eigen::Index>(rows));
    }

    std::string joined(const std::vector<std::string> &words)
    {
        std::string text;
        for (const auto &word : words) {
            if (!text.empty())
                text += ", ";
            text += word;
        }
        return text;
    }

} // namespace

Queries::Queries(const EmbeddingModel &model, SearchOptions options)
    : m_model(model)
    , m_suggester(model)
    , m_search(std::make_shared<const ExactSearch>(model, options))
{ }

Result<std::size_t> Queries::rowOf(std::string_view word) const
{
    const std::int64_t index = m_model.indexOf(word);
    if (index < 0) {
        std::string detail = "word '" + std::string(word) + "' is not in the vocabulary";
        const auto close = suggestions(word);
        if (!close.empty())
            detail += "; close words: " + joined(close);
        return fail(ErrorCode::NotFound, std::move(detail));
    }
    const auto row = static_cast<std::size_t>(index);
    if (m_model.isZero(row)) {
        return fail(ErrorCode::ZeroVector,
                    "word '" + std::string(word) + "' (row " + std::to_string(row)
                        + ") has an all-zero vector, so it has no direction to compare");
    }
    return row;
}

std::vector<std::string> Queries::suggestions(std::string_view word, std::size_t limit) const
{
    return m_suggester.suggest(word, limit);
}

Result<std::size_t> Queries::clampK(int k) const
{
    if (k <= 0)
        return fail(ErrorCode::InvalidArgument, "k must be at least 1, got " + std::to_string(k));
    const std::size_t upper = std::max<std::size_t>(
        1, std::min<std::size_t>(m_model.size() - 1, static_cast<std::size_t>(maxK)));
    return std::min(static_cast<std::size_t>(k), upper);
}

std::size_t Queries::searchRows(std::size_t restrictVocab) const
{
    return restrictVocab == 0 ? m_model.size() : std::min(restrictVocab, m_model.size());
}

Result<std::vector<Neighbour>> Queries::select(const Eigen::VectorXf &scores, std::size_t k,
                                               std::span<const std::size_t> excluded) const
{
    const auto entries = TopSelection::select(asSpan(scores), k, excluded, m_model.norms());
    std::vector<Neighbour> result;
    result.reserve(entries.size());
    for (const auto &entry : entries)
        result.push_back(Neighbour { entry.row, m_model.word(entry.row), entry.score });
    return result;
}

Result<std::vector<Neighbour>> Queries::nearest(std::span<const float> unitQuery, std::size_t k,
                                                std::span<const std::size_t> excluded,
                                                std::size_t restrictVocab) const
{
    const auto entries = m_search->top(unitQuery, k, searchRows(restrictVocab), excluded);
    if (!entries)
        return entries.error();
    std::vector<Neighbour> result;
    result.reserve(entries->size());
    for (const auto &entry : *entries)
        result.push_back(Neighbour { entry.row, m_model.word(entry.row), entry.score });
    return result;
}

Result<std::vector<Neighbour>> Queries::neighbours(std::string_view word, int k,
                                                   std::size_t restrictVocab) const
{
    const auto count = clampK(k);
    if (!count)
        return count.error();
    const auto row = rowOf(word);
    if (!row)
        return row.error();
    const std::span<const float> query(m_model.unitVectors().data() + *row * m_model.dim(),
                                       m_model.dim());
    const std::size_t excluded[] = { *row };
    return nearest(query, *count, excluded, restrictVocab);
}

Result<std::vector<Neighbour>> Queries::neighboursOfVector(std::span<const float> vector, int k,
                                                           std::span<const std::size_t> excluded,
                                                           std::size_t restrictVocab) const
{
    const auto count = clampK(k);
    if (!count)
        return count.error();
    if (vector.size() != m_model.dim()) {
        return fail(ErrorCode::InvalidArgument,
                    "query vector has " + std::to_string(vector.size())
                        + " components, the model has dimension " + std::to_string(m_model.dim()));
    }
    const Eigen::Map<const Eigen::VectorXf> query(vector.data(),
                                                  static_cast<Eigen::Index>(vector.size()));
    if (!query.allFinite())
        return fail(ErrorCode::NumericError, "query vector holds NaN or infinity");
    const double norm = query.cast<double>().norm();
    if (norm == 0.0)
        return fail(ErrorCode::ZeroVector, "query vector is all zeros, so it has no direction");
    const Eigen::VectorXf unit = (query.cast<double>() / norm).cast<float>();
    return nearest({ unit.data(), m_model.dim() }, *count, excluded, restrictVocab);
}

Result<std::vector<std::size_t>> Queries::rowsOf(std::span<const std::string> words) const
{
    std::vector<std::size_t> rows;
    rows.reserve(words.size());
    for (const auto &word : words) {
        const auto row = rowOf(word);
        if (!row)
            return row.error();
        rows.push_back(*row);
    }
    return rows;
}

Result<void> Queries::scoreCombination(std::span<const std::size_t> positive,
                                       std::span<const std::size_t> negative, AnalogyMethod method,
                                       Eigen::VectorXf &scores) const
{
    if (positive.empty())
        return fail(ErrorCode::InvalidArgument, "at least one positive word is needed");
    const auto rows = static_cast<std::size_t>(scores.size());
    const Matrix &unit = m_model.unitVectors();
    if (method == AnalogyMethod::CosAdd) {
        const auto direction = cosAddDirection(positive, negative);
        if (!direction)
            return direction.error();
        m_search->scoreAll({ direction->data(), m_model.dim() }, { scores.data(), rows });
        return {};
    }

    // 3CosMul (Levy and Goldberg 2014, eq. 4): one product gives every needed cosine; cosines
    // are shifted to [0, 1] (their footnote 7) so the products and the ratio stay positive.
    Eigen::MatrixXf terms(static_cast<Eigen::Index>(m_model.dim()),
                          static_cast<Eigen::Index>(positive.size() + negative.size()));
    Eigen::Index column = 0;
    for (const std::size_t row : positive)
        terms.col(column++) = unit.row(static_cast<Eigen::Index>(row)).transpose();
    for (const std::size_t row : negative)
        terms.col(column++) = unit.row(static_cast<Eigen::Index>(row)).transpose();
    Eigen::MatrixXf &similarities = scratchSimilarities(rows, positive.size() + negative.size());
    similarities.noalias() = topRows(m_model, rows) * terms;
    similarities = (similarities.array() + 1.0f) * 0.5f;
    const auto p = static_cast<Eigen::Index>(positive.size());
    const auto n = static_cast<Eigen::Index>(negative.size());
    scores = similarities.leftCols(p).rowwise().prod();
    if (n > 0)
        scores.array() /= similarities.rightCols(n).rowwise().prod().array() + cosMulEpsilon;
    else
        scores.array() /= 1.0f + cosMulEpsilon;
    return {};
}

Result<Eigen::VectorXf> Queries::cosAddDirection(std::span<const std::size_t> positive,
                                                 std::span<const std::size_t> negative) const
{
    if (positive.empty())
        return fail(ErrorCode::InvalidArgument, "at least one positive word is needed");
    // gensim's most_similar: the mean of the signed unit vectors, normalised; dividing by the
    // number of words does not change the direction, so only the sum is formed.
    const Matrix &unit = m_model.unitVectors();
    Eigen::VectorXf mean = Eigen::VectorXf::Zero(static_cast<Eigen::Index>(m_model.dim()));
    for (const std::size_t row : positive)
        mean += unit.row(static_cast<Eigen::Index>(row)).transpose();
    for (const std::size_t row : negative)
        mean -= unit.row(static_cast<Eigen::Index>(row)).transpose();
    const float norm = mean.norm();
    if (!(norm > 0.0f)) {
        return fail(ErrorCode::InvalidArgument,
                    "the positive and negative words cancel out to the zero vector");
    }
    mean /= norm;
    return mean;
}

Result<std::vector<Neighbour>> Queries::combination(std::span<const std::string> positive,
                                                    std::span<const std::string> negative, int k,
                                                    std::size_t restrictVocab) const
{
    return combined(positive, negative, AnalogyMethod::CosAdd, k, restrictVocab);
}

Result<std::vector<Neighbour>> Queries::combined(std::span<const std::string> positive,
                                                 std::span<const std::string> negative,
                                                 AnalogyMethod method, int k,
                                                 std::size_t restrictVocab) const
{
    const auto count = clampK(k);
    if (!count)
        return count.error();
    const auto positiveRows = rowsOf(positive);
    if (!positiveRows)
        return positiveRows.error();
    const auto negativeRows = rowsOf(negative);
    if (!negativeRows)
        return negativeRows.error();
    std::vector<std::size_t> excluded = *positiveRows;
    excluded.insert(excluded.end(), negativeRows->begin(), negativeRows->end());
    if (method == AnalogyMethod::CosAdd) {
        const auto direction = cosAddDirection(*positiveRows, *negativeRows);
        if (!direction)
            return direction.error();
        return nearest({ direction->data(), m_model.dim() }, *count, excluded, restrictVocab);
    }
    Eigen::VectorXf &scores = scratchScores(searchRows(restrictVocab));
    if (auto scored = scoreCombination(*positiveRows, *negativeRows, method, scores); !scored)
        return scored.error();
    return select(scores, *count, excluded);
}

Result<std::vector<Neighbour>> Queries::expression(std::string_view text, int k,
                                                   std::size_t restrictVocab) const
{
    const auto parsed = Expression::parse(text);
    if (!parsed)
        return parsed.error();
    return combination(parsed->positive(), parsed->negative(), k, restrictVocab);
}

Result<std::vector<Neighbour>> Queries::analogy(std::string_view a, std::string_view b,
                                                std::string_view c, AnalogyMethod method, int k,
                                                std::size_t restrictVocab) const
{
    const std::string positive[] = { std::string(b), std::string(c) };
    const std::string negative[] = { std::string(a) };
    return combined(positive, negative, method, k, restrictVocab);
}

Result<std::size_t> Queries::analogyRank(std::string_view a, std::string_view b, std::string_view c,
                                         std::string_view expected, AnalogyMethod method,
                                         std::size_t restrictVocab) const
{
    const std::string words[] = { std::string(b), std::string(c), std::string(a) };
    const auto inputs = rowsOf(words);
    if (!inputs)
        return inputs.error();
    const auto target = rowOf(expected);
    if (!target)
        return target.error();
    if (std::find(inputs->begin(), inputs->end(), *target) != inputs->end()) {
        return fail(ErrorCode::InvalidArgument,
                    "expected answer '" + std::string(expected)
                        + "' is one of the question words, which are never answers");
    }
    const std::size_t rows = searchRows(restrictVocab);
    if (*target >= rows) {
        return fail(ErrorCode::InvalidArgument,
                    "expected answer '" + std::string(expected) + "' (row "
                        + std::to_string(*target) + ") lies outside the first "
                        + std::to_string(rows) + " words searched");
    }
    Eigen::VectorXf &scores = scratchScores(rows);
    const std::span<const std::size_t> all(*inputs);
    if (auto scored = scoreCombination(all.first(2), all.last(1), method, scores); !scored)
        return scored.error();
    return TopSelection::rankOf(asSpan(scores), *target, all, m_model.norms());
}

Result<float> Queries::similarity(std::string_view a, std::string_view b) const
{
    const auto first = rowOf(a);
    if (!first)
        return first.error();
    const auto second = rowOf(b);
    if (!second)
        return second.error();
    const Matrix &unit = m_model.unitVectors();
    return unit.row(static_cast<Eigen::Index>(*first))
        .dot(unit.row(static_cast<Eigen::Index>(*second)));
}

Result<Queries::OddOneOut> Queries::oddOneOut(std::span<const std::string> words) const
{
    if (words.size() < 2) {
        return fail(ErrorCode::InvalidArgument,
                    "odd one out needs at least 2 words, got " + std::to_string(words.size()));
    }
    const auto rows = rowsOf(words);
    if (!rows)
        return rows.error();
    const Matrix &unit = m_model.unitVectors();
    Eigen::VectorXf mean = Eigen::VectorXf::Zero(static_cast<Eigen::Index>(m_model.dim()));
    for (const std::size_t row : *rows)
        mean += unit.row(static_cast<Eigen::Index>(row)).transpose();
    // Vectors that cancel out leave no mean direction: every score is then 0, as in gensim.
    const float norm = mean.norm();
    if (norm > 0.0f)
        mean /= norm;
    OddOneOut result;
    result.scores.reserve(rows->size());
    std::size_t worst = 0;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        result.scores.push_back(unit.row(static_cast<Eigen::Index>((*rows)[i])).dot(mean));
        if (result.scores[i] < result.scores[worst])
            worst = i;
    }
    result.word = words[worst];
    return result;
}

} // namespace ewb::core
