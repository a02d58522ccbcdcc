#pragma once

#include "core/common/result.h"
#include "core/formats/vectorformat.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace ewb::core {

/// Writes word vectors one at a time as word2vec text, word2vec binary or GloVe text, readable
/// by gensim 4 and the original word2vec tool, so a model can be exported from a database
/// without loading it whole. Text numbers are the shortest decimal that reads back as the same
/// float (std::to_chars); binary values are little-endian float32 and each vector ends with
/// '\n', as the original tool writes them (gensim accepts both layouts).
///
/// The output goes through an AtomicFile: nothing appears at the path until commit() succeeds,
/// and any failure removes the temporary file. One thread at a time.
class VectorFileWriter
{
public:
    VectorFileWriter();
    ~VectorFileWriter();
    VectorFileWriter(VectorFileWriter &&) noexcept;
    VectorFileWriter &operator=(VectorFileWriter &&) noexcept;

    /// Starts a file of exactly `count` vectors of dimension dim (1..65536). Auto picks the
    /// format from the file name (vectorFormatForPath). Errors as AtomicFile::open, or
    /// InvalidArgument for dim.
    Result<void> open(const std::filesystem::path &path, VectorFormat format, std::size_t count,
                      std::size_t dim);

    /// Appends one vector. InvalidArgument (and the write is abandoned) when the format cannot
    /// hold the word (empty, a control character, a space in binary, a leading or trailing
    /// space or a trailing number field in text), when values.size() != dim or when count
    /// vectors were already written; NumericError for NaN or infinity; DiskFull or IoError.
    Result<void> write(std::string_view word, std::span<const float> values);

    /// Finishes the file: InvalidArgument when fewer than count vectors were written, else
    /// syncs and renames it into place.
    Result<void> commit();

    /// Abandons the file; the target path is left as it was. Also done by the destructor.
    void discard();

private:
    Error abandon(Error error);
    Result<void> checkWord(std::string_view word) const;

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ewb::core
