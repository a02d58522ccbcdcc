#include "core/serve/queryparameters.h"

#include "core/serve/urldecoder.h"

namespace ewb::core {

Result<QueryParameters> QueryParameters::parse(std::string_view rawQuery, std::size_t maxParameters)
{
    QueryParameters result;
    std::size_t start = 0;
    while (start <= rawQuery.size()) {
        std::size_t end = rawQuery.find('&', start);
        if (end == std::string_view::npos)
            end = rawQuery.size();
        const std::string_view piece = rawQuery.substr(start, end - start);
        start = end + 1;
        if (piece.empty())
            continue;
        if (result.m_pairs.size() == maxParameters)
            return fail(ErrorCode::InvalidArgument,
                        "more than " + std::to_string(maxParameters) + " query parameters");
        const std::size_t equals = piece.find('=');
        auto name = UrlDecoder::decodeComponent(piece.substr(0, equals), true);
        if (!name.ok())
            return name.error();
        auto value = UrlDecoder::decodeComponent(
            equals == std::string_view::npos ? std::string_view() : piece.substr(equals + 1), true);
        if (!value.ok())
            return value.error();
        if (name->empty())
            return fail(ErrorCode::InvalidArgument, "query parameter without a name");
        if (result.find(*name))
            return fail(ErrorCode::InvalidArgument,
                        "query parameter '" + *name + "' given more than once");
        result.m_pairs.emplace_back(std::move(name).value(), std::move(value).value());
    }
    return result;
}

const std::string *QueryParameters::find(std::string_view name) const
{
    for (const auto &[key, value] : m_pairs) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

} // namespace ewb::core
