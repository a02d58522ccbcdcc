#include "core/common/error.h"

namespace ewb::core {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return "ok";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::EmptyInput: return "empty-input";
    case ErrorCode::NoTokens: return "no-tokens";
    case ErrorCode::BinaryInput: return "binary-input";
    case ErrorCode::InvalidEncoding: return "invalid-encoding";
    case ErrorCode::UnsupportedEncoding: return "unsupported-encoding";
    case ErrorCode::NotRegularFile: return "not-regular-file";
    case ErrorCode::IoError: return "io-error";
    case ErrorCode::VocabularyTooSmall: return "vocabulary-too-small";
    case ErrorCode::ParseError: return "parse-error";
    case ErrorCode::Truncated: return "truncated";
    case ErrorCode::UnsupportedFormat: return "unsupported-format";
    case ErrorCode::NumericError: return "numeric-error";
    case ErrorCode::OutOfMemory: return "out-of-memory";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::DatabaseError: return "database-error";
    case ErrorCode::DatabaseBusy: return "database-busy";
    case ErrorCode::DatabaseCorrupt: return "database-corrupt";
    case ErrorCode::NotOurFile: return "not-our-file";
    case ErrorCode::NewerSchema: return "newer-schema";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::DiskFull: return "disk-full";
    case ErrorCode::ZeroVector: return "zero-vector";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

} // namespace ewb::core
