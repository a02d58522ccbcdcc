#include "core/store/modelreader.h"

#include "core/model/embeddingmodel.h"
#include "core/store/chunkreader.h"
#include "core/store/database.h"
#include "core/store/modelchecksum.h"
#include "core/store/statement.h"

#include <new>
#include <unordered_set>

namespace ewb::core {

namespace {

    constexpr std::size_t kMaxDim = 65536;

} // namespace

Error ModelReader::corrupt(const ModelInfo &info, const std::string &what) const
{
    return fail(ErrorCode::DatabaseCorrupt,
                "model " + std::to_string(info.id) + " ('" + info.name + "') in "
                    + m_db.path().string() + ": " + what);
}

Result<void> ModelReader::checkShape(const ModelInfo &info) const
{
    if (info.dim == 0 || info.dim > kMaxDim || info.vocabSize == 0) {
        return corrupt(info,
                       "invalid shape " + std::to_string(info.vocabSize) + " x "
                           + std::to_string(info.dim));
    }
    return {};
}

Result<void> ModelReader::readWords(const ModelInfo &info, std::vector<std::string> *words,
                                    std::vector<std::uint64_t> *counts)
{
    auto total
        = m_db.queryInt64("SELECT count(*) FROM words WHERE model_id = " + std::to_string(info.id));
    if (!total)
        return total.error();
    if (*total < 0 || static_cast<std::size_t>(*total) != info.vocabSize) {
        return corrupt(
            info, std::to_string(*total) + " words, expected " + std::to_string(info.vocabSize));
    }
    auto stmt = Statement::prepare(m_db,
                                   "SELECT row, word, count, typeof(word) FROM words "
                                   "WHERE model_id = ?1 ORDER BY row");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, info.id);
    if (words != nullptr) {
        // Bounded by rows that really exist in the file (counted above), not by a header value.
        words->reserve(info.vocabSize);
        counts->reserve(info.vocabSize);
    }
    ModelChecksum sum;
    // Without a word list to hand to EmbeddingModel::create (which rejects repeats), repeats are
    // looked for here, so verify() finds everything load() would.
    std::unordered_set<std::string> seen;
    for (std::size_t expected = 0;; ++expected) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::string_view word = stmt->columnText(1);
        const std::int64_t count = stmt->columnInt64(2);
        if (stmt->columnInt64(0) != static_cast<std::int64_t>(expected))
            return corrupt(info, "word rows skip row " + std::to_string(expected));
        if (stmt->columnText(3) != "text" || word.empty() || count < 0)
            return corrupt(info, "invalid word or count at row " + std::to_string(expected));
        sum.addWord(word, static_cast<std::uint64_t>(count));
        if (words != nullptr) {
            words->emplace_back(word);
            counts->push_back(static_cast<std::uint64_t>(count));
        } else if (!seen.emplace(word).second) {
            return corrupt(info, "the word '" + std::string(word) + "' occurs twice");
        }
    }
    if (sum.words() != info.wordsChecksum)
        return corrupt(info, "words checksum mismatch");
    return {};
}

Result<std::shared_ptr<const EmbeddingModel>> ModelReader::load(const ModelInfo &info,
                                                                std::stop_token stop)
{
    if (auto shape = checkShape(info); !shape)
        return shape.error();
    try {
        // The chunk list is checked against the shape before the matrix is allocated, so a
        // crafted vocab_size or dim cannot make us allocate more than the file really holds.
        auto reader
            = ChunkReader::open(m_db, ChunkTable::ModelVectors, info.id, info.vocabSize, info.dim);
        if (!reader)
            return reader.error();
        std::vector<std::string> words;
        std::vector<std::uint64_t> counts;
        if (auto checked = readWords(info, &words, &counts); !checked)
            return checked.error();
        Matrix vectors(static_cast<Eigen::Index>(info.vocabSize),
                       static_cast<Eigen::Index>(info.dim));
        auto sum = reader->readInto(std::span(vectors.data(), info.vocabSize * info.dim), stop);
        if (!sum)
            return sum.error();
        if (*sum != info.vectorsChecksum)
            return corrupt(info, "vectors checksum mismatch");
        // readInto() checked every value finite as it read it.
        auto model = EmbeddingModel::create(std::move(words), std::move(counts), std::move(vectors),
                                            EmbeddingModel::Checked::FiniteValues);
        if (!model) {
            if (model.error().code == ErrorCode::OutOfMemory)
                return model.error();
            return corrupt(info, model.error().detail);
        }
        return std::move(*model);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory to load model " + std::to_string(info.id) + " ("
                        + std::to_string(info.vocabSize) + " x " + std::to_string(info.dim) + ")");
    }
}

Result<void> ModelReader::verify(const ModelInfo &info, std::stop_token stop)
{
    if (auto shape = checkShape(info); !shape)
        return shape.error();
    try {
        auto reader
            = ChunkReader::open(m_db, ChunkTable::ModelVectors, info.id, info.vocabSize, info.dim);
        if (!reader)
            return reader.error();
        if (auto checked = readWords(info, nullptr, nullptr); !checked)
            return checked.error();
        auto sum = reader->readInto({}, stop);
        if (!sum)
            return sum.error();
        if (*sum != info.vectorsChecksum)
            return corrupt(info, "vectors checksum mismatch");
        return {};
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory to verify model " + std::to_string(info.id));
    }
}

} // namespace ewb::core
