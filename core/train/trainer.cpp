#include "core/train/trainer.h"

#include "core/train/fastrandom.h"
#include "core/train/sigmoidtable.h"
#include "core/train/trainingcontrol.h"
#include "core/train/trainingmonitor.h"
#include "core/train/trainingschedule.h"
#include "core/train/trainingworker.h"
#include "core/vocab/encodedcorpus.h"
#include "core/vocab/noisedistribution.h"
#include "core/vocab/subsamplingtable.h"
#include "core/vocab/vocabulary.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>

namespace ewb::core {

namespace {

    using namespace std::chrono_literals;

    // Rows are padded to a multiple of 8 floats (one AVX register) so that the kernels' vector
    // loops have no scalar tail; the padding stays exactly zero because every update of a padded
    // column multiplies a zero.
    constexpr std::size_t StrideMultiple = 8;
    constexpr std::size_t MaxChunkWords = 10000;
    constexpr auto ProgressInterval = 100ms;

    // Chunks of whole sentences of about MaxChunkWords words (fewer for small corpora, so that
    // every thread gets work and the learning rate still changes within an epoch).
    std::vector<std::size_t> chunkStarts(const EncodedCorpus &corpus)
    {
        const std::uint64_t target
            = std::clamp<std::uint64_t>(corpus.tokenCount() / 64, 256, MaxChunkWords);
        std::vector<std::size_t> starts { 0 };
        std::uint64_t words = 0;
        for (std::size_t s = 0; s < corpus.sentenceCount(); ++s) {
            words += corpus.sentence(s).size();
            if (words >= target) {
                starts.push_back(s + 1);
                words = 0;
            }
        }
        if (starts.back() != corpus.sentenceCount())
            starts.push_back(corpus.sentenceCount());
        return starts;
    }

    struct Segment
    {
        std::size_t epoch; // 1-based
        std::uint64_t first;
        std::uint64_t end;
        bool epochEnd;
    };

    // Stretches of chunks between epoch ends and, when asked, every `percent` of the run.
    std::vector<Segment> planSegments(std::size_t epochs, std::uint64_t chunksPerEpoch,
                                      unsigned percent)
    {
        const std::uint64_t total = epochs * chunksPerEpoch;
        std::vector<std::uint64_t> bounds;
        for (std::uint64_t e = 1; e <= epochs; ++e)
            bounds.push_back(e * chunksPerEpoch);
        if (percent > 0) {
            for (unsigned k = 1; k * percent < 100; ++k)
                bounds.push_back((total * k * percent + 99) / 100);
        }
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
        std::vector<Segment> segments;
        std::uint64_t first = 0;
        for (const std::uint64_t end : bounds) {
            if (end <= first)
                continue;
            segments.push_back(Segment { static_cast<std::size_t>(first / chunksPerEpoch) + 1,
                                         first, end, end % chunksPerEpoch == 0 });
            first = end;
        }
        return segments;
    }

    enum class SegmentEnd { Done, Cancelled, Diverged };

    // Runs every worker on its own thread until the schedule's segment is used up, sampling
    // progress every ProgressInterval on the calling thread.
    SegmentEnd runSegment(std::span<const std::unique_ptr<TrainingWorker>> workers,
                          TrainingMonitor &monitor, const TrainingSchedule &schedule,
                          std::stop_token stop, const Trainer::ProgressCallback &onProgress)
    {
        std::stop_source workerStop;
        std::mutex mutex;
        std::condition_variable_any finished;
        std::size_t running = workers.size();
        {
            std::vector<std::jthread> threads;
            threads.reserve(workers.size());
            try {
                for (const auto &worker : workers) {
                    threads.emplace_back([&, w = worker.get()] {
                        w->run(workerStop.get_token());
                        std::lock_guard lock(mutex);
                        --running;
                        finished.notify_all();
                    });
                }
            } catch (...) {
                // The started threads are joined by the vector's destructor; make them quick.
                workerStop.request_stop();
                throw;
            }
            // Destroyed before the threads: if a progress callback throws, the workers stop at
            // once instead of finishing the segment before the join lets the exception through.
            struct StopOnExit
            {
                std::stop_source &source;
                ~StopOnExit() { source.request_stop(); }
            } stopOnExit { workerStop };
            std::unique_lock lock(mutex);
            while (!finished.wait_for(lock, stop, ProgressInterval, [&] { return running == 0; })) {
                if (stop.stop_requested()) {
                    workerStop.request_stop();
                    break;
                }
                lock.unlock();
                const TrainingProgress &point = monitor.sample(false);
                if (onProgress)
                    onProgress(point);
                lock.lock();
            }
        }
        if (stop.stop_requested())
            return SegmentEnd::Cancelled;
        return schedule.diverged() ? SegmentEnd::Diverged : SegmentEnd::Done;
    }

} // namespace

Trainer::Trainer(TrainingOptions options) : m_options(std::move(options)) { }

Result<TrainingResult> Trainer::train(const Vocabulary &vocabulary, const EncodedCorpus &corpus,
                                      std::stop_token stop)
{
    m_lastGood.reset();
    TrainingResult result;
    auto effective = m_options.effectiveFor(
        vocabulary.size(), TrainingOptions::physicalMemoryBytes(), result.warnings);
    if (!effective)
        return effective.error();
    const TrainingOptions options = *effective;
    if (corpus.tokenCount() == 0)
        return fail(ErrorCode::NoTokens, "the encoded corpus holds no tokens");

    try {
        const std::size_t words = vocabulary.size();
        const std::size_t stride
            = (options.dim + StrideMultiple - 1) / StrideMultiple * StrideMultiple;
        auto noise = NoiseDistribution::create(vocabulary.counts(), options.nsExponent);
        if (!noise)
            return noise.error();
        const SubsamplingTable subsampling(vocabulary.counts(), options.sample);
        const SigmoidTable sigmoid;
        const std::vector<std::size_t> starts = chunkStarts(corpus);
        const std::uint64_t chunksPerEpoch = starts.size() - 1;

        Matrix input
            = Matrix::Zero(static_cast<Eigen::Index>(words), static_cast<Eigen::Index>(stride));
        Matrix output
            = Matrix::Zero(static_cast<Eigen::Index>(words), static_cast<Eigen::Index>(stride));
        FastRandom initRandom(options.seed);
        const float bound = 0.5f / static_cast<float>(options.dim);
        for (Eigen::Index r = 0; r < input.rows(); ++r) {
            for (Eigen::Index c = 0; c < static_cast<Eigen::Index>(options.dim); ++c)
                input(r, c) = initRandom.uniform(-bound, bound);
        }

        TrainingSchedule schedule(options.alpha, options.minAlpha,
                                  corpus.tokenCount() * options.epochs);
        const TrainingWorker::Inputs inputs { corpus,       starts,        subsampling, *noise,
                                              sigmoid,      options,       schedule,    m_control,
                                              input.data(), output.data(), stride };
        std::vector<std::unique_ptr<TrainingWorker>> workers;
        for (std::size_t t = 0; t < options.threads; ++t)
            workers.push_back(std::make_unique<TrainingWorker>(inputs, t));

        // Before any update the output layer is zero, so every score is 0 and each of the
        // 1 + negative terms of a pair's loss is -log s(0) = ln 2.
        const double initialLoss = static_cast<double>(options.negative + 1) * std::log(2.0);
        TrainingMonitor monitor(options.epochs, corpus.tokenCount(), corpus.rawTokenCount(),
                                schedule, workers, m_control, initialLoss);
        const unsigned percent = m_onCheckpoint ? options.checkpointPercent : 0;
        for (const Segment &segment : planSegments(options.epochs, chunksPerEpoch, percent)) {
            schedule.startSegment(segment.first, segment.end);
            const SegmentEnd end = runSegment(workers, monitor, schedule, stop, m_onProgress);
            if (end == SegmentEnd::Cancelled)
                return fail(ErrorCode::Cancelled, "training cancelled");
            const TrainingProgress &point = monitor.sample(segment.epochEnd);
            if (m_onProgress)
                m_onProgress(point);
            if (end == SegmentEnd::Diverged || !std::isfinite(point.intervalLoss)
                || !std::isfinite(point.epochLoss))
                return fail(ErrorCode::NumericError,
                            "the loss became NaN or infinite in epoch "
                                + std::to_string(segment.epoch) + " at "
                                + std::to_string(std::lround(point.fraction * 100))
                                + "% of the run; training stopped (a lower alpha may help)");
            const bool wantCheckpoint = static_cast<bool>(m_onCheckpoint);
            const bool keep = m_keepLastGood && segment.epochEnd;
            if (wantCheckpoint || keep) {
                Checkpoint checkpoint { segment.epoch, segment.epochEnd, point.fraction,
                                        point.epochLoss,
                                        input.leftCols(static_cast<Eigen::Index>(options.dim)) };
                if (wantCheckpoint)
                    m_onCheckpoint(checkpoint);
                if (keep)
                    m_lastGood = std::move(checkpoint);
            }
            if (segment.epochEnd && segment.epoch < options.epochs)
                monitor.startEpoch(segment.epoch + 1);
        }

        const TrainingWorker::Totals totals = monitor.totals();
        result.stats.rawWords = corpus.rawTokenCount() * options.epochs;
        result.stats.effectiveWords = totals.effectiveWords;
        result.stats.pairs = totals.pairs;
        result.stats.trainSeconds = monitor.activeSeconds();
        result.stats.wordsPerSecond = result.stats.trainSeconds > 0
            ? static_cast<double>(result.stats.rawWords) / result.stats.trainSeconds
            : 0.0;
        result.lossHistory = monitor.history();
        result.options = options;

        output.resize(0, 0);
        input.conservativeResize(Eigen::NoChange, static_cast<Eigen::Index>(options.dim));
        auto model
            = EmbeddingModel::create(vocabulary.words(), vocabulary.counts(), std::move(input));
        if (!model)
            return model.error();
        result.model = std::move(model).value();
        return result;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "out of memory training " + std::to_string(vocabulary.size()) + " words x dim "
                        + std::to_string(options.dim));
    } catch (const std::system_error &e) {
        return fail(ErrorCode::Internal, std::string("could not run worker threads: ") + e.what());
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal, std::string("training failed: ") + e.what());
    }
}

} // namespace ewb::core
