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
/// Receives reading progress: bytes consumed so far and the total, both summed over the passes
/// (a second pass counts from the size of the first), so done/total is the fraction finished.
using ByteProgress = std::function<void(std::uint64_t bytesDone, std::uint64_t bytesTotal)>;

/// Streams the corpus in 1 MiB blocks, in bounded memory whatever its line lengths, and hands
/// every sentence to onSentence in corpus order on the calling thread. One line is one sentence;
/// a line of more than maxSentenceTokens tokens gives several. The sink sees one pass only: with
/// TokenizerOptions::cjkPhrases on a Chinese corpus, a first pass learns the phrases and the
/// second one emits the sentences.
///
/// Fails before the first sentence with EmptyInput, BinaryInput, UnsupportedEncoding (UTF-16/32),
/// NotFound, NotRegularFile or IoError; with InvalidArgument for options out of range. In Reject
/// mode, invalid UTF-8 gives InvalidEncoding naming the number of invalid sequences, the line and
/// byte offset of the first and, when ICU recognises a legacy encoding, how to convert it;
/// sentences before that point may already have been handed out. Fails with IoError when the file
/// cannot be read or changes size while being read, with NoTokens "no tokens found (N lines
/// read)" when no line held a token, and with Cancelled within one 64 KiB slice (well under
/// 100 ms) of stop being requested, also from inside onSentence. On success returns the exact
/// statistics of the pass that emitted the sentences.
///
/// onProgress is called after every block with the bytes consumed so far and the total of all
/// passes. No exception escapes: out of memory becomes OutOfMemory, anything thrown by the
/// callbacks Internal.
Result<CorpusStats> tokenizeCorpus(const CorpusSource &source, const TokenizerOptions &options,
                                   std::stop_token stop, const SentenceSink &onSentence,
                                   const ByteProgress &onProgress = {});

} // namespace ewb::core
