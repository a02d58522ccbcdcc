#include "core/vocab/vocabularybuilder.h"

#include <algorithm>
#include <limits>
#include <new>
#include <numeric>

namespace ewb::core {

namespace {

    constexpr std::uint32_t Dropped = std::numeric_limits<std::uint32_t>::max();

} // namespace

void VocabularyBuilder::addSentence(std::span<const std::string_view> tokens)
{
    if (tokens.empty() || m_outOfMemory || m_tooManyTypes)
        return;
    try {
        for (const std::string_view token : tokens) {
            auto it = m_ids.find(token);
            if (it == m_ids.end()) {
                // Dropped doubles as the "no id" marker of the remapping in finish().
                if (m_counts.size() >= Dropped) {
                    m_tooManyTypes = true;
                    return;
                }
                it = m_ids.emplace(std::string(token), static_cast<std::uint32_t>(m_counts.size()))
                         .first;
                m_counts.push_back(0);
            }
            ++m_counts[it->second];
            m_tokens.push_back(it->second);
        }
        m_sentenceEnds.push_back(m_tokens.size());
    } catch (const std::bad_alloc &) {
        m_outOfMemory = true;
    }
}

Result<VocabularyBuilder::Output> VocabularyBuilder::finish(std::uint64_t minCount,
                                                            std::size_t maxVocab)
{
    if (m_outOfMemory)
        return fail(ErrorCode::OutOfMemory,
                    "out of memory while counting the corpus after " + std::to_string(tokenCount())
                        + " tokens and " + std::to_string(typeCount()) + " distinct words");
    if (m_tooManyTypes)
        return fail(ErrorCode::InvalidArgument,
                    "the corpus has more than 4294967294 distinct words");
    if (m_tokens.empty())
        return fail(ErrorCode::NoTokens, "no tokens to build a vocabulary from");

    try {
        const std::uint64_t threshold = std::max<std::uint64_t>(minCount, 1);
        std::vector<std::uint32_t> order;
        for (std::uint32_t id = 0; id < m_counts.size(); ++id) {
            if (m_counts[id] >= threshold)
                order.push_back(id);
        }
        if (order.empty()) {
            const std::uint64_t most = *std::max_element(m_counts.begin(), m_counts.end());
            return fail(ErrorCode::VocabularyTooSmall,
                        "0 words occur at least min_count=" + std::to_string(minCount)
                            + " times (the most frequent occurs " + std::to_string(most)
                            + " times)");
        }
        // Provisional ids are in order of first occurrence, so a stable sort keeps that order
        // among words of equal count.
        std::stable_sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
            return m_counts[a] > m_counts[b];
        });
        if (maxVocab > 0 && order.size() > maxVocab)
            order.resize(maxVocab);
        if (order.size() < 2)
            return fail(
                ErrorCode::VocabularyTooSmall,
                "need at least 2 distinct words after min_count=" + std::to_string(minCount)
                    + (maxVocab > 0 ? " and max_vocab=" + std::to_string(maxVocab) : std::string())
                    + ", got " + std::to_string(order.size()));

        std::vector<std::uint32_t> finalId(m_counts.size(), Dropped);
        for (std::uint32_t rank = 0; rank < order.size(); ++rank)
            finalId[order[rank]] = rank;

        std::vector<std::string> words(order.size());
        std::vector<std::uint64_t> counts(order.size());
        while (!m_ids.empty()) {
            auto node = m_ids.extract(m_ids.begin());
            const std::uint32_t rank = finalId[node.mapped()];
            if (rank != Dropped) {
                words[rank] = std::move(node.key());
                counts[rank] = m_counts[node.mapped()];
            }
        }

        // Re-encode in place: the kept ids never move forward, so one buffer suffices.
        const std::uint64_t rawTokens = m_tokens.size();
        std::vector<std::uint64_t> offsets { 0 };
        std::size_t write = 0;
        std::size_t read = 0;
        for (const std::uint64_t end : m_sentenceEnds) {
            const std::size_t sentenceStart = write;
            for (; read < end; ++read) {
                const std::uint32_t id = finalId[m_tokens[read]];
                if (id != Dropped)
                    m_tokens[write++] = id;
            }
            if (write > sentenceStart)
                offsets.push_back(write);
        }
        m_tokens.resize(write);
        m_tokens.shrink_to_fit();

        auto vocabulary = Vocabulary::create(std::move(words), std::move(counts));
        if (!vocabulary)
            return vocabulary.error();
        Output output { std::move(vocabulary).value(),
                        EncodedCorpus(std::move(m_tokens), std::move(offsets), rawTokens) };
        m_tokens = {};
        m_counts = {};
        m_sentenceEnds = {};
        return output;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "out of memory building a vocabulary of " + std::to_string(typeCount())
                        + " distinct words");
    }
}

} // namespace ewb::core
