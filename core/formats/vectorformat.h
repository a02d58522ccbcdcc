#pragma once

#include "core/common/result.h"

#include <filesystem>
#include <string_view>

namespace ewb::core {

/// The on-disk layouts of a word-vector file that the workbench reads and writes.
enum class VectorFormat {
    /// Reading: decide from the file's bytes (see VectorFileReader::open). Writing: decide from
    /// the file name (see vectorFormatForPath).
    Auto,
    /// word2vec text (.vec/.txt): a "count dim" line, then "word v1 ... vdim" per line.
    Word2VecText,
    /// word2vec binary (.bin): a "count dim" line, then per word "word " followed by dim
    /// little-endian float32 values, optionally followed by '\n' (the original tool writes it,
    /// gensim 4 does not).
    Word2VecBinary,
    /// GloVe text: no header, "word v1 ... vdim" per line.
    GloveText,
};

/// Stable lower-case name of a format: "auto", "word2vec-text", "word2vec-binary", "glove-text".
std::string_view vectorFormatName(VectorFormat format);

/// The format of a stable name returned by vectorFormatName (also accepts "text", "binary",
/// "glove"); InvalidArgument naming the value otherwise.
Result<VectorFormat> vectorFormatFromName(std::string_view name);

/// The format a file name suggests when writing: ".bin" is Word2VecBinary, everything else
/// Word2VecText (the format every other tool reads). Never returns Auto.
VectorFormat vectorFormatForPath(const std::filesystem::path &path);

} // namespace ewb::core
