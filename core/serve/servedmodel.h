#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ewb::core {

/// One model as the REST service offers it: a stable id (URL-safe), a display name, where it
/// came from, and the immutable model with its query engine. Built once, then shared as
/// std::shared_ptr<const ServedModel>: a request that holds it keeps the model alive even when
/// the catalog replaces it meanwhile, so no query ever sees a half-replaced model (RELIABILITY
/// row 54). Every member is const and safe from any number of threads.
class ServedModel
{
public:
    /// Most bytes of an id.
    static constexpr std::size_t maxIdBytes = 128;

    /// Builds a served model. `id` must be 1..maxIdBytes characters of [A-Za-z0-9._-] and not
    /// "." or ".." (so it is a path segment as it stands); `name` is free UTF-8 (may be empty:
    /// the id is used); `source` names the origin ("file", "trained", "imported"); `createdMs` is
    /// the Unix time in milliseconds of the save, 0 when unknown. Fails with InvalidArgument on
    /// a bad id or a null model.
    static Result<std::shared_ptr<const ServedModel>>
    create(std::string id, std::string name, std::shared_ptr<const EmbeddingModel> model,
           std::string source = "file", std::int64_t createdMs = 0);

    /// True when `id` is acceptable to create().
    static bool isValidId(std::string_view id);

    const std::string &id() const { return m_id; }
    const std::string &name() const { return m_name; }
    const std::string &source() const { return m_source; }
    std::int64_t createdMs() const { return m_createdMs; }
    const EmbeddingModel &model() const { return *m_model; }
    const Queries &queries() const { return m_queries; }

    /// The vocabulary form of a query word, normalised as training normalises tokens
    /// (RELIABILITY row 51): the word itself when the vocabulary holds it, else its Unicode case
    /// folding ("Monday" -> "monday", the default of training), else its NFKC_Casefold form
    /// ("ＭＯＮＤＡＹ" -> "monday", training with NFKC); nullopt when none is in the vocabulary.
    /// `word` must be valid UTF-8. Thread-safe.
    std::optional<std::string> resolve(std::string_view word) const;

    ServedModel(const ServedModel &) = delete;
    ServedModel &operator=(const ServedModel &) = delete;

private:
    ServedModel(std::string id, std::string name, std::shared_ptr<const EmbeddingModel> model,
                std::string source, std::int64_t createdMs);

    std::string m_id;
    std::string m_name;
    std::string m_source;
    std::int64_t m_createdMs = 0;
    std::shared_ptr<const EmbeddingModel> m_model;
    Queries m_queries;
};

} // namespace ewb::core
