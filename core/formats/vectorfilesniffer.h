#pragma once

#include "core/common/result.h"
#include "core/formats/bytereader.h"
#include "core/formats/vectorfileheader.h"
#include "core/formats/vectorreadoptions.h"

#include <cstddef>

namespace ewb::core {

/// Decides the format of a word-vector file from its first bytes and validates its header
/// before anything is allocated (RELIABILITY rows 26-28, 34, 35). Internal to core/formats.
class VectorFileSniffer
{
public:
    /// Longest text line accepted: room for maxDim long numbers plus a long word.
    static std::size_t maxLineBytes(const VectorReadOptions &options);

    /// Reads the header of the file open in `in` and leaves `in` at the first row. Recognises
    /// compressed files, fastText models and other binary files (UnsupportedFormat or
    /// BinaryInput), an empty file (EmptyInput), a missing or malformed header (ParseError
    /// quoting line 1), a dimension above options.maxDim, and a header promising more vectors
    /// than the file can hold (Truncated). A GloVe file is read through once to count its
    /// lines (Cancelled when options.stop is requested meanwhile).
    static Result<VectorFileHeader> sniff(ByteReader &in, const VectorReadOptions &options);
};

} // namespace ewb::core
