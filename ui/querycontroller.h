#pragma once

#include "ui/queryanswer.h"
#include "ui/queryrequest.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace ewb::core {
class EmbeddingModel;
class NeighbourIndex;
} // namespace ewb::core

namespace ewb::ui {

/// Answers explore-pane queries on a worker thread so the GUI thread never waits. At most one
/// query runs at a time and at most one waits behind it: a newer submit() replaces the waiting
/// one, and every submit() starts a new generation, so an answer that arrives after a newer
/// question was asked is dropped unseen (typing fast never shows stale results). Answers
/// arrive by answered() on the thread that owns the controller (the GUI thread). The models
/// are shared immutable snapshots, so a query may run while another model trains.
class QueryController : public QObject
{
    Q_OBJECT

public:
    explicit QueryController(QObject *parent = nullptr);
    /// Drops waiting work and waits for the running query (queries take milliseconds).
    ~QueryController() override;

    /// Asks `request` of model `a` (not null) and, when `b` is not null, of `b` too with the
    /// neighbour overlap of both. Returns the new generation, which answered() carries.
    quint64 submit(const QueryRequest &request, std::shared_ptr<const core::EmbeddingModel> a,
                   std::shared_ptr<const core::EmbeddingModel> b = nullptr);
    /// From now on, neighbours of a single word asked of `model` come from `index` (built over
    /// that model); null forgets the index. Other models and questions are answered exactly.
    void setIndex(std::shared_ptr<const core::EmbeddingModel> model,
                  std::shared_ptr<const core::NeighbourIndex> index);

    /// Forgets every unanswered query (e.g. when the model changes); nothing more is answered
    /// until the next submit().
    void cancel();

    /// The generation of the latest submit(), 0 before the first.
    quint64 generation() const { return m_generation; }
    /// True while a query runs or waits.
    bool isBusy() const { return m_running || m_waiting.has_value(); }

signals:
    /// The answer to the latest submit(); never emitted for a superseded one.
    void answered(const ewb::ui::QueryAnswer &answer);

private:
    struct Job
    {
        QueryRequest request;
        std::shared_ptr<const core::EmbeddingModel> a;
        std::shared_ptr<const core::EmbeddingModel> b;
        quint64 generation = 0;
        std::shared_ptr<const core::NeighbourIndex> indexA; ///< over a, or null
    };

    void start(Job job);
    void finishJob();

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<const core::EmbeddingModel> m_indexModel;
    std::shared_ptr<const core::NeighbourIndex> m_index;
    std::optional<Job> m_waiting;
    // The pool is destroyed after the watcher and waits for the running query.
    QThreadPool m_pool;
    QFutureWatcher<QueryAnswer> m_watcher;
};

} // namespace ewb::ui
