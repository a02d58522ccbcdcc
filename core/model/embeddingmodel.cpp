#include "core/model/embeddingmodel.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>

namespace ewb::core {

namespace {

    std::string quoted(std::string_view word)
    {
        std::string text = "'";
        text += word;
        text += "'";
        return text;
    }

    Result<void> checkShape(const std::vector<std::string> &words,
                            const std::vector<std::uint64_t> &counts, const Matrix &vectors)
    {
        if (vectors.cols() == 0)
            return fail(ErrorCode::InvalidArgument, "model has dimension 0");
        const auto rows = static_cast<std::size_t>(vectors.rows());
        if (words.size() != rows) {
            return fail(ErrorCode::InvalidArgument,
                        std::to_string(words.size()) + " words but " + std::to_string(rows)
                            + " vector rows");
        }
        if (!counts.empty() && counts.size() != rows) {
            return fail(ErrorCode::InvalidArgument,
                        std::to_string(counts.size()) + " counts but " + std::to_string(rows)
                            + " words");
        }
        return {};
    }

    Result<void> checkFinite(const std::vector<std::string> &words, const Matrix &vectors)
    {
        // One branch-free pass over the exponent bits (an all-ones exponent is Inf or NaN), which
        // the compiler vectorises; the slow search for the culprit only runs on failure.
        const float *data = vectors.data();
        const auto size = static_cast<std::size_t>(vectors.size());
        std::uint32_t nonFinite = 0;
        for (std::size_t i = 0; i < size; ++i) {
            std::uint32_t bits;
            std::memcpy(&bits, data + i, sizeof bits);
            nonFinite |= static_cast<std::uint32_t>((bits & 0x7f800000u) == 0x7f800000u);
        }
        if (nonFinite == 0)
            return {};
        for (Eigen::Index r = 0; r < vectors.rows(); ++r) {
            for (Eigen::Index c = 0; c < vectors.cols(); ++c) {
                if (!std::isfinite(vectors(r, c))) {
                    return fail(ErrorCode::NumericError,
                                "value " + std::to_string(vectors(r, c)) + " at row "
                                    + std::to_string(r) + " (word "
                                    + quoted(words[static_cast<std::size_t>(r)]) + "), component "
                                    + std::to_string(c) + " is not finite");
                }
            }
        }
        return {};
    }

} // namespace

Result<std::shared_ptr<const EmbeddingModel>>
EmbeddingModel::create(std::vector<std::string> words, std::vector<std::uint64_t> counts,
                       Matrix vectors, Checked checked)
{
    if (auto shape = checkShape(words, counts, vectors); !shape)
        return shape.error();
    if (checked != Checked::FiniteValues) {
        if (auto finite = checkFinite(words, vectors); !finite)
            return finite.error();
    }

    try {
        std::shared_ptr<EmbeddingModel> model(new EmbeddingModel());
        // Indexed where the words will live: the index refers to the vector by row only.
        model->m_words = std::move(words);
        auto index = WordIndex::build(model->m_words);
        if (!index)
            return index.error();
        model->m_index = std::move(index).value();
        if (counts.empty())
            counts.assign(model->m_words.size(), 0);
        model->m_counts = std::move(counts);
        model->m_vectors = std::move(vectors);
        return std::shared_ptr<const EmbeddingModel>(std::move(model));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "cannot allocate the word index of a " + std::to_string(vectors.rows())
                        + "-word model");
    }
}

void EmbeddingModel::buildDerived() const
{
    const std::lock_guard lock(m_derivedMutex);
    if (m_derivedReady.load(std::memory_order_relaxed))
        return;
    Derived derived;
    const Eigen::Index rows = m_vectors.rows();
    derived.norms.resize(rows);
    derived.unit.resize(rows, m_vectors.cols());
    for (Eigen::Index r = 0; r < rows; ++r) {
        // In double: a finite float squared cannot overflow, so huge values keep a direction.
        const auto row = m_vectors.row(r).cast<double>();
        const double norm = row.norm();
        derived.norms[r] = static_cast<float>(norm);
        if (norm > 0.0) {
            derived.unit.row(r) = (row / norm).cast<float>();
        } else {
            derived.unit.row(r).setZero();
            ++derived.zeroCount;
        }
    }
    m_derived = std::move(derived);
    m_derivedReady.store(true, std::memory_order_release);
}

Result<void> EmbeddingModel::prepare() const
{
    try {
        (void)derived();
        return {};
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "cannot allocate the unit-normalised copy of a "
                        + std::to_string(m_vectors.rows()) + " x "
                        + std::to_string(m_vectors.cols()) + " model");
    }
}

std::int64_t EmbeddingModel::indexOf(std::string_view word) const
{
    return m_index.find(m_words, word);
}

} // namespace ewb::core
