#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/modelsource.h"
#include "app/cli/storeaccess.h"

#include "core/serve/httpserver.h"
#include "core/serve/modelcatalog.h"
#include "core/serve/storemodels.h"

#include <QFileInfo>

#include <condition_variable>
#include <cstdio>
#include <mutex>

namespace ewb::cli {

namespace {

    // Fills the catalog from --vectors (id "default") or from the database (--model, or every
    // complete model). Returns an exit status on failure.
    std::optional<int> loadCatalog(const QCommandLineParser &parser, const QString &command,
                                   core::ModelCatalog &catalog)
    {
        int exitCode = ExitOk;
        if (parser.isSet(QStringLiteral("vectors"))) {
            if (parser.isSet(QStringLiteral("model")))
                return usageError(
                    command,
                    QStringLiteral("give either --vectors FILE or --model NAME, not both"));
            const auto model = loadModel(parser, command, exitCode);
            if (!model)
                return exitCode;
            const QString name = QFileInfo(parser.value(QStringLiteral("vectors"))).fileName();
            auto served = core::ServedModel::create("default", name.toStdString(), model);
            if (!served.ok())
                return reportError(served.error());
            catalog.publish(std::move(served).value());
            return std::nullopt;
        }
        auto db = openDatabase(parser, false, exitCode);
        if (!db)
            return exitCode;
        auto models = core::StoreModels::load(
            *db, parser.value(QStringLiteral("model")).toStdString(), Interrupt::token());
        if (!models.ok()) {
            // An unknown --model is bad data (65), as for the query commands.
            const int status = reportError(models.error());
            return models.error().code == core::ErrorCode::NotFound ? int(ExitDataError) : status;
        }
        catalog.replaceAll(std::move(models).value());
        return std::nullopt;
    }

    // Blocks until the first SIGINT or SIGTERM.
    void waitForSignal()
    {
        std::mutex mutex;
        std::condition_variable signalled;
        bool stop = false;
        const std::stop_callback onStop(Interrupt::token(), [&] {
            const std::lock_guard lock(mutex);
            stop = true;
            signalled.notify_all();
        });
        std::unique_lock lock(mutex);
        signalled.wait(lock, [&] { return stop; });
    }

} // namespace

int runServe(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve models over a local REST API (JSON) until interrupted (Ctrl-C or SIGTERM).\n"
        "With --vectors the model's id is 'default'; otherwise every complete model of the\n"
        "database (or only --model) is served under its numeric id and its name.\n"
        "Routes: GET /openapi.json describes them all."));
    addModelOptions(parser);
    parser.addOption(
        { QStringLiteral("host"),
          QStringLiteral(
              "address to bind (default 127.0.0.1; others need --allow-remote and --token)"),
          QStringLiteral("ADDR"), QStringLiteral("127.0.0.1") });
    parser.addOption({ QStringLiteral("port"),
                       QStringLiteral("TCP port; 0 picks a free one (default 8080)"),
                       QStringLiteral("N"), QStringLiteral("8080") });
    parser.addOption(
        { QStringLiteral("token"),
          QStringLiteral("require 'Authorization: Bearer T' on every request (16+ characters)"),
          QStringLiteral("T") });
    parser.addOption({ QStringLiteral("allow-remote"),
                       QStringLiteral("allow binding an address other machines can reach") });
    parser.addOption({ QStringLiteral("threads"),
                       QStringLiteral("connections served at once, 1..64 (default 8)"),
                       QStringLiteral("N"), QStringLiteral("8") });
    if (const auto done = parseCommandLine(parser, arguments, command, 0, 0))
        return *done;

    core::ServerOptions options;
    options.host = parser.value(QStringLiteral("host")).toStdString();
    bool portOk = false;
    options.port = parser.value(QStringLiteral("port")).toInt(&portOk);
    if (!portOk || options.port < 0 || options.port > 65535)
        return usageError(command, QStringLiteral("--port must be 0..65535"));
    bool threadsOk = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
    if (!threadsOk || threads < 1 || threads > 64)
        return usageError(command, QStringLiteral("--threads must be 1..64"));
    options.threads = static_cast<std::size_t>(threads);
    options.token = parser.value(QStringLiteral("token")).toStdString();
    options.allowRemote = parser.isSet(QStringLiteral("allow-remote"));
    if (!core::HttpServer::isLoopback(options.host)
        && (!options.allowRemote || options.token.empty()))
        return usageError(command,
                          QStringLiteral("binding %1 exposes the models to other machines: "
                                         "add --allow-remote and --token T")
                              .arg(QString::fromStdString(options.host)));

    core::ModelCatalog catalog;
    if (const auto failed = loadCatalog(parser, command, catalog))
        return *failed;

    core::HttpServer server(catalog);
    const auto port = server.start(options);
    if (!port.ok()) {
        if (port.error().code == core::ErrorCode::InvalidArgument)
            return usageError(command, QString::fromStdString(port.error().detail));
        printError(QString::fromStdString(port.error().detail));
        return ExitTempFail;
    }
    if (!core::HttpServer::isLoopback(options.host))
        printError(
            QStringLiteral("warning: serving on %1, reachable from other machines; every request "
                           "needs the token")
                .arg(QString::fromStdString(options.host)));
    // The one line scripts wait for: the socket already accepts connections.
    printLine(QStringLiteral("Serving on ") + QString::fromStdString(server.url()));
    std::fflush(stdout);

    waitForSignal();
    server.stop();
    return ExitOk;
}

} // namespace ewb::cli
