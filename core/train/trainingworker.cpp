#include "core/train/trainingworker.h"

#include "core/train/trainingcontrol.h"
#include "core/train/trainingschedule.h"
#include "core/vocab/encodedcorpus.h"
#include "core/vocab/noisedistribution.h"
#include "core/vocab/subsamplingtable.h"

#include <algorithm>
#include <cmath>

namespace ewb::core {

namespace {

    // A noise word equal to the centre is drawn again, as fastText does; the bound only matters
    // for a degenerate distribution in which the centre word carries almost all the mass.
    constexpr int MaxRedraws = 8;
    // How many words ahead the output rows are prefetched.
    constexpr std::size_t PrefetchDistance = 2;

} // namespace

TrainingWorker::TrainingWorker(const Inputs &inputs, std::size_t threadIndex)
    : m_in(inputs)
    , m_random(inputs.options.seed + 1 + threadIndex)
    , m_kernel(inputs.input, inputs.output, inputs.stride, inputs.stride,
               inputs.options.negative + 1, inputs.sigmoid)
{
    const std::size_t longest = inputs.corpus.maxSentenceLength();
    m_kept.reserve(longest);
    m_widths.reserve(longest);
    m_noise.reserve(longest * inputs.options.negative);
    m_contexts.reserve(2 * inputs.options.window);
    m_targets.resize(inputs.options.negative + 1);
}

void TrainingWorker::run(std::stop_token stop)
{
    const std::size_t chunksPerEpoch = m_in.chunkStarts.size() - 1;
    const auto decayFactor = static_cast<float>(m_in.options.weightDecay);
    while (!stop.stop_requested()) {
        const auto chunk = m_in.schedule.claimChunk();
        if (!chunk)
            return;
        const std::size_t local = static_cast<std::size_t>(*chunk % chunksPerEpoch);
        // The learning rate changes once per chunk (about 10,000 words), as in word2vec.c.
        const auto alpha = static_cast<float>(m_in.schedule.learningRate());
        const float decay = alpha * decayFactor;
        std::uint64_t words = 0;
        for (std::size_t s = m_in.chunkStarts[local]; s < m_in.chunkStarts[local + 1]; ++s) {
            if (m_in.control && !m_in.control->waitWhilePaused(stop))
                return;
            if (stop.stop_requested())
                return;
            const auto sentence = m_in.corpus.sentence(s);
            std::uint64_t pairs = 0;
            const double loss = trainSentence(sentence, alpha, decay, pairs);
            words += sentence.size();
            m_local.loss += loss;
            m_local.pairs += pairs;
            publish();
            if (!std::isfinite(loss)) {
                m_in.schedule.markDiverged();
                return;
            }
        }
        m_in.schedule.addWords(words);
    }
}

void TrainingWorker::publish()
{
    const std::uint64_t sequence = m_sequence.load(std::memory_order_relaxed);
    m_sequence.store(sequence + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    m_pairs.store(m_local.pairs, std::memory_order_relaxed);
    m_loss.store(m_local.loss, std::memory_order_relaxed);
    m_effectiveWords.store(m_local.effectiveWords, std::memory_order_relaxed);
    m_sequence.store(sequence + 2, std::memory_order_release);
}

TrainingWorker::Totals TrainingWorker::totals() const
{
    Totals totals;
    std::uint64_t before = 0;
    std::uint64_t after = 0;
    do {
        before = m_sequence.load(std::memory_order_acquire);
        totals.pairs = m_pairs.load(std::memory_order_relaxed);
        totals.loss = m_loss.load(std::memory_order_relaxed);
        totals.effectiveWords = m_effectiveWords.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        after = m_sequence.load(std::memory_order_relaxed);
    } while (before != after || (before & 1) != 0);
    return totals;
}

void TrainingWorker::prefetchOutputRows(std::size_t position) const
{
    // The output rows of a centre and its noise words are random rows of a large matrix:
    // fetching them a few words ahead hides most of the cache misses the kernel would wait on.
#if defined(__GNUC__)
    const std::size_t negative = m_in.options.negative;
    const auto lines = static_cast<std::ptrdiff_t>(m_in.stride * sizeof(float) / 64);
    const auto prefetchRow = [&](std::uint32_t id) {
        const char *row
            = reinterpret_cast<const char *>(m_in.output + std::size_t { id } * m_in.stride);
        for (std::ptrdiff_t line = 0; line <= lines; ++line)
            __builtin_prefetch(row + line * 64);
    };
    prefetchRow(m_kept[position]);
    for (std::size_t k = 0; k < negative; ++k)
        prefetchRow(m_noise[position * negative + k]);
#else
    static_cast<void>(position);
#endif
}

double TrainingWorker::trainSentence(std::span<const std::uint32_t> sentence, float alpha,
                                     float decay, std::uint64_t &pairs)
{
    m_kept.clear();
    for (const std::uint32_t id : sentence) {
        if (m_in.subsampling.keep(id, m_random.next32()))
            m_kept.push_back(id);
    }
    m_local.effectiveWords += m_kept.size();
    const std::size_t n = m_kept.size();
    const std::size_t negative = m_in.options.negative;

    // All random draws of the sentence first, so that the rows of upcoming words can be
    // prefetched while the current word trains.
    const auto window = static_cast<std::uint32_t>(m_in.options.window);
    m_widths.resize(n);
    m_noise.resize(n * negative);
    for (std::size_t i = 0; i < n; ++i) {
        // word2vec's shrinking window: the effective width is uniform in 1..window.
        m_widths[i] = 1 + m_random.below(window);
        const std::uint32_t centre = m_kept[i];
        for (std::size_t k = 0; k < negative; ++k) {
            std::uint32_t noise = m_in.noise.sample(m_random.next());
            for (int redraw = 0; noise == centre && redraw < MaxRedraws; ++redraw)
                noise = m_in.noise.sample(m_random.next());
            m_noise[i * negative + k] = noise;
        }
    }

    const bool cbow = m_in.options.architecture == TrainingOptions::Architecture::Cbow;
    double loss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i + PrefetchDistance < n)
            prefetchOutputRows(i + PrefetchDistance);
        const std::size_t b = m_widths[i];
        const std::size_t begin = i >= b ? i - b : 0;
        const std::size_t end = std::min(n, i + b + 1);
        m_contexts.clear();
        for (std::size_t k = begin; k < end; ++k) {
            if (k != i)
                m_contexts.push_back(m_kept[k]);
        }
        if (m_contexts.empty())
            continue;
        m_targets[0] = m_kept[i];
        std::copy_n(m_noise.begin() + static_cast<std::ptrdiff_t>(i * negative), negative,
                    m_targets.begin() + 1);
        if (cbow) {
            loss += m_kernel.cbow(m_contexts, m_targets, alpha, decay);
            ++pairs;
        } else {
            loss += m_kernel.skipGram(m_contexts, m_targets, alpha, decay);
            pairs += m_contexts.size();
        }
    }
    return loss;
}

} // namespace ewb::core
