#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ewb::core {

/// The decoded name=value pairs of a URL query string ("word=%E5%8C%97%E4%BA%AC&k=10"), in order.
/// Parsing is strict (see UrlDecoder): '+' means a space, every escape must be valid, names may
/// not repeat ("k=1&k=2" is ambiguous) and the count is bounded. Immutable after parse();
/// thread-safe to read.
class QueryParameters
{
public:
    /// Most pairs accepted; a request with more is refused before any lookup (RELIABILITY row 50).
    static constexpr std::size_t defaultMaxParameters = 16;

    /// Parses the raw query (the text after '?', without it). Empty pieces ("a=1&&b=2") are
    /// skipped; a piece without '=' is a name with an empty value. Fails with InvalidArgument
    /// (bad escape, NUL, repeated or empty name, too many pairs) or InvalidEncoding.
    static Result<QueryParameters> parse(std::string_view rawQuery,
                                         std::size_t maxParameters = defaultMaxParameters);

    /// The value of `name`, or nullptr when absent.
    const std::string *find(std::string_view name) const;
    /// The pairs in the order of the query.
    const std::vector<std::pair<std::string, std::string>> &pairs() const { return m_pairs; }

private:
    std::vector<std::pair<std::string, std::string>> m_pairs;
};

} // namespace ewb::core
