#pragma once

#include <cstdint>
#include <string>

namespace ewb::core {

/// The corpus a run trained on, as the app describes it. Stored once per distinct
/// (path, fingerprint, tokenizer) and shared by the runs that used it.
struct CorpusRecord
{
    std::int64_t id = 0; ///< assigned by the store
    std::string path; ///< file path as the user chose it (UTF-8)
    std::uint64_t sizeBytes = 0;
    /// Content fingerprint chosen by the caller (e.g. a hash in hex), to tell whether a file
    /// with the same path still holds the same text.
    std::string fingerprint;
    std::uint64_t lines = 0;
    std::uint64_t tokens = 0;
    std::uint64_t distinctWords = 0;
    /// Tokenizer settings as a JSON object written by the caller.
    std::string tokenizerJson = "{}";
};

} // namespace ewb::core
