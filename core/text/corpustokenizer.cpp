#include "core/text/corpustokenizer.h"

#include "core/text/blockreader.h"
#include "core/text/charsetguesser.h"
#include "core/text/hantext.h"
#include "core/text/icuwordsegmenter.h"
#include "core/text/inputsniffer.h"
#include "core/text/phraselearner.h"
#include "core/text/phrasemerger.h"
#include "core/text/sentencebuilder.h"
#include "core/text/tokennormalizer.h"
#include "core/text/utf8scanner.h"
#include "core/text/whitespacesegmenter.h"

#include <cstdio>
#include <new>

namespace ewb::core {

namespace {

    // Bytes read from the source at a time: the unit of progress reports.
    constexpr std::size_t blockBytes = 1024 * 1024;
    // Bytes scanned between two looks at the stop token: ~25 ms of the slowest case (Chinese
    // through ICU's dictionary at ~2.5 MB/s), far less for everything else.
    constexpr std::size_t sliceBytes = 64 * 1024;
    // word2phrase's min_count: a pair seen this often or less is never joined.
    constexpr std::uint64_t phraseMinCount = 5;

    Result<void> validate(const TokenizerOptions &options)
    {
        if (options.maxSentenceTokens < 1 || options.maxSentenceTokens > 1'000'000)
            return fail(ErrorCode::InvalidArgument,
                        "maxSentenceTokens must be in 1..1000000, not "
                            + std::to_string(options.maxSentenceTokens));
        if (options.maxTokenBytes < 8 || options.maxTokenBytes > 4096)
            return fail(ErrorCode::InvalidArgument,
                        "maxTokenBytes must be in 8..4096, not "
                            + std::to_string(options.maxTokenBytes));
        if (!(options.cjkPhraseThreshold > 0.0))
            return fail(ErrorCode::InvalidArgument,
                        "cjkPhraseThreshold must be positive, not "
                            + std::to_string(options.cjkPhraseThreshold));
        return {};
    }

    std::string hexBytes(std::string_view bytes)
    {
        std::string out;
        for (const char c : bytes) {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%02x",
                          static_cast<unsigned>(static_cast<unsigned char>(c)));
            if (!out.empty())
                out.push_back(' ');
            out.append(hex);
        }
        return out;
    }

    /// What one pass over the source saw at the byte and line level.
    struct PassCounts
    {
        std::uint64_t bytes = 0;
        std::uint64_t lines = 0;
        std::uint64_t skippedLines = 0;
        std::uint64_t replacedSequences = 0;
        std::uint64_t controlCharacters = 0;
    };

    /// Progress of a pass within a run of several passes.
    struct PassProgress
    {
        const ByteProgress &callback;
        std::uint64_t pass = 0;
        std::uint64_t passes = 1;
    };

    Result<std::size_t> readFull(BlockReader &reader, std::string &buffer, std::size_t limit)
    {
        buffer.resize(limit);
        std::size_t filled = 0;
        while (filled < limit) {
            auto got = reader.read(std::span<char>(buffer.data() + filled, limit - filled));
            if (!got)
                return got.error();
            if (*got == 0)
                break;
            filled += *got;
        }
        buffer.resize(filled);
        return filled;
    }

    /// Reads the source once and feeds its tokens to `tokens`.
    Result<PassCounts> runPass(const CorpusSource &source, const TokenizerOptions &options,
                               const std::stop_token &stop, TokenSink &tokens,
                               const PassProgress &progress)
    {
        auto reader = BlockReader::open(source);
        if (!reader)
            return reader.error();
        const std::string name = source.displayName();

        std::string head;
        if (auto got = readFull(*reader, head, InputSniffer::headBytes); !got)
            return got.error();
        const std::uint64_t total
            = head.size() < InputSniffer::headBytes ? head.size() : reader->size();
        const auto bom = InputSniffer::check(head, total, name);
        if (!bom)
            return bom.error();

        auto normalizer = TokenNormalizer::create(tokens, options.caseFold, options.nfkc,
                                                  options.maxTokenBytes);
        if (!normalizer)
            return normalizer.error();
        std::unique_ptr<RunSink> segmenter;
        if (options.mode == TokenizerOptions::Mode::Icu) {
            auto icu = IcuWordSegmenter::create(**normalizer, options.maxTokenBytes);
            if (!icu)
                return icu.error();
            segmenter = std::move(*icu);
        } else {
            segmenter = std::make_unique<WhitespaceSegmenter>(**normalizer, options.maxTokenBytes);
        }
        Utf8Scanner scanner(options.invalidUtf8, *segmenter, *bom);

        auto report = [&] {
            if (progress.callback)
                progress.callback(progress.pass * total + reader->offset(),
                                  progress.passes * total);
        };
        auto scan = [&](std::string_view bytes) -> Result<void> {
            for (std::size_t at = 0; at < bytes.size(); at += sliceBytes) {
                if (stop.stop_requested())
                    return fail(ErrorCode::Cancelled, "reading " + name + " was cancelled");
                scanner.feed(bytes.substr(at, sliceBytes));
            }
            return {};
        };

        if (auto scanned = scan(std::string_view(head).substr(*bom)); !scanned)
            return scanned.error();
        report();
        if (head.size() == InputSniffer::headBytes) {
            std::string block;
            for (;;) {
                auto got = readFull(*reader, block, blockBytes);
                if (!got)
                    return got.error();
                if (*got == 0)
                    break;
                if (auto scanned = scan(block); !scanned)
                    return scanned.error();
                report();
            }
        }
        if (stop.stop_requested())
            return fail(ErrorCode::Cancelled, "reading " + name + " was cancelled");
        scanner.finish();

        if (scanner.rejected()) {
            std::string detail = "invalid UTF-8 in " + name + ": "
                + std::to_string(scanner.invalidSequences())
                + " invalid byte sequence(s), the first at line "
                + std::to_string(scanner.firstInvalidLine()) + ", byte offset "
                + std::to_string(scanner.firstInvalidOffset()) + " (bytes "
                + hexBytes(scanner.firstInvalidBytes()) + ")";
            if (const std::string hint = CharsetGuesser::conversionHint(head); !hint.empty())
                detail += "; " + hint;
            return fail(ErrorCode::InvalidEncoding, detail);
        }

        PassCounts counts;
        counts.bytes = reader->offset() - *bom;
        counts.lines = scanner.lines();
        counts.skippedLines = scanner.skippedLines();
        counts.controlCharacters = scanner.controlCharacters();
        if (options.invalidUtf8 == TokenizerOptions::InvalidUtf8::Replace)
            counts.replacedSequences = scanner.invalidSequences();
        return counts;
    }

    /// True when the first 64 KiB of the source hold a Han ideograph: only then is a phrase pass
    /// worth its cost. Errors are left for the real pass to report.
    bool headHasHan(const CorpusSource &source)
    {
        auto reader = BlockReader::open(source);
        std::string head;
        if (!reader || !readFull(*reader, head, InputSniffer::headBytes))
            return false;
        return hantext::containsHan(head);
    }

    Result<CorpusStats> tokenize(const CorpusSource &source, const TokenizerOptions &options,
                                 const std::stop_token &stop, const SentenceSink &onSentence,
                                 const ByteProgress &onProgress)
    {
        if (auto valid = validate(options); !valid)
            return valid.error();

        PhraseTable phrases;
        const bool learnPhrases = options.mode == TokenizerOptions::Mode::Icu && options.cjkPhrases
            && headHasHan(source);
        if (learnPhrases) {
            PhraseLearner learner;
            const auto learnt
                = runPass(source, options, stop, learner, PassProgress { onProgress, 0, 2 });
            if (!learnt)
                return learnt.error();
            phrases = learner.learn(options.cjkPhraseThreshold, phraseMinCount);
        }

        SentenceBuilder builder(onSentence, options.maxSentenceTokens, options.countTypes);
        PhraseMerger merger(phrases, builder);
        TokenSink &tokens = phrases.empty() ? static_cast<TokenSink &>(builder) : merger;
        const PassProgress progress { onProgress, learnPhrases ? 1u : 0u, learnPhrases ? 2u : 1u };
        const auto counts = runPass(source, options, stop, tokens, progress);
        if (!counts)
            return counts.error();
        if (builder.tokens() == 0)
            return fail(ErrorCode::NoTokens,
                        "no tokens found (" + std::to_string(counts->lines) + " lines read) in "
                            + source.displayName());

        CorpusStats stats;
        stats.bytes = counts->bytes;
        stats.lines = counts->lines;
        stats.sentences = builder.sentences();
        stats.tokens = builder.tokens();
        stats.types = builder.types();
        stats.cutTokens = builder.cutTokens();
        stats.skippedLines = counts->skippedLines;
        stats.replacedSequences = counts->replacedSequences;
        stats.controlCharacters = counts->controlCharacters;
        return stats;
    }

} // namespace

Result<CorpusStats> tokenizeCorpus(const CorpusSource &source, const TokenizerOptions &options,
                                   std::stop_token stop, const SentenceSink &onSentence,
                                   const ByteProgress &onProgress)
{
    // No exception crosses the core API: out-of-memory and anything thrown by the caller's
    // callbacks become error values here.
    try {
        return tokenize(source, options, stop, onSentence, onProgress);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "out of memory while tokenizing " + source.displayName());
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal,
                    "unexpected error while tokenizing " + source.displayName() + ": " + e.what());
    } catch (...) {
        return fail(ErrorCode::Internal,
                    "unexpected error while tokenizing " + source.displayName());
    }
}

} // namespace ewb::core
