#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/storeaccess.h"

#include "core/store/runstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ewb::cli {

namespace {

QJsonObject modelJson(const core::ModelInfo &m)
{
    return { { QStringLiteral("id"), static_cast<qint64>(m.id) },
             { QStringLiteral("name"), QString::fromStdString(m.name) },
             { QStringLiteral("dim"), static_cast<qint64>(m.dim) },
             { QStringLiteral("vocab"), static_cast<qint64>(m.vocabSize) },
             { QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(m.createdMs, Qt::UTC).toString(Qt::ISODateWithMs) },
             { QStringLiteral("source"), m.source == core::ModelSource::Trained ? QStringLiteral("trained") : QStringLiteral("imported") },
             { QStringLiteral("run_id"), static_cast<qint64>(m.runId) },
             { QStringLiteral("notes"), QString::fromStdString(m.notes) },
             { QStringLiteral("params"), QJsonDocument::fromJson(QByteArray::fromStdString(m.paramsJson)).object() } };
}

// Subcommands that name one model and may change the database.
int runModelChange(const QString &action, const QStringList &arguments)
{
    const QString command = QStringLiteral("models ") + action;
    QCommandLineParser parser;
    const bool needsNewName = action == QLatin1String("rename") || action == QLatin1String("copy");
    const bool changes = action != QLatin1String("show");
    parser.setApplicationDescription(action == QLatin1String("show") ? QStringLiteral("Shows a stored model and its training run.")
                                     : action == QLatin1String("rename") ? QStringLiteral("Renames a stored model.")
                                     : action == QLatin1String("copy")   ? QStringLiteral("Copies a stored model under a new name.")
                                                                         : QStringLiteral("Deletes a stored model (its run record stays)."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("model name or id"));
    if (needsNewName)
        parser.addPositionalArgument(QStringLiteral("NEW-NAME"), QStringLiteral("the new name"));
    addDatabaseOption(parser);
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    const qsizetype count = needsNewName ? 2 : 1;
    if (const auto done = parseCommandLine(parser, arguments, command, count, count))
        return *done;

    int exitCode = ExitOk;
    auto db = openDatabase(parser, changes, exitCode);
    if (!db)
        return exitCode;
    core::ModelStore store(*db);
    const auto info = findModel(store, parser.positionalArguments().first(), exitCode);
    if (!info)
        return exitCode;
    const std::string newName = parser.positionalArguments().value(1).toStdString();
    if (action == QLatin1String("show")) {
        QJsonObject out = modelJson(*info);
        if (info->runId != 0) {
            core::RunStore runs(*db);
            if (const auto run = runs.run(info->runId); run.ok()) {
                out.insert(QStringLiteral("run_options"), QJsonDocument::fromJson(QByteArray::fromStdString(run->optionsJson)).object());
                out.insert(QStringLiteral("software_version"), QString::fromStdString(run->softwareVersion));
                if (run->corpus)
                    out.insert(QStringLiteral("corpus"), QString::fromStdString(run->corpus->path));
            }
            if (const auto loss = runs.lossHistory(info->runId); loss.ok())
                out.insert(QStringLiteral("loss_points"), static_cast<qint64>(loss->size()));
        }
        printLine(QString::fromUtf8(QJsonDocument(out).toJson(parser.isSet(QStringLiteral("json")) ? QJsonDocument::Compact
                                                                                                      : QJsonDocument::Indented))
                          .trimmed());
        return ExitOk;
    }
    core::Result<void> done;
    std::int64_t newId = info->id;
    if (action == QLatin1String("rename")) {
        done = store.rename(info->id, newName);
    } else if (action == QLatin1String("copy")) {
        auto copied = store.copy(info->id, newName);
        done = copied.ok() ? core::Result<void>() : core::Result<void>(copied.error());
        if (copied.ok())
            newId = *copied;
    } else {
        done = store.remove(info->id);
    }
    if (!done.ok())
        return reportError(done.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson({ { QStringLiteral("id"), static_cast<qint64>(newId) }, { QStringLiteral("action"), action } });
    return ExitOk;
}

int runModelList(const QStringList &arguments, bool verify)
{
    const QString command = verify ? QStringLiteral("models verify") : QStringLiteral("models list");
    QCommandLineParser parser;
    parser.setApplicationDescription(verify ? QStringLiteral("Checks the whole database file and every stored model's checksums; "
                                                             "exit status 0 only when everything verifies.")
                                            : QStringLiteral("Lists the stored models."));
    addDatabaseOption(parser);
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print JSON") });
    if (const auto done = parseCommandLine(parser, arguments, command, 0, 0))
        return *done;
    int exitCode = ExitOk;
    auto db = openDatabase(parser, false, exitCode);
    if (!db)
        return exitCode;
    core::ModelStore store(*db);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (verify) {
        const auto problems = store.verify(Interrupt::token());
        if (!problems.ok())
            return reportError(problems.error());
        for (const auto &p : *problems)
            printError(QString::fromStdString(p));
        if (json)
            printJson({ { QStringLiteral("ok"), problems->empty() }, { QStringLiteral("problems"), static_cast<qint64>(problems->size()) } });
        else if (problems->empty())
            printLine(QStringLiteral("ok"));
        return problems->empty() ? int(ExitOk) : int(ExitDataError);
    }
    const auto models = store.list();
    if (!models.ok())
        return reportError(models.error());
    if (json) {
        QJsonArray list;
        for (const auto &m : *models)
            list.append(modelJson(m));
        printLine(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    for (const auto &m : *models)
        printLine(QStringLiteral("%1  %2  %3 x %4  %5  %6")
                          .arg(m.id, 4)
                          .arg(QDateTime::fromMSecsSinceEpoch(m.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          .arg(m.vocabSize, 8)
                          .arg(m.dim, -4)
                          .arg(m.source == core::ModelSource::Trained ? QStringLiteral("trained ") : QStringLiteral("imported"),
                               QString::fromStdString(m.name)));
    return ExitOk;
}

} // namespace

int runModels(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    rest[0] = QStringLiteral("ewb models ") + action;
    if (action == QLatin1String("list"))
        return runModelList(rest, false);
    if (action == QLatin1String("verify"))
        return runModelList(rest, true);
    if (action == QLatin1String("show") || action == QLatin1String("rename") || action == QLatin1String("delete")
        || action == QLatin1String("copy"))
        return runModelChange(action, rest);
    if (action == QLatin1String("import"))
        return runImport(rest);
    if (action == QLatin1String("export")) {
        // "models export MODEL OUT" reads like the other subcommands; export takes --model.
        if (rest.size() > 2 && !rest[1].startsWith(QLatin1Char('-')))
            return runExport(QStringList { rest[0], QStringLiteral("--model"), rest[1] } + rest.mid(2));
        return runExport(rest);
    }
    printLine(QStringLiteral("usage: ewb models list|show|rename|delete|copy|export|import|verify [options]\n"
                             "Run 'ewb models ACTION --help' for the options of each."));
    return action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h") ? int(ExitOk)
                                                                                                 : int(ExitUsage);
}

} // namespace ewb::cli
