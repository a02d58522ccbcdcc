#pragma once

#include "core/formats/vectorformat.h"

#include <cstddef>
#include <string>

namespace ewb::core {

/// What VectorFileReader::open learnt about a file before reading its rows.
struct VectorFileHeader
{
    /// The detected or forced format; never Auto.
    VectorFormat format = VectorFormat::Word2VecText;
    /// Number of rows the reader will visit: the header's count (GloVe: the number of lines up
    /// to the last non-blank one), capped by VectorReadOptions::maxCount. Rows dropped as
    /// duplicates or for invalid UTF-8 are included, so next() may return fewer rows than this.
    std::size_t count = 0;
    /// Number of values per vector, 1..VectorReadOptions::maxDim.
    std::size_t dim = 0;
    /// Size of the file in bytes.
    std::size_t fileBytes = 0;
    /// True when the file had no "count dim" header and was taken as GloVe text because its
    /// first line holds a word and dim numbers; callers should tell the user (RELIABILITY row 27).
    bool headerless = false;
    /// English sentence on how the format was decided, e.g. "line 1 has no 'count dim' header
    /// but a word and 50 numbers: read as GloVe text"; for logs and confirmations.
    std::string detection;
};

} // namespace ewb::core
