#pragma once

#include "core/common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// Strict decoding of the parts of a request target (RFC 3986), so that a hostile URL is refused
/// before it can mean anything: every '%' must be followed by two hex digits ("%ZZ" and a
/// trailing "%4" fail), the decoded bytes must be valid UTF-8 (overlong forms such as "%C0%AE"
/// for '.' fail) and may not contain NUL. Paths never name files: splitPath() additionally
/// refuses "." and ".." segments and segments that decode to '/' or '\\' (path traversal,
/// RELIABILITY row 52). Pure functions; thread-safe.
class UrlDecoder
{
public:
    /// Decodes one percent-encoded component; with `plusIsSpace` (query strings, HTML form
    /// encoding) '+' becomes a space, otherwise it stays '+'. Fails with InvalidArgument (bad
    /// escape, NUL) or InvalidEncoding (not UTF-8), naming the offending text.
    static Result<std::string> decodeComponent(std::string_view raw, bool plusIsSpace);

    /// Splits an absolute path ("/v1/models/3") into decoded segments ({"v1", "models", "3"}).
    /// Fails with InvalidArgument when the path is not absolute or a segment is "." or "..",
    /// or decodes to text holding '/', '\\' or NUL; with InvalidEncoding on bad UTF-8.
    static Result<std::vector<std::string>> splitPath(std::string_view rawPath);
};

} // namespace ewb::core
