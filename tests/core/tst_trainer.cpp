#include "core/train/trainer.h"
#include "core/train/trainingcontrol.h"
#include "core/vocab/vocabularybuilder.h"

#include <QtTest>

#include <chrono>
#include <cmath>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace ewb::core;

namespace {

using Clock = std::chrono::steady_clock;

// The demo corpus as lower-case a-z tokens, one sentence a line: tokenized here, so this test
// depends on the trainer alone.
std::vector<std::vector<std::string>> readDemoCorpus()
{
    std::ifstream in(EWB_RESOURCES_DIR "/demo-corpus-en.txt", std::ios::binary);
    std::vector<std::vector<std::string>> sentences;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> tokens;
        std::string token;
        for (const char ch : line + ' ') {
            const char lower = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
            if (lower >= 'a' && lower <= 'z') {
                token += lower;
            } else if (!token.empty()) {
                tokens.push_back(std::move(token));
                token.clear();
            }
        }
        if (!tokens.empty())
            sentences.push_back(std::move(tokens));
    }
    return sentences;
}

TrainingOptions smallOptions(TrainingOptions::Architecture architecture)
{
    TrainingOptions options = TrainingOptions::defaults(architecture);
    options.dim = 24;
    options.epochs = 1;
    options.threads = 1;
    options.seed = 7;
    return options;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private:
    std::vector<std::vector<std::string>> m_sentences;

    // The first maxTokens tokens of the demo corpus, counted and encoded.
    VocabularyBuilder::Output corpus(std::size_t maxTokens)
    {
        VocabularyBuilder builder;
        std::size_t tokens = 0;
        for (const auto &sentence : m_sentences) {
            if (tokens >= maxTokens)
                break;
            const std::vector<std::string_view> views(sentence.begin(), sentence.end());
            builder.addSentence(views);
            tokens += sentence.size();
        }
        auto built = builder.finish(5, 0);
        if (!built)
            qFatal("%s", built.error().detail.c_str());
        return std::move(built).value();
    }

private slots:
    void initTestCase()
    {
        m_sentences = readDemoCorpus();
        QVERIFY(m_sentences.size() > 10000);
    }

    void determinism()
    {
        const auto data = corpus(150000);
        const auto run = [&](std::uint64_t seed, unsigned checkpointPercent) {
            TrainingOptions options = smallOptions(TrainingOptions::Architecture::SkipGram);
            options.seed = seed;
            options.epochs = 2;
            options.checkpointPercent = checkpointPercent;
            Trainer trainer(options);
            int checkpoints = 0;
            if (checkpointPercent > 0)
                trainer.setCheckpointCallback([&](const Checkpoint &) { ++checkpoints; });
            auto result = trainer.train(data.vocabulary, data.corpus);
            if (!result)
                qFatal("%s", result.error().detail.c_str());
            if (checkpointPercent > 0 && checkpoints < 4)
                qFatal("expected checkpoints every %u%%", checkpointPercent);
            return result->model->vectors();
        };
        const Matrix first = run(7, 0);
        QVERIFY(first == run(7, 0));
        // Stopping the workers for checkpoints every 25% changes nothing either.
        QVERIFY(first == run(7, 25));
        QVERIFY(first != run(8, 0));
    }

    void loss_data()
    {
        QTest::addColumn<TrainingOptions::Architecture>("architecture");
        QTest::newRow("skipgram") << TrainingOptions::Architecture::SkipGram;
        QTest::newRow("cbow") << TrainingOptions::Architecture::Cbow;
    }

    void loss()
    {
        QFETCH(TrainingOptions::Architecture, architecture);
        const auto data = corpus(400000);
        const auto run = [&](std::size_t threads) {
            TrainingOptions options = smallOptions(architecture);
            options.epochs = 3;
            options.threads = threads;
            Trainer trainer(options);
            const auto caller = std::this_thread::get_id();
            bool otherThread = false;
            trainer.setProgressCallback([&](const TrainingProgress &) {
                otherThread = otherThread || std::this_thread::get_id() != caller;
            });
            auto result = trainer.train(data.vocabulary, data.corpus);
            if (!result)
                qFatal("%s", result.error().detail.c_str());
            if (otherThread)
                qFatal("progress reported from a worker thread");
            return std::move(result).value();
        };
        const TrainingResult one = run(1);
        const TrainingResult two = run(2);

        // Zero output layer: each of the 1 + negative terms starts at ln 2.
        const double initial = 6 * std::log(2.0);
        for (const TrainingResult *r : { &one, &two }) {
            QVERIFY(!r->lossHistory.empty());
            for (const TrainingProgress &p : r->lossHistory) {
                QVERIFY(std::isfinite(p.intervalLoss));
                QVERIFY(std::isfinite(p.epochLoss));
            }
            QCOMPARE(r->lossHistory.back().fraction, 1.0);
            QCOMPARE(r->lossHistory.back().wordsDone, 3 * data.corpus.rawTokenCount());
            QCOMPARE(r->stats.rawWords, 3 * data.corpus.rawTokenCount());
        }

        const auto epochLosses = [](const TrainingResult &r) {
            std::vector<double> losses;
            for (const TrainingProgress &p : r.lossHistory) {
                if (p.epochEnd)
                    losses.push_back(p.epochLoss);
            }
            return losses;
        };
        const std::vector<double> lossOne = epochLosses(one);
        const std::vector<double> lossTwo = epochLosses(two);
        QCOMPARE(lossOne.size(), std::size_t { 3 });
        QCOMPARE(lossTwo.size(), std::size_t { 3 });
        for (std::size_t e = 0; e < 3; ++e) {
            QVERIFY2(std::abs(lossOne[e] - lossTwo[e]) < 0.03 * lossOne[e],
                     qPrintable(QStringLiteral("epoch %1: %2 with 1 thread, %3 with 2")
                                    .arg(e + 1)
                                    .arg(lossOne[e])
                                    .arg(lossTwo[e])));
            if (e > 0)
                QVERIFY(lossOne[e] < lossOne[e - 1]);
        }
        QVERIFY(lossOne[0] < 0.9 * initial);
    }

    void firstInterval_data() { loss_data(); }

    void firstInterval()
    {
        // Before any update the output layer is zero, so each of the 1 + negative terms of a
        // pair's loss is -log s(0) = ln 2. With a learning rate too small to move the weights
        // within the first interval, the meter must read that value whatever the interval's
        // length. (At the default rates the loss already falls by 5-15% within the first
        // 100 ms on this small corpus: word frequencies are learnt fast.)
        QFETCH(TrainingOptions::Architecture, architecture);
        const auto data = corpus(10'000'000);
        TrainingOptions options = TrainingOptions::defaults(architecture);
        options.threads = 1;
        options.alpha = 1e-6;
        options.minAlpha = 1e-6;
        Trainer trainer(options);
        std::stop_source stop;
        std::optional<TrainingProgress> first;
        trainer.setProgressCallback([&](const TrainingProgress &p) {
            if (!first) {
                first = p;
                stop.request_stop();
            }
        });
        auto result = trainer.train(data.vocabulary, data.corpus, stop.get_token());
        QVERIFY(first.has_value());
        QVERIFY(first->pairs > 0);
        const double initial = 6 * std::log(2.0);
        QVERIFY2(
            std::abs(first->intervalLoss - initial) < 0.05 * initial,
            qPrintable(
                QStringLiteral("%1 after %2 pairs").arg(first->intervalLoss).arg(first->pairs)));
    }

    void cancellation()
    {
        const auto data = corpus(10'000'000);
        TrainingOptions options = smallOptions(TrainingOptions::Architecture::SkipGram);
        options.epochs = 50;
        options.threads = 2;
        Trainer trainer(options);
        std::stop_source stop;
        std::optional<Clock::time_point> requested;
        trainer.setProgressCallback([&](const TrainingProgress &) {
            if (!requested) {
                requested = Clock::now();
                stop.request_stop();
            }
        });
        auto result = trainer.train(data.vocabulary, data.corpus, stop.get_token());
        const auto latency = Clock::now() - *requested;
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY2(latency < std::chrono::milliseconds(200),
                 qPrintable(
                     QString::number(std::chrono::duration<double, std::milli>(latency).count())));
    }

    void pauseAndResume()
    {
        const auto data = corpus(10'000'000);
        TrainingOptions options = smallOptions(TrainingOptions::Architecture::Cbow);
        options.epochs = 2;
        options.threads = 2;
        TrainingControl control;
        Trainer trainer(options);
        trainer.setControl(&control);
        int calls = 0;
        std::vector<TrainingProgress> held;
        trainer.setProgressCallback([&](const TrainingProgress &p) {
            ++calls;
            if (calls == 1)
                control.pause();
            // Workers hold within a sentence; from the third point on nothing may move.
            if (calls >= 3 && calls <= 6)
                held.push_back(p);
            if (calls == 6)
                control.resume();
        });
        auto result = trainer.train(data.vocabulary, data.corpus);
        QVERIFY(result.ok());
        QCOMPARE(held.size(), std::size_t { 4 });
        for (const TrainingProgress &p : held) {
            QVERIFY(p.paused);
            QCOMPARE(p.wordsDone, held.front().wordsDone);
            QCOMPARE(p.pairs, held.front().pairs);
            // The clock stands still too, so words/s does not sink while paused.
            QCOMPARE(p.elapsedSeconds, held.front().elapsedSeconds);
            QCOMPARE(p.wordsPerSecond, held.front().wordsPerSecond);
        }
        QVERIFY(held.front().fraction < 1.0);
        QVERIFY(!result->lossHistory.back().paused);
        QCOMPARE(result->lossHistory.back().wordsDone, 2 * data.corpus.rawTokenCount());
    }

    void checkpoints_data()
    {
        QTest::addColumn<unsigned>("percent");
        QTest::addColumn<QList<bool>>("epochEnds");
        QTest::newRow("epoch-ends") << 0u << QList<bool> { true, true };
        QTest::newRow("every-25-percent") << 25u << QList<bool> { false, true, false, true };
    }

    void checkpoints()
    {
        QFETCH(unsigned, percent);
        QFETCH(QList<bool>, epochEnds);
        const auto data = corpus(100000);
        TrainingOptions options = smallOptions(TrainingOptions::Architecture::Cbow);
        options.epochs = 2;
        options.checkpointPercent = percent;
        Trainer trainer(options);
        std::vector<Checkpoint> seen;
        trainer.setCheckpointCallback([&](const Checkpoint &c) { seen.push_back(c); });
        auto result = trainer.train(data.vocabulary, data.corpus);
        QVERIFY(result.ok());
        QCOMPARE(seen.size(), static_cast<std::size_t>(epochEnds.size()));
        for (std::size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].epochEnd, epochEnds[static_cast<qsizetype>(i)]);
            QCOMPARE(seen[i].vectors.rows(), static_cast<Eigen::Index>(data.vocabulary.size()));
            QCOMPARE(seen[i].vectors.cols(), Eigen::Index { 24 });
            if (i > 0)
                QVERIFY(seen[i].fraction > seen[i - 1].fraction);
        }
        QCOMPARE(seen.back().epoch, std::size_t { 2 });
        QVERIFY(seen.back().vectors == result->model->vectors());
        QVERIFY(trainer.lastGoodState().has_value());
        QVERIFY(trainer.lastGoodState()->vectors == result->model->vectors());
    }

    void divergenceStops()
    {
        const auto data = corpus(100000);
        TrainingOptions options = smallOptions(TrainingOptions::Architecture::SkipGram);
        options.alpha = 1e30;
        options.minAlpha = 1e29;
        Trainer trainer(options);
        auto result = trainer.train(data.vocabulary, data.corpus);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NumericError);
        QVERIFY(!trainer.lastGoodState().has_value());
    }

    void modelAndOptions()
    {
        const auto data = corpus(100000);
        TrainingOptions options = smallOptions(TrainingOptions::Architecture::SkipGram);
        Trainer trainer(options);
        auto result = trainer.train(data.vocabulary, data.corpus);
        QVERIFY(result.ok());
        const EmbeddingModel &model = *result->model;
        QCOMPARE(model.size(), data.vocabulary.size());
        QCOMPARE(model.dim(), std::size_t { 24 });
        QVERIFY(model.words() == data.vocabulary.words());
        QVERIFY(model.counts() == data.vocabulary.counts());
        QVERIFY(result->warnings.empty());
        QCOMPARE(result->options.negative, std::size_t { 5 });
        QVERIFY(result->stats.effectiveWords < data.corpus.tokenCount());
        QVERIFY(result->stats.wordsPerSecond > 0);
    }

    void badInputs()
    {
        const auto data = corpus(100000);
        TrainingOptions options = smallOptions(TrainingOptions::Architecture::SkipGram);
        options.window = 0;
        auto result = Trainer(options).train(data.vocabulary, data.corpus);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);

        // Three words and negative 5: clamped to 2 with a warning, and training works.
        VocabularyBuilder builder;
        const std::vector<std::string_view> sentence { "a", "b", "c", "a", "b", "a" };
        for (int i = 0; i < 50; ++i)
            builder.addSentence(sentence);
        auto tiny = builder.finish(1, 0);
        QVERIFY(tiny.ok());
        auto clamped = Trainer(smallOptions(TrainingOptions::Architecture::Cbow))
                           .train(tiny->vocabulary, tiny->corpus);
        QVERIFY(clamped.ok());
        QCOMPARE(clamped->options.negative, std::size_t { 2 });
        QCOMPARE(clamped->warnings.size(), std::size_t { 1 });
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
