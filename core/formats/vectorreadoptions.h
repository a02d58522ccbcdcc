#pragma once

#include "core/formats/vectorformat.h"

#include <cstddef>
#include <stop_token>

namespace ewb::core {

/// How VectorFileReader and readEmbeddingFile treat a word-vector file.
struct VectorReadOptions
{
    /// What to do with a word whose bytes are not valid UTF-8 (Latin-1 words, or words the
    /// original word2vec tool cut in the middle of a character, as in the GoogleNews vectors).
    enum class InvalidUtf8 {
        Replace, ///< replace each invalid sequence by U+FFFD and keep the row (default), counted
        Skip, ///< drop the row, counted
        Reject, ///< fail with the line or byte offset of the row
    };

    /// Auto detects the format from the bytes; any other value forces it (a forced word2vec
    /// format still needs its "count dim" header; forced GloVe treats line 1 as a row).
    VectorFormat format = VectorFormat::Auto;
    /// Strict: a word that occurs twice fails the read. Lenient (default): the first occurrence
    /// is kept, later ones are dropped and counted, as gensim and the original tool do.
    bool strict = false;
    InvalidUtf8 invalidUtf8 = InvalidUtf8::Replace;
    /// Largest accepted dimension, 1..65536. A header or first row beyond it is rejected before
    /// anything is allocated; raise it only for files known to be that wide.
    std::size_t maxDim = 4096;
    /// Reads at most this many vectors from the start of the file (0 = all), like gensim's
    /// `limit`: lowering it bounds memory for huge files such as the 3M-word GoogleNews vectors.
    std::size_t maxCount = 0;
    /// Requesting a stop makes the read fail with Cancelled within a few milliseconds.
    std::stop_token stop;
};

} // namespace ewb::core
