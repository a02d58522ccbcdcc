#pragma once

#include "core/common/result.h"
#include "core/text/corpussource.h"
#include "core/text/corpusstats.h"
#include "core/text/tokenizeroptions.h"

#include <cstdint>
#include <functional>
#include <span>
#include <stop_token>
#include <string_view>

namespace ewb::core {

/// Receives one sentence: the tokens are valid only during the call.
using SentenceSink = std::function<void(std::span<const std::string_view> tokens)>;
/// Receives reading progress: bytes consumed so far and the total (0 when unknown).
using ByteProgress = std::function<void(std::uint64_t bytesDone, std::uint64_t bytesTotal)>;

/// Streams the whole corpus once, in bounded memory whatever its line lengths, and hands every
/// sentence to onSentence in corpus order on the calling thread. Fails before the first sentence
/// for empty, binary, non-regular, unreadable or UTF-16/32 input; fails with the line and byte
/// offset of the first invalid UTF-8 sequence in Reject mode; fails with NoTokens when no line
/// held a token; fails with Cancelled within ~100 ms of stop being requested. On success returns
/// the statistics of what was read (counts of lines, tokens, types, cut tokens, skipped lines).
Result<CorpusStats> tokenizeCorpus(const CorpusSource &source, const TokenizerOptions &options,
                                   std::stop_token stop, const SentenceSink &onSentence,
                                   const ByteProgress &onProgress = {});

} // namespace ewb::core
