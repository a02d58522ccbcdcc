#include "core/serve/servedmodel.h"

#include "core/text/tokennormalizer.h"

#include <new>

namespace ewb::core {

ServedModel::ServedModel(std::string id, std::string name,
                         std::shared_ptr<const EmbeddingModel> model, std::string source,
                         std::int64_t createdMs)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_source(std::move(source))
    , m_createdMs(createdMs)
    , m_model(std::move(model))
    , m_queries(*m_model)
{ }

bool ServedModel::isValidId(std::string_view id)
{
    if (id.empty() || id.size() > maxIdBytes || id == "." || id == "..")
        return false;
    for (const char c : id) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

std::optional<std::string> ServedModel::resolve(std::string_view word) const
{
    if (m_model->contains(word))
        return std::string(word);
    // Training folds case by default and applies NFKC when asked; a vocabulary built either way
    // holds the folded form, so try the cheaper folding first.
    for (const bool nfkc : { false, true }) {
        std::string form = TokenNormalizer::normalizeWord(word, true, nfkc);
        if (form != word && m_model->contains(form))
            return form;
    }
    return std::nullopt;
}

Result<std::shared_ptr<const ServedModel>>
ServedModel::create(std::string id, std::string name, std::shared_ptr<const EmbeddingModel> model,
                    std::string source, std::int64_t createdMs)
{
    if (!isValidId(id))
        return fail(ErrorCode::InvalidArgument,
                    "model id '" + id + "' must be 1-128 characters of A-Z a-z 0-9 . _ -");
    if (!model)
        return fail(ErrorCode::InvalidArgument, "model '" + id + "' has no vectors");
    // Built now, so the first request does not pay for it and lack of memory is an error here.
    if (auto prepared = model->prepare(); !prepared.ok())
        return prepared.error();
    try {
        if (name.empty())
            name = id;
        return std::shared_ptr<const ServedModel>(new ServedModel(
            std::move(id), std::move(name), std::move(model), std::move(source), createdMs));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "out of memory registering a model");
    }
}

} // namespace ewb::core
