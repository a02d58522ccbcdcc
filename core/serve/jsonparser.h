#pragma once

#include "core/common/result.h"
#include "core/serve/jsonvalue.h"

#include <cstddef>
#include <string_view>

namespace ewb::core {

/// Bounds on what JsonParser accepts, so a hostile body cannot exhaust the stack or memory.
struct JsonLimits
{
    /// Largest accepted text in bytes; raising it lets bigger documents through at a linear cost
    /// in memory. The REST service checks its own, smaller body limit first.
    std::size_t maxBytes = 1024 * 1024;
    /// Deepest nesting of arrays and objects (the root counts as 1). Parsing recurses once per
    /// level, so this bounds the stack; 1..1000.
    std::size_t maxDepth = 64;
    /// Most values (scalars, arrays and objects, all levels) in one document; bounds the tree.
    std::size_t maxValues = 100'000;
};

/// A strict RFC 8259 JSON parser: exactly one value surrounded by optional white space (space,
/// tab, LF, CR); no comments, trailing commas, single quotes, NaN, Infinity, leading zeros or
/// leading '+'; strings must be valid UTF-8 (RFC 3629: no overlong forms, no encoded
/// surrogates) without raw control characters; \u escapes are decoded, surrogate pairs combined
/// and lone surrogates rejected; an object may not repeat a key (a request that says "k" twice
/// is ambiguous). Numbers are read with std::from_chars (locale-independent); a number beyond
/// the range of double (1e400) is rejected, one below it becomes 0 or a subnormal.
/// Pure function; thread-safe; never throws (std::bad_alloc becomes OutOfMemory).
class JsonParser
{
public:
    /// Parses `text`. Fails with ParseError (detail: what was expected and the byte offset),
    /// InvalidEncoding (bad UTF-8, lone surrogate escape) or InvalidArgument (a limit exceeded,
    /// naming the limit).
    static Result<JsonValue> parse(std::string_view text, const JsonLimits &limits = {});
};

} // namespace ewb::core
