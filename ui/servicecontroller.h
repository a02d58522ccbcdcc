#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace ewb::core {
class EmbeddingModel;
class HttpServer;
class ModelCatalog;
} // namespace ewb::core

namespace ewb::ui {

/// The window's side of the REST service (model as a service): the library models the user
/// chose to serve, published as immutable snapshots in a core::ModelCatalog, and a
/// core::HttpServer on 127.0.0.1 that answers for them on its own threads. The window never
/// binds another address: a remote bind needs a token and a warning, which `ewb serve` offers.
/// start() binds at once (cheap); stop() closes the socket and joins the server's threads on a
/// worker thread, because an idle keep-alive client can hold a thread for a few seconds.
/// GUI thread only.
class ServiceController : public QObject
{
    Q_OBJECT

public:
    /// A model being served: its library id (also its id in URLs), name and size.
    struct Entry
    {
        qint64 id = 0;
        QString name;
        qint64 words = 0;
        int dim = 0;
    };

    explicit ServiceController(QObject *parent = nullptr);
    /// Stops serving and waits for the server's threads.
    ~ServiceController() override;

    /// Listens on 127.0.0.1:`port` (0: any free port); started() or failed() follows before it
    /// returns. No effect while running or stopping.
    void start(int port);
    /// Stops listening; stopped() follows once every server thread has ended.
    void stop();
    bool isRunning() const;
    bool isStopping() const;
    /// "http://127.0.0.1:PORT" while running, else empty.
    QString url() const;

    /// Serves `model` under `id` (replacing what was served under it); requests in flight keep
    /// the model they started with. Works whether or not the server runs.
    void serve(qint64 id, const QString &name, std::shared_ptr<const core::EmbeddingModel> model);
    /// Stops serving the model `id` (e.g. deleted from the library); false when it was not served.
    bool withdraw(qint64 id);
    /// The served models, in the order they were added.
    QList<Entry> models() const { return m_entries; }

signals:
    void started(const QString &url);
    void stopped();
    /// Starting failed; `message` is translated and says what to do.
    void failed(const QString &message);
    void modelsChanged();

private:
    std::shared_ptr<core::ModelCatalog> m_catalog;
    std::shared_ptr<core::HttpServer> m_server;
    QFutureWatcher<void> m_stopping;
    QList<Entry> m_entries;
    QString m_url;
};

} // namespace ewb::ui
