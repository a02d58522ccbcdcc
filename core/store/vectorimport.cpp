#include "core/store/vectorimport.h"

#include "core/formats/vectorfilereader.h"
#include "core/store/database.h"
#include "core/store/modelwriter.h"

#include <string>
#include <vector>

namespace ewb::core {

Result<VectorImport::Outcome> VectorImport::run(Database &db, const std::filesystem::path &path,
                                                ModelMetadata meta,
                                                const VectorReadOptions &options,
                                                const Progress &progress,
                                                std::uint64_t bulkFromBytes)
{
    VectorFileReader reader;
    auto header = reader.open(path, options);
    if (!header.ok())
        return header.error();
    // The header's count only chooses the journal here; it may lie without harm.
    bool bulk = false;
    if (ModelWriter::estimateBytes(header->dim, header->count) >= bulkFromBytes) {
        auto begun = db.beginBulkWrite();
        if (!begun.ok())
            return begun.error();
        bulk = *begun;
    }
    auto outcome = writeRows(db, reader, *header, std::move(meta), options, progress);
    if (bulk) {
        if (auto ended = db.endBulkWrite(); !ended.ok() && outcome.ok())
            return ended.error();
    }
    return outcome;
}

Result<VectorImport::Outcome> VectorImport::writeRows(Database &db, VectorFileReader &reader,
                                                      const VectorFileHeader &header,
                                                      ModelMetadata meta,
                                                      const VectorReadOptions &options,
                                                      const Progress &progress)
{
    meta.source = ModelSource::Imported;
    ModelWriter writer(db);
    // The reader drops (or, strict, refuses) repeated words itself.
    if (auto begun
        = writer.begin(meta, header.dim, header.count, ModelWriter::Repeats::KnownDistinct);
        !begun.ok())
        return begun.error();

    std::string word;
    std::vector<float> values(header.dim);
    std::size_t rows = 0;
    for (;;) {
        auto more = reader.next(word, values);
        if (!more.ok()) {
            writer.abort();
            return more.error();
        }
        if (!*more)
            break;
        if (auto added = writer.addRow(word, 0, values); !added.ok()) {
            writer.abort();
            return added.error();
        }
        if (++rows % 4096 == 0 && progress)
            progress(rows, header.count);
    }
    if (options.stop.stop_requested()) {
        writer.abort();
        return fail(ErrorCode::Cancelled, "import was cancelled");
    }
    auto id = writer.commit();
    if (!id.ok())
        return id.error();
    if (progress)
        progress(rows, header.count);
    return Outcome { *id, header, reader.report() };
}

} // namespace ewb::core
