#include "core/eval/textfile.h"

#include <fstream>
#include <system_error>

namespace ewb::core {

namespace {

    // Built with += rather than "..." + std::string: GCC 12 reports a false -Wrestrict on the
    // latter.
    std::string message(std::string_view before, const std::filesystem::path &path,
                        std::string_view after)
    {
        std::string text(before);
        text += '\'';
        text += path.string();
        text += '\'';
        text += after;
        return text;
    }

} // namespace

Result<std::string> readTextFile(const std::filesystem::path &path, std::size_t maxBytes)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return fail(ErrorCode::NotFound, message("file ", path, " does not exist"));
    if (!std::filesystem::is_regular_file(status))
        return fail(ErrorCode::NotRegularFile, message("", path, " is not a regular file"));
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return fail(ErrorCode::IoError, message("cannot stat ", path, ": " + ec.message()));
    if (size > maxBytes) {
        return fail(ErrorCode::InvalidArgument,
                    message("", path,
                            " has " + std::to_string(size) + " bytes, more than the "
                                + std::to_string(maxBytes) + " a benchmark file may have"));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::IoError, message("cannot open ", path, " for reading"));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        return fail(ErrorCode::IoError, message("reading ", path, " stopped early"));
    return text;
}

} // namespace ewb::core
