#pragma once

#include "core/serve/jsonvalue.h"
#include "core/serve/queryparameters.h"
#include "core/serve/serviceresponse.h"

#include <string>

namespace ewb::core {

class ServedModel;

/// The per-model routes of ModelService (neighbors, similarity, vector from the query string;
/// analogy and doesnt-match from a JSON object body), each validating its input strictly
/// before asking core/model/Queries. Stateless; thread-safe.
class QueryHandlers
{
public:
    /// Largest k accepted (RELIABILITY row 39); larger, zero, negative or non-integer k is 400.
    static constexpr int maxK = 1000;
    /// k when the request does not say.
    static constexpr int defaultK = 10;
    /// Longest word in bytes; longer ones are 400 (no vocabulary holds them, and suggestions
    /// would scan them).
    static constexpr std::size_t maxWordBytes = 1000;
    /// Most words of one doesnt-match request.
    static constexpr std::size_t maxWords = 1000;

    static ServiceResponse neighbours(const ServedModel &model, const QueryParameters &query);
    static ServiceResponse similarity(const ServedModel &model, const QueryParameters &query);
    static ServiceResponse vector(const ServedModel &model, const QueryParameters &query);
    static ServiceResponse analogy(const ServedModel &model, const JsonValue &body);
    static ServiceResponse doesntMatch(const ServedModel &model, const JsonValue &body);
};

} // namespace ewb::core
