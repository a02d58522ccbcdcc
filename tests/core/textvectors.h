#pragma once

// Test helper: a minimal reader of word2vec text files ("count dim" header, then "word f1 ...
// fdim" per line), enough for the gensim-written fixtures of the model and eval tests.

#include "core/model/embeddingmodel.h"

#include <charconv>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace ewb::test {

inline std::shared_ptr<const core::EmbeddingModel> loadTextVectors(const std::string &path)
{
    std::ifstream in(path);
    std::size_t count = 0;
    std::size_t dim = 0;
    if (!(in >> count >> dim) || count == 0 || dim == 0)
        return nullptr;
    std::vector<std::string> words(count);
    core::Matrix vectors(static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(dim));
    std::string token;
    for (std::size_t r = 0; r < count; ++r) {
        if (!(in >> words[r]))
            return nullptr;
        for (std::size_t c = 0; c < dim; ++c) {
            if (!(in >> token))
                return nullptr;
            float value = 0.0f;
            const auto [end, ec]
                = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec != std::errc() || end != token.data() + token.size())
                return nullptr;
            vectors(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = value;
        }
    }
    auto model = core::EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

/// The whitespace-separated fields of every line of the expected-values file whose first field
/// is `kind` (lines starting with '#' are comments).
inline std::vector<std::vector<std::string>> expectedLines(const std::string &path,
                                                           const std::string &kind)
{
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::vector<std::string> row;
        std::string field;
        while (fields >> field)
            row.push_back(field);
        if (!row.empty() && row[0] == kind)
            rows.push_back(std::move(row));
    }
    return rows;
}

inline std::string fixturePath(const char *name)
{
    return std::string(EWB_TEST_DATA_DIR) + "/" + name;
}

} // namespace ewb::test
