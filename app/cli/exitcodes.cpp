#include "app/cli/exitcodes.h"

namespace ewb::cli {

int exitCodeFor(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::Ok:
        return ExitOk;
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::NotFound:
    case ErrorCode::NotRegularFile:
        return ExitNoInput;
    case ErrorCode::IoError:
        return ExitIoError;
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
        return ExitCantCreate;
    case ErrorCode::DatabaseBusy:
        return ExitTempFail;
    case ErrorCode::Cancelled:
        return ExitInterrupted;
    case ErrorCode::Internal:
    case ErrorCode::OutOfMemory:
        return ExitSoftware;
    default:
        return ExitDataError;
    }
}

} // namespace ewb::cli
