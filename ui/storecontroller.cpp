#include "ui/storecontroller.h"

#include "core/formats/embeddingfile.h"
#include "core/store/database.h"
#include "core/store/evaluationstore.h"
#include "core/store/modelstore.h"
#include "core/store/runstore.h"
#include "ui/runtimeline.h"
#include "ui/storemapping.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <algorithm>
#include <exception>
#include <new>
#include <set>
#include <utility>

namespace ewb::ui {

namespace {

    const core::Error kOk { core::ErrorCode::Ok, {} };

    // `base`, or `base (2)`, `base (3)`, ... whichever no complete model carries yet.
    core::Result<std::string> freeName(core::ModelStore &store, const std::string &base)
    {
        auto models = store.list();
        if (!models.ok())
            return models.error();
        std::set<std::string> taken;
        for (const core::ModelInfo &info : *models)
            taken.insert(info.name);
        std::string name = base;
        for (int n = 2; taken.count(name) != 0; ++n)
            name = base + " (" + std::to_string(n) + ")";
        return name;
    }

} // namespace

StoreController::StoreController(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("model store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

StoreController::~StoreController()
{
    m_stop.request_stop();
    // The connection is closed on the thread that used it, after the operations queued before.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_db.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_context;
}

void StoreController::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void StoreController::enqueue(const QString &action,
                              std::function<core::Error(core::Database *)> job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, action, job = std::move(job)] {
            core::Error error = kOk;
            // Nothing thrown may cross into Qt's event loop: it becomes an error signal.
            try {
                error = job(m_db.get());
            } catch (const std::bad_alloc &) {
                error = core::fail(core::ErrorCode::OutOfMemory, "out of memory");
            } catch (const std::exception &e) {
                error = core::fail(core::ErrorCode::Internal, e.what());
            }
            if (error.code != core::ErrorCode::Ok)
                post([this, action, error] { emit failed(action, error); });
        },
        Qt::QueuedConnection);
}

core::Error StoreController::listNow(core::Database &db)
{
    core::ModelStore store(db);
    auto models = store.list();
    if (!models.ok())
        return models.error();
    QList<core::ModelInfo> list(models->begin(), models->end());
    post([this, list] { emit listed(list); });
    return scoresNow(db);
}

core::Error StoreController::scoresNow(core::Database &db)
{
    auto latest = core::EvaluationStore(db).latest();
    if (!latest.ok())
        return latest.error();
    QList<core::EvaluationRecord> scores(latest->begin(), latest->end());
    post([this, scores] { emit scoresListed(scores); });
    return kOk;
}

void StoreController::open(const QString &path)
{
    enqueue(tr("Opening the model database"), [this, path](core::Database *) {
        m_db.reset();
        core::DatabaseOptions options;
        options.mode = core::OpenMode::Create;
        auto db = core::Database::open(path.toStdString(), options);
        if (!db.ok())
            return db.error();
        m_db = std::make_unique<core::Database>(std::move(db).value());
        QString note;
        if (m_db->isReadOnly()) {
            note = tr("Opened read-only: %1")
                       .arg(QString::fromStdString(m_db->readOnlyReason().detail));
        } else {
            core::ModelStore store(*m_db);
            (void)store.removeUnfinished();
        }
        for (const std::string &warning : m_db->warnings())
            note += (note.isEmpty() ? QString() : QStringLiteral("\n"))
                + QString::fromStdString(warning);
        const bool readOnly = m_db->isReadOnly();
        post([this, path, readOnly, note] {
            m_path = path;
            m_readOnly = readOnly;
            emit opened(path, readOnly, note);
        });
        return listNow(*m_db);
    });
}

void StoreController::refresh()
{
    enqueue(tr("Listing the models"),
            [this](core::Database *db) { return db ? listNow(*db) : kOk; });
}

void StoreController::saveTrained(std::shared_ptr<const TrainingOutcome> outcome)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Saving the trained model"), [this, outcome, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        auto name = freeName(store, outcome->request.runName.toStdString());
        if (!name.ok())
            return name.error();
        const core::RunRecord run = StoreMapping::runRecord(*outcome);
        const std::vector<core::LossPoint> loss = StoreMapping::lossPoints(*outcome);
        auto id = store.save(*outcome->result.training.model,
                             StoreMapping::metadata(*outcome, *name), &run, loss, stop);
        if (!id.ok())
            return id.error();
        if (auto kept = RunTimeline::save(*db, *id, outcome->checkpoints); !kept.ok()) {
            // The model is saved; only its replay is incomplete.
            const core::Error error = kept.error();
            post([this, error] { emit failed(tr("Saving the run's checkpoints"), error); });
        }
        (void)db->checkpoint();
        const qint64 savedId = *id;
        const QString savedName = QString::fromStdString(*name);
        post([this, savedId, savedName] { emit saved(savedId, savedName); });
        return listNow(*db);
    });
}

void StoreController::loadTimeline(qint64 id, int rows)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Loading the run's checkpoints"), [this, id, rows, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        auto frames = RunTimeline::load(*db, id, static_cast<std::size_t>(std::max(rows, 0)), stop);
        if (!frames.ok())
            return frames.error();
        post([this, id, list = std::move(frames).value()] { emit timelineLoaded(id, list); });
        return kOk;
    });
}

void StoreController::rename(qint64 id, const QString &name)
{
    enqueue(tr("Renaming the model"), [this, id, name](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        const auto result = store.rename(id, name.trimmed().toStdString());
        return result.ok() ? listNow(*db) : result.error();
    });
}

void StoreController::setNotes(qint64 id, const QString &notes)
{
    enqueue(tr("Saving the notes"), [this, id, notes](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        const auto result = store.setNotes(id, notes.toStdString());
        return result.ok() ? listNow(*db) : result.error();
    });
}

void StoreController::remove(qint64 id)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Deleting the model"), [this, id, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        // The vectors are kept in memory so that Undo can save the model again.
        auto info = store.info(id);
        if (!info.ok())
            return info.error();
        auto model = store.load(id, stop);
        if (!model.ok())
            return model.error();
        const auto result = store.remove(id);
        if (!result.ok())
            return result.error();
        std::shared_ptr<const core::EmbeddingModel> vectors = *model;
        const core::ModelInfo description = *info;
        post([this, vectors, description] { emit removed(vectors, description); });
        return listNow(*db);
    });
}

void StoreController::restore(std::shared_ptr<const core::EmbeddingModel> model,
                              const core::ModelInfo &info)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Restoring the model"), [this, model, info, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        auto name = freeName(store, info.name);
        if (!name.ok())
            return name.error();
        core::ModelMetadata meta;
        meta.name = *name;
        meta.source = info.source;
        meta.notes = info.notes;
        meta.paramsJson = info.paramsJson;
        meta.runId = info.runId;
        auto id = store.save(*model, meta, nullptr, {}, stop);
        if (!id.ok())
            return id.error();
        const qint64 savedId = *id;
        const QString savedName = QString::fromStdString(*name);
        post([this, savedId, savedName] { emit saved(savedId, savedName); });
        return listNow(*db);
    });
}

void StoreController::duplicate(qint64 id)
{
    enqueue(tr("Duplicating the model"), [this, id](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        auto info = store.info(id);
        if (!info.ok())
            return info.error();
        auto name = freeName(store, info->name + " " + tr("(copy)").toStdString());
        if (!name.ok())
            return name.error();
        auto copy = store.copy(id, *name);
        return copy.ok() ? listNow(*db) : copy.error();
    });
}

void StoreController::importFile(const QString &path)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Importing %1").arg(path), [this, path, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::VectorReadOptions options;
        options.stop = stop;
        auto model = core::readEmbeddingFile(path.toStdString(), options);
        if (!model.ok())
            return model.error();
        core::ModelStore store(*db);
        auto name = freeName(store, QFileInfo(path).completeBaseName().toStdString());
        if (!name.ok())
            return name.error();
        core::ModelMetadata meta;
        meta.name = *name;
        meta.source = core::ModelSource::Imported;
        meta.paramsJson = QJsonDocument(QJsonObject { { QStringLiteral("file"), path } })
                              .toJson(QJsonDocument::Compact)
                              .toStdString();
        auto id = store.save(**model, meta, nullptr, {}, stop);
        if (!id.ok())
            return id.error();
        const qint64 savedId = *id;
        const QString savedName = QString::fromStdString(*name);
        post([this, savedId, savedName] { emit saved(savedId, savedName); });
        return listNow(*db);
    });
}

void StoreController::exportModel(qint64 id, const QString &path)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Exporting to %1").arg(path), [this, id, path, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        auto model = store.load(id, stop);
        if (!model.ok())
            return model.error();
        const auto written
            = core::writeEmbeddingFile(**model, path.toStdString(), core::VectorFormat::Auto, stop);
        if (!written.ok())
            return written.error();
        post([this, path] { emit exported(path); });
        return kOk;
    });
}

void StoreController::loadLoss(qint64 id, const QString &name)
{
    enqueue(tr("Loading the loss history"), [this, id, name](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        auto info = store.info(id);
        if (!info.ok())
            return info.error();
        std::vector<core::LossPoint> points;
        if (info->runId != 0) {
            core::RunStore runs(*db);
            auto history = runs.lossHistory(info->runId);
            if (!history.ok())
                return history.error();
            points = std::move(history).value();
        }
        const RunSeries series = StoreMapping::series(name, points);
        post([this, id, series] { emit lossLoaded(id, series); });
        return kOk;
    });
}

void StoreController::loadModel(qint64 id)
{
    const std::stop_token stop = m_stop.get_token();
    enqueue(tr("Loading the model"), [this, id, stop](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::ModelStore store(*db);
        auto info = store.info(id);
        if (!info.ok())
            return info.error();
        auto model = store.load(id, stop);
        if (!model.ok())
            return model.error();
        // Every pane asks cosine questions at once: build the unit vectors here, off the GUI
        // thread, where running out of memory is reported like any failed load.
        if (auto prepared = (*model)->prepare(); !prepared.ok())
            return prepared.error();
        std::shared_ptr<const core::EmbeddingModel> vectors = *model;
        const core::ModelInfo description = *info;
        post([this, id, vectors, description] { emit modelLoaded(id, vectors, description); });
        return kOk;
    });
}

void StoreController::saveEvaluation(qint64 modelId, core::EvaluationRecord record)
{
    record.modelId = modelId;
    enqueue(tr("Saving the evaluation"), [this, modelId, record](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::EvaluationStore store(*db);
        const auto id = store.add(record);
        if (!id.ok())
            return id.error();
        post([this, modelId] { emit evaluationSaved(modelId); });
        return scoresNow(*db);
    });
}

void StoreController::loadEvaluations(qint64 modelId)
{
    enqueue(tr("Loading the evaluations"), [this, modelId](core::Database *db) {
        if (!db)
            return core::fail(core::ErrorCode::NotFound, "no model database is open");
        core::EvaluationStore store(*db);
        auto records = store.list(modelId);
        if (!records.ok())
            return records.error();
        QList<core::EvaluationRecord> list(records->begin(), records->end());
        post([this, modelId, list] { emit evaluationsLoaded(modelId, list); });
        return kOk;
    });
}

} // namespace ewb::ui
