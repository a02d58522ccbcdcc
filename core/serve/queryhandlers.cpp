#include "core/serve/queryhandlers.h"

#include "core/serve/servedmodel.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace ewb::core {

namespace {

    // Either a validated value or the 4xx answer that explains why there is none.
    template<typename T> struct Checked
    {
        std::optional<T> value;
        ServiceResponse refusal;
    };

    // 'name' in quotes, appended piecewise: GCC 12 warns falsely (-Wrestrict) about
    // "'" + std::string.
    std::string quoted(std::string_view name)
    {
        std::string text = "'";
        text += name;
        text += '\'';
        return text;
    }

    ServiceResponse badRequest(const std::string &message)
    {
        return ServiceResponse::error(400, "invalid-argument", message);
    }

    std::optional<ServiceResponse> onlyParameters(const QueryParameters &query,
                                                  std::initializer_list<std::string_view> names)
    {
        for (const auto &[name, value] : query.pairs()) {
            bool known = false;
            for (const auto allowed : names)
                known = known || name == allowed;
            if (!known)
                return badRequest("unknown query parameter " + quoted(name));
        }
        return std::nullopt;
    }

    std::optional<ServiceResponse> checkWordText(const std::string &word, std::string_view field)
    {
        if (word.empty())
            return badRequest(quoted(field) + " must not be empty");
        if (word.size() > QueryHandlers::maxWordBytes)
            return badRequest(quoted(field) + " is longer than "
                              + std::to_string(QueryHandlers::maxWordBytes) + " bytes");
        return std::nullopt;
    }

    Checked<std::string> wordParameter(const QueryParameters &query, std::string_view name)
    {
        const std::string *word = query.find(name);
        if (!word)
            return { std::nullopt, badRequest("missing query parameter " + quoted(name)) };
        if (auto refusal = checkWordText(*word, name))
            return { std::nullopt, *refusal };
        return { *word, {} };
    }

    ServiceResponse kOutOfRange()
    {
        return badRequest("'k' must be an integer from 1 to "
                          + std::to_string(QueryHandlers::maxK));
    }

    // k from the query string: plain decimal digits only, so "1e9", "+5", "0x10" and " 5" fail.
    Checked<int> kParameter(const QueryParameters &query)
    {
        const std::string *text = query.find("k");
        if (!text)
            return { QueryHandlers::defaultK, {} };
        int k = 0;
        const char *end = text->data() + text->size();
        const auto [ptr, ec] = std::from_chars(text->data(), end, k);
        if (text->empty() || (*text)[0] == '-' || ec != std::errc() || ptr != end || k < 1
            || k > QueryHandlers::maxK)
            return { std::nullopt, kOutOfRange() };
        return { k, {} };
    }

    Checked<int> kMember(const JsonValue &body)
    {
        const JsonValue *value = body.find("k");
        if (!value)
            return { QueryHandlers::defaultK, {} };
        if (!value->isNumber())
            return { std::nullopt,
                     badRequest("'k' must be a number, not a "
                                + std::string(JsonValue::typeName(value->type()))) };
        const double k = value->toNumber();
        if (std::floor(k) != k || k < 1.0 || k > QueryHandlers::maxK)
            return { std::nullopt, kOutOfRange() };
        return { static_cast<int>(k), {} };
    }

    Checked<std::string> stringMember(const JsonValue &body, std::string_view name)
    {
        const JsonValue *value = body.find(name);
        if (!value)
            return { std::nullopt, badRequest("missing member " + quoted(name)) };
        if (!value->isString())
            return { std::nullopt,
                     badRequest(quoted(name) + " must be a string, not a "
                                + std::string(JsonValue::typeName(value->type()))) };
        if (auto refusal = checkWordText(value->toString(), name))
            return { std::nullopt, *refusal };
        return { value->toString(), {} };
    }

    std::optional<ServiceResponse> onlyMembers(const JsonValue &body,
                                               std::initializer_list<std::string_view> names)
    {
        for (const auto &[name, value] : body.toObject()) {
            bool known = false;
            for (const auto allowed : names)
                known = known || name == allowed;
            if (!known)
                return badRequest("unknown member " + quoted(name));
        }
        return std::nullopt;
    }

    // Rewrites `word` to its vocabulary form (ServedModel::resolve: "Monday" finds "monday"), or
    // answers 404 naming the word and close vocabulary words (RELIABILITY rows 37 and 51), so a
    // client can offer "did you mean".
    std::optional<ServiceResponse> resolveWord(const ServedModel &served, std::string &word)
    {
        if (auto form = served.resolve(word)) {
            word = std::move(*form);
            return std::nullopt;
        }
        JsonValue::Array suggestions;
        for (auto &suggestion : served.queries().suggestions(word))
            suggestions.emplace_back(std::move(suggestion));
        return ServiceResponse::error(
            404, "word-not-found",
            quoted(word) + " is not in the vocabulary of model " + quoted(served.id()),
            { { "word", JsonValue(word) }, { "suggestions", JsonValue(std::move(suggestions)) } });
    }

    ServiceResponse fromError(const Error &error)
    {
        switch (error.code) {
        case ErrorCode::InvalidArgument:
            return badRequest(error.detail);
        case ErrorCode::NotFound:
            return ServiceResponse::error(404, "word-not-found", error.detail);
        case ErrorCode::ZeroVector:
            return ServiceResponse::error(422, "zero-vector", error.detail);
        default:
            return ServiceResponse::error(500, "internal", error.detail);
        }
    }

    JsonValue neighbourList(const std::vector<Neighbour> &neighbours)
    {
        JsonValue::Array list;
        list.reserve(neighbours.size());
        for (const auto &n : neighbours)
            list.emplace_back(JsonValue::Object { { "word", JsonValue(n.word) },
                                                  { "score", JsonValue(n.score) } });
        return JsonValue(std::move(list));
    }

} // namespace

ServiceResponse QueryHandlers::neighbours(const ServedModel &served, const QueryParameters &query)
{
    if (auto refusal = onlyParameters(query, { "word", "k" }))
        return *refusal;
    auto word = wordParameter(query, "word");
    if (!word.value)
        return word.refusal;
    const auto k = kParameter(query);
    if (!k.value)
        return k.refusal;
    if (auto missing = resolveWord(served, *word.value))
        return *missing;
    const auto result = served.queries().neighbours(*word.value, *k.value);
    if (!result.ok())
        return fromError(result.error());
    return ServiceResponse::json(200,
                                 JsonValue::Object { { "model", JsonValue(served.id()) },
                                                     { "word", JsonValue(*word.value) },
                                                     { "k", JsonValue(*k.value) },
                                                     { "neighbors", neighbourList(*result) } });
}

ServiceResponse QueryHandlers::similarity(const ServedModel &served, const QueryParameters &query)
{
    if (auto refusal = onlyParameters(query, { "a", "b" }))
        return *refusal;
    auto a = wordParameter(query, "a");
    if (!a.value)
        return a.refusal;
    auto b = wordParameter(query, "b");
    if (!b.value)
        return b.refusal;
    for (auto *word : { &*a.value, &*b.value }) {
        if (auto missing = resolveWord(served, *word))
            return *missing;
    }
    const auto result = served.queries().similarity(*a.value, *b.value);
    if (!result.ok())
        return fromError(result.error());
    return ServiceResponse::json(200,
                                 JsonValue::Object { { "model", JsonValue(served.id()) },
                                                     { "a", JsonValue(*a.value) },
                                                     { "b", JsonValue(*b.value) },
                                                     { "similarity", JsonValue(*result) } });
}

ServiceResponse QueryHandlers::vector(const ServedModel &served, const QueryParameters &query)
{
    if (auto refusal = onlyParameters(query, { "word" }))
        return *refusal;
    auto word = wordParameter(query, "word");
    if (!word.value)
        return word.refusal;
    if (auto missing = resolveWord(served, *word.value))
        return *missing;
    const auto row = served.model().vectors().row(served.model().indexOf(*word.value));
    JsonValue::Array values;
    values.reserve(static_cast<std::size_t>(row.size()));
    for (Eigen::Index i = 0; i < row.size(); ++i)
        values.emplace_back(row[i]);
    return ServiceResponse::json(
        200,
        JsonValue::Object { { "model", JsonValue(served.id()) },
                            { "word", JsonValue(*word.value) },
                            { "dim", JsonValue(static_cast<std::uint64_t>(row.size())) },
                            { "vector", JsonValue(std::move(values)) } });
}

ServiceResponse QueryHandlers::analogy(const ServedModel &served, const JsonValue &body)
{
    if (auto refusal = onlyMembers(body, { "a", "b", "c", "k", "method" }))
        return *refusal;
    std::string words[3];
    const char *names[3] = { "a", "b", "c" };
    for (int i = 0; i < 3; ++i) {
        auto word = stringMember(body, names[i]);
        if (!word.value)
            return word.refusal;
        words[i] = std::move(*word.value);
    }
    const auto k = kMember(body);
    if (!k.value)
        return k.refusal;
    std::string methodName = "3cosadd";
    if (const JsonValue *method = body.find("method")) {
        if (!method->isString()
            || (method->toString() != "3cosadd" && method->toString() != "3cosmul"))
            return badRequest("'method' must be \"3cosadd\" or \"3cosmul\"");
        methodName = method->toString();
    }
    for (auto &word : words) {
        if (auto missing = resolveWord(served, word))
            return *missing;
    }
    const auto method = methodName == "3cosmul" ? AnalogyMethod::CosMul : AnalogyMethod::CosAdd;
    const auto result = served.queries().analogy(words[0], words[1], words[2], method, *k.value);
    if (!result.ok())
        return fromError(result.error());
    return ServiceResponse::json(200,
                                 JsonValue::Object { { "model", JsonValue(served.id()) },
                                                     { "a", JsonValue(words[0]) },
                                                     { "b", JsonValue(words[1]) },
                                                     { "c", JsonValue(words[2]) },
                                                     { "method", JsonValue(methodName) },
                                                     { "k", JsonValue(*k.value) },
                                                     { "answers", neighbourList(*result) } });
}

ServiceResponse QueryHandlers::doesntMatch(const ServedModel &served, const JsonValue &body)
{
    if (auto refusal = onlyMembers(body, { "words" }))
        return *refusal;
    const JsonValue *list = body.find("words");
    if (!list || !list->isArray())
        return badRequest("'words' must be an array of strings");
    const auto &items = list->toArray();
    if (items.size() < 2 || items.size() > maxWords)
        return badRequest("'words' must hold from 2 to " + std::to_string(maxWords) + " words");
    std::vector<std::string> words;
    words.reserve(items.size());
    for (const auto &item : items) {
        if (!item.isString())
            return badRequest("'words' must hold only strings, not a "
                              + std::string(JsonValue::typeName(item.type())));
        if (auto refusal = checkWordText(item.toString(), "words"))
            return *refusal;
        std::string word = item.toString();
        if (auto missing = resolveWord(served, word))
            return *missing;
        words.push_back(std::move(word));
    }
    const auto result = served.queries().oddOneOut(words);
    if (!result.ok())
        return fromError(result.error());
    JsonValue::Array scores;
    for (std::size_t i = 0; i < words.size(); ++i)
        scores.emplace_back(JsonValue::Object { { "word", JsonValue(words[i]) },
                                                { "score", JsonValue(result->scores[i]) } });
    return ServiceResponse::json(200,
                                 JsonValue::Object { { "model", JsonValue(served.id()) },
                                                     { "word", JsonValue(result->word) },
                                                     { "scores", JsonValue(std::move(scores)) } });
}

} // namespace ewb::core
