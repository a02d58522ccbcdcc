#include "ui/servicecontroller.h"

#include "core/model/embeddingmodel.h"
#include "core/serve/httpserver.h"
#include "core/serve/modelcatalog.h"
#include "core/serve/servedmodel.h"
#include "ui/errortext.h"

#include <QtConcurrent>

#include <algorithm>

namespace ewb::ui {

ServiceController::ServiceController(QObject *parent)
    : QObject(parent), m_catalog(std::make_shared<core::ModelCatalog>())
{
    connect(&m_stopping, &QFutureWatcher<void>::finished, this, &ServiceController::stopped);
}

ServiceController::~ServiceController()
{
    if (m_server)
        m_server->stop();
    m_stopping.waitForFinished();
}

void ServiceController::start(int port)
{
    if (m_server || isStopping())
        return;
    auto server = std::make_shared<core::HttpServer>(*m_catalog);
    core::ServerOptions options;
    options.port = port;
    const auto bound = server->start(options);
    if (!bound.ok()) {
        const core::Error &error = bound.error();
        if (error.code == core::ErrorCode::IoError && port != 0)
            emit failed(tr("Port %1 is in use or cannot be opened. Choose another port, or 0 "
                           "for any free port.")
                            .arg(port));
        else
            emit failed(ErrorText::message(error));
        return;
    }
    m_server = std::move(server);
    m_url = QString::fromStdString(m_server->url());
    emit started(m_url);
}

void ServiceController::stop()
{
    if (!m_server)
        return;
    m_url.clear();
    // The task holds the server and the catalog it reads, so both outlive the threads even if
    // this controller is destroyed first (its destructor waits anyway).
    m_stopping.setFuture(QtConcurrent::run(
        [server = std::exchange(m_server, nullptr), catalog = m_catalog] { server->stop(); }));
}

bool ServiceController::isRunning() const
{
    return m_server != nullptr;
}

bool ServiceController::isStopping() const
{
    return m_stopping.isRunning();
}

QString ServiceController::url() const
{
    return m_url;
}

void ServiceController::serve(qint64 id, const QString &name,
                              std::shared_ptr<const core::EmbeddingModel> model)
{
    if (!model)
        return;
    const Entry entry { id, name, qint64(model->size()), int(model->dim()) };
    auto served = core::ServedModel::create(std::to_string(id), name.toStdString(),
                                            std::move(model), "library");
    if (!served.ok()) {
        emit failed(ErrorText::message(served.error()));
        return;
    }
    m_catalog->publish(std::move(served).value());
    const auto same = std::find_if(m_entries.begin(), m_entries.end(),
                                   [id](const Entry &e) { return e.id == id; });
    if (same != m_entries.end())
        *same = entry;
    else
        m_entries.append(entry);
    emit modelsChanged();
}

bool ServiceController::withdraw(qint64 id)
{
    if (!m_catalog->remove(std::to_string(id)))
        return false;
    m_entries.removeIf([id](const Entry &e) { return e.id == id; });
    emit modelsChanged();
    return true;
}

} // namespace ewb::ui
