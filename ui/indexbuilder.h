#pragma once

#include "core/common/error.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <stop_token>

namespace ewb::core {
class EmbeddingModel;
class NeighbourIndex;
} // namespace ewb::core

namespace ewb::ui {

/// Builds a core::NeighbourIndex (hnswlib) of a large model in the background, so that the
/// explore pane's neighbour queries stay interactive on vocabularies of hundreds of thousands
/// to millions of words. Progress arrives about ten times a second; a new start() or cancel()
/// stops the build under way within one row's insertion. Settings: M 16, ef_construction 100
/// and ef 256 per query, which measured recall@10 0.96 at a million words (docs/benchmarks.md).
/// GUI thread only; the build runs on a worker thread.
class IndexBuilder : public QObject
{
    Q_OBJECT

public:
    /// Candidates examined per query by the indexes this class builds.
    static constexpr std::size_t queryEf = 256;

    explicit IndexBuilder(QObject *parent = nullptr);
    /// Cancels the build under way and waits for it.
    ~IndexBuilder() override;

    /// Starts building the index of `model` (not null), cancelling any other build.
    void start(std::shared_ptr<const core::EmbeddingModel> model);
    /// Stops the build under way; nothing more is emitted for it.
    void cancel();
    bool isBuilding() const { return m_watcher.isRunning(); }

signals:
    /// The fraction of rows inserted so far, 0..1.
    void progressed(double fraction);
    void finished(std::shared_ptr<const ewb::core::EmbeddingModel> model,
                  std::shared_ptr<const ewb::core::NeighbourIndex> index);
    void failed(const ewb::core::Error &error);

private:
    struct Outcome;

    std::stop_source m_stop;
    quint64 m_generation = 0;
    std::shared_ptr<const core::EmbeddingModel> m_model;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};

} // namespace ewb::ui
