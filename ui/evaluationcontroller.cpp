#include "ui/evaluationcontroller.h"

#include "core/eval/textfile.h"
#include "ui/backgroundpriority.h"

#include <QDateTime>
#include <QFile>
#include <QMetaObject>

#include <exception>
#include <new>
#include <string>
#include <utility>

namespace ewb::ui {

namespace {

    // A shipped set is read from the resources; a user's file goes through the core's reader,
    // which refuses directories, devices and oversized files with a precise error.
    core::Result<std::string> readBenchmark(const QString &path)
    {
        if (!path.startsWith(QLatin1String(":/")))
            return core::readTextFile(std::filesystem::path(QFile::encodeName(path).toStdString()));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return core::fail(core::ErrorCode::NotFound,
                              "embedded benchmark " + path.toStdString() + " is missing");
        const QByteArray bytes = file.readAll();
        return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }

} // namespace

EvaluationController::EvaluationController(QObject *parent) : QObject(parent) { }

EvaluationController::~EvaluationController()
{
    m_worker.request_stop();
}

bool EvaluationController::start(std::shared_ptr<const core::EmbeddingModel> model,
                                 const EvaluationRequest &request, qint64 modelId,
                                 const QString &modelName)
{
    if (m_running || !model)
        return false;
    if (m_worker.joinable())
        m_worker.join(); // the previous run has already posted its last signal
    m_running = true;
    m_cancelled = false;
    EvaluationResult result;
    result.request = request;
    result.modelId = modelId;
    result.modelName = modelName;
    m_worker = std::jthread(
        [this](std::stop_token stop, std::shared_ptr<const core::EmbeddingModel> shared,
               EvaluationResult copy) { run(std::move(stop), std::move(shared), std::move(copy)); },
        std::move(model), std::move(result));
    return true;
}

void EvaluationController::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_worker.request_stop();
}

void EvaluationController::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void EvaluationController::run(std::stop_token stop,
                               std::shared_ptr<const core::EmbeddingModel> model,
                               EvaluationResult result)
{
    // Runs on the worker thread: it only touches its own copies and posts results back.
    BackgroundPriority::applyToCurrentThread();
    core::Error error { core::ErrorCode::Ok, {} };
    try {
        error = evaluate(stop, *model, result);
    } catch (const std::bad_alloc &) {
        error = core::fail(core::ErrorCode::OutOfMemory, "out of memory while evaluating");
    } catch (const std::exception &e) {
        error = core::fail(core::ErrorCode::Internal, e.what());
    }
    result.finishedMs = QDateTime::currentMSecsSinceEpoch();
    post([this, error, result] {
        m_running = false;
        // A Cancel pressed after the worker finished still wins: the user asked for no result.
        if (m_cancelled)
            emit failed(core::fail(core::ErrorCode::Cancelled, "evaluation cancelled"));
        else if (error.code == core::ErrorCode::Ok)
            emit finished(result);
        else
            emit failed(error);
    });
}

core::Error EvaluationController::evaluate(std::stop_token stop, const core::EmbeddingModel &model,
                                           EvaluationResult &result)
{
    const auto progress = [this](std::size_t done, std::size_t total) {
        const auto d = static_cast<qint64>(done);
        const auto t = static_cast<qint64>(total);
        post([this, d, t] { emit progressed(d, t); });
    };
    const EvaluationRequest &request = result.request;
    const auto text = readBenchmark(request.path);
    if (!text.ok())
        return text.error();
    core::Error error { core::ErrorCode::Ok, {} };
    if (result.isAnalogy()) {
        core::AnalogyBenchmark::Options options;
        options.restrictVocab = request.restrictVocab;
        options.caseInsensitive = request.caseInsensitive;
        options.method = request.method;
        auto report = core::AnalogyBenchmark::evaluate(model, *text, options, stop, progress);
        if (report.ok())
            result.analogy = std::move(report).value();
        else
            error = report.error();
    } else {
        core::SimilarityBenchmark::Options options;
        options.restrictVocab = request.restrictVocab;
        options.caseInsensitive = request.caseInsensitive;
        options.separator = request.separator;
        auto report = core::SimilarityBenchmark::evaluate(model, *text, options, stop, progress);
        if (report.ok())
            result.similarity = std::move(report).value();
        else
            error = report.error();
    }
    // The core's detail names lines and values; the file they are in comes first.
    if (error.code != core::ErrorCode::Ok && error.code != core::ErrorCode::Cancelled)
        error.detail = request.path.toStdString() + ": " + error.detail;
    return error;
}

} // namespace ewb::ui
