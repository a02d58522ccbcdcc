#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/modelsource.h"
#include "app/cli/optionreader.h"
#include "app/cli/storeaccess.h"

#include "core/formats/embeddingfile.h"
#include "core/store/vectorimport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ewb::cli {

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Imports a word2vec text, word2vec binary or GloVe file into the database, "
                           "streaming (one vector in memory at a time)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("vectors to import"));
    addDatabaseOption(parser);
    parser.addOption({ QStringLiteral("name"), QStringLiteral("model name (default: the file name)"),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("strict"), QStringLiteral("reject duplicate words instead of keeping the first") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 1, 1))
        return *done;

    const QString file = parser.positionalArguments().first();
    int exitCode = ExitOk;
    auto db = openDatabase(parser, true, exitCode);
    if (!db)
        return exitCode;
    core::ModelMetadata meta;
    meta.name = (parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                      : QFileInfo(file).fileName())
                        .toStdString();
    meta.paramsJson = QJsonDocument(QJsonObject { { QStringLiteral("imported_from"), QFileInfo(file).absoluteFilePath() } })
                              .toJson(QJsonDocument::Compact)
                              .toStdString();
    core::VectorReadOptions options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.stop = Interrupt::token();
    const auto imported = core::VectorImport::run(*db, file.toStdString(), meta, options);
    if (!imported.ok())
        return reportError(imported.error());
    printReadWarnings(imported->report);
    if (imported->header.headerless)
        printError(QStringLiteral("note: ") + QString::fromStdString(imported->header.detection));
    if (parser.isSet(QStringLiteral("json")))
        printJson({ { QStringLiteral("id"), static_cast<qint64>(imported->modelId) },
                    { QStringLiteral("name"), QString::fromStdString(meta.name) },
                    { QStringLiteral("vocab"), static_cast<qint64>(imported->report.rowsRead) },
                    { QStringLiteral("dim"), static_cast<qint64>(imported->header.dim) } });
    else
        printLine(QStringLiteral("Imported %1 vectors of dimension %2 as model %3 '%4'")
                          .arg(imported->report.rowsRead)
                          .arg(imported->header.dim)
                          .arg(imported->modelId)
                          .arg(QString::fromStdString(meta.name)));
    return ExitOk;
}

int runExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a stored model to a word2vec text or binary file."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("file to write (replaced atomically)"));
    addModelOptions(parser);
    parser.addOption({ QStringLiteral("to"), QStringLiteral("text or binary (default: from OUT's extension, .bin = binary)"),
                       QStringLiteral("text|binary") });
    if (const auto done = parseCommandLine(parser, arguments, command, 1, 1))
        return *done;
    OptionReader options(parser);
    const core::VectorFormat format = options.vectorFormat(QStringLiteral("to"));
    if (!options.ok())
        return usageError(command, options.error());
    if (!parser.isSet(QStringLiteral("model")))
        return usageError(command, QStringLiteral("--model NAME|ID is required"));

    int exitCode = ExitOk;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const auto written = core::writeEmbeddingFile(*model, parser.positionalArguments().first().toStdString(),
                                                  format, Interrupt::token());
    if (!written.ok()) {
        const int code = reportError(written.error());
        return code == ExitInterrupted ? code : int(ExitCantCreate);
    }
    return ExitOk;
}

} // namespace ewb::cli
