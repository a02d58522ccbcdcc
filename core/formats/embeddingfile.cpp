#include "core/formats/embeddingfile.h"

#include "core/formats/vectorfilereader.h"
#include "core/formats/vectorfilewriter.h"

#include <new>
#include <span>
#include <string>
#include <vector>

namespace ewb::core {

Result<std::shared_ptr<const EmbeddingModel>> readEmbeddingFile(const std::filesystem::path &path,
                                                                const VectorReadOptions &options,
                                                                VectorReadReport *report)
{
    const std::string pathText = path.string();
    try {
        VectorFileReader reader;
        const auto header = reader.open(path, options);
        if (!header)
            return header.error();
        const auto dim = static_cast<Eigen::Index>(header->dim);
        Matrix vectors(static_cast<Eigen::Index>(header->count), dim);
        std::vector<std::string> words;
        words.reserve(header->count);
        std::string word;
        Eigen::Index row = 0;
        for (;;) {
            if (row == vectors.rows()) {
                // Every row has a place: one more call lets next() check that nothing follows.
                std::vector<float> spare(header->dim);
                const auto more = reader.next(word, spare);
                if (!more)
                    return more.error();
                if (!*more)
                    break;
                return fail(ErrorCode::Internal,
                            "'" + pathText + "': more vectors than the header promised");
            }
            const auto more
                = reader.next(word, std::span<float>(vectors.row(row).data(), header->dim));
            if (!more)
                return more.error();
            if (!*more)
                break;
            words.push_back(std::move(word));
            ++row;
        }
        if (report)
            *report = reader.report();
        if (row == 0)
            return fail(ErrorCode::EmptyInput, "'" + pathText + "' holds no vectors");
        // Dropped duplicates leave unused rows at the end; shrinking a row-major matrix by rows
        // keeps its storage (Eigen reallocates in place), so this costs no second copy.
        if (row < vectors.rows())
            vectors.conservativeResize(row, dim);
        return EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "not enough memory to load '" + pathText + "'");
    }
}

Result<void> writeEmbeddingFile(const EmbeddingModel &model, const std::filesystem::path &path,
                                VectorFormat format, std::stop_token stop)
{
    const std::string pathText = path.string();
    try {
        VectorFileWriter writer;
        if (auto opened = writer.open(path, format, model.size(), model.dim()); !opened)
            return opened;
        const Matrix &vectors = model.vectors();
        for (std::size_t i = 0; i < model.size(); ++i) {
            if (i % 1024 == 0 && stop.stop_requested()) {
                writer.discard();
                return fail(ErrorCode::Cancelled,
                            "writing '" + pathText + "' stopped after " + std::to_string(i)
                                + " vectors");
            }
            const auto row = static_cast<Eigen::Index>(i);
            if (auto put = writer.write(
                    model.words()[i], std::span<const float>(vectors.row(row).data(), model.dim()));
                !put)
                return put;
        }
        return writer.commit();
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "not enough memory to write '" + pathText + "'");
    }
}

} // namespace ewb::core
