#pragma once

#include "core/common/error.h"

namespace ewb::cli {

/// sysexits-style exit statuses of `ewb` (BSD sysexits.h values, so scripts can branch on them).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64, ///< bad command line: unknown option, missing or malformed argument
    ExitDataError = 65, ///< the input data is wrong: bad corpus, bad vectors file, unknown word
    ExitNoInput = 66, ///< an input file does not exist or cannot be read
    ExitSoftware = 70, ///< an internal error (a bug)
    ExitCantCreate = 73, ///< an output file cannot be created
    ExitIoError = 74, ///< reading or writing failed midway
    ExitTempFail = 75, ///< try again later (database busy)
    ExitInterrupted = 130, ///< cancelled by Ctrl-C (128 + SIGINT)
};

/// The exit status for a core error code, reading inputs.
int exitCodeFor(core::ErrorCode code);

} // namespace ewb::cli
