#pragma once

#include <string>
#include <string_view>

namespace ewb::core {

/// What went wrong, as a stable code that the ui turns into translated text and the CLI into a
/// sysexits exit status. The detail string of an Error carries the technical specifics (path,
/// line, byte offset, value); it is English and meant for logs and for the "details" part of a
/// message, never parsed.
enum class ErrorCode {
    Ok = 0,
    InvalidArgument, ///< an option or query parameter outside its valid range
    NotFound, ///< a word, model or file that does not exist
    EmptyInput, ///< a corpus or file without any content
    NoTokens, ///< a corpus whose lines hold no token
    BinaryInput, ///< a file that looks like an image, archive, executable, ...
    InvalidEncoding, ///< bytes that are not valid in the expected text encoding
    UnsupportedEncoding, ///< UTF-16/32 or another encoding we do not read
    NotRegularFile, ///< a directory, FIFO, device or other non-file
    IoError, ///< reading or writing failed (permissions, disk, device)
    VocabularyTooSmall, ///< fewer than two distinct words survive min_count
    ParseError, ///< a malformed line or header in a vectors or benchmark file
    Truncated, ///< a file that ends before the data its header promised
    UnsupportedFormat, ///< a recognised format we do not read (fastText .bin, gzip)
    NumericError, ///< NaN or infinity where a finite number is required
    OutOfMemory, ///< the requested sizes do not fit in this machine's memory
    Cancelled, ///< the caller asked to stop
    DatabaseError, ///< SQLite reported an error
    DatabaseBusy, ///< another writer holds the database; retry later
    DatabaseCorrupt, ///< the database file is damaged
    NotOurFile, ///< a SQLite file that is not a workbench database
    NewerSchema, ///< a database written by a newer version of the workbench
    ReadOnly, ///< a write was asked of a read-only database or file
    DiskFull, ///< no space left for the write
    ZeroVector, ///< a query word or vector is all zeros, so it has no direction to compare
    Internal, ///< a bug: an exception or state we did not expect
};

/// Stable lower-case name of a code ("invalid-argument"), for JSON output and logs.
std::string_view errorCodeName(ErrorCode code);

/// An expected failure: a code plus English technical detail (what, where, which value).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string detail;
};

} // namespace ewb::core
