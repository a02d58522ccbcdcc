#pragma once

#include "core/common/result.h"
#include "core/formats/vectorfileheader.h"
#include "core/formats/vectorreadoptions.h"
#include "core/formats/vectorreadreport.h"

#include <filesystem>
#include <memory>
#include <span>
#include <string>

namespace ewb::core {

/// Streams the vectors of a word2vec text, word2vec binary or GloVe text file one row at a
/// time, so that a 3M x 300 file can be copied into a database or a matrix without a second
/// copy in memory. Reading is buffered in large blocks; text numbers are parsed with
/// std::from_chars (locale-independent, shortest round-trip floats come back bit-identical).
///
/// Usage: open(), then next() until it returns false; report() says what was dropped or
/// repaired. Every failure is an Error naming the path and the line (text) or byte offset
/// (binary); after a failure the reader must not be used further. One thread at a time.
class VectorFileReader
{
public:
    VectorFileReader();
    ~VectorFileReader();
    VectorFileReader(VectorFileReader &&) noexcept;
    VectorFileReader &operator=(VectorFileReader &&) noexcept;

    /// Opens path and reads its header (see VectorFileSniffer for the checks): afterwards
    /// header() tells the format, the number of rows to visit and the dimension. Fails with
    /// NotFound, NotRegularFile, IoError, EmptyInput, UnsupportedFormat (gzip, fastText, ...),
    /// BinaryInput, ParseError, Truncated, InvalidArgument (options) or Cancelled.
    Result<VectorFileHeader> open(const std::filesystem::path &path,
                                  const VectorReadOptions &options = {});

    /// The header found by the last successful open().
    const VectorFileHeader &header() const;

    /// Reads the next kept row into word and values (values.size() must equal header().dim;
    /// word's capacity is reused). Returns true for a row, false after the last one, when the
    /// file has been checked to hold nothing more. Duplicate words and words with invalid UTF-8
    /// are handled per the options and counted in report(). Errors: Truncated ("expected N
    /// vectors, got k"), ParseError (malformed row, extra rows, strict duplicate),
    /// NumericError (nan, inf, overflow), InvalidEncoding (Reject policy), IoError, Cancelled.
    Result<bool> next(std::string &word, std::span<float> values);

    /// Counts of what was read, dropped and repaired so far.
    const VectorReadReport &report() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ewb::core
