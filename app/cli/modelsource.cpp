#include "app/cli/modelsource.h"

#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/storeaccess.h"

#include "core/formats/embeddingfile.h"

namespace ewb::cli {

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("vectors"),
                       QStringLiteral("word2vec text (.vec/.txt), word2vec binary (.bin) or GloVe file"),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("model"), QStringLiteral("a model stored in the database, by name or id"),
                       QStringLiteral("NAME|ID") });
    addDatabaseOption(parser);
}

void addSecondModelOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("vectors-b"), QStringLiteral("the second model's vectors file"),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("model-b"),
                       QStringLiteral("the second model, stored in the database, by name or id"),
                       QStringLiteral("NAME|ID") });
}

namespace {

std::shared_ptr<const core::EmbeddingModel> loadStoredModel(const QCommandLineParser &parser,
                                                            const QString &nameOrId, int &exitCode)
{
    auto db = openDatabase(parser, false, exitCode);
    if (!db)
        return nullptr;
    core::ModelStore store(*db);
    const auto info = findModel(store, nameOrId, exitCode);
    if (!info)
        return nullptr;
    auto model = store.load(info->id, Interrupt::token());
    if (!model.ok()) {
        exitCode = reportError(model.error());
        return nullptr;
    }
    return std::move(model).value();
}

} // namespace

std::shared_ptr<const core::EmbeddingModel> loadModel(const QCommandLineParser &parser,
                                                      const QString &command, int &exitCode,
                                                      bool second)
{
    const QString vectors = second ? QStringLiteral("vectors-b") : QStringLiteral("vectors");
    const QString stored = second ? QStringLiteral("model-b") : QStringLiteral("model");
    const bool fromFile = parser.isSet(vectors);
    if (fromFile == parser.isSet(stored)) {
        exitCode = usageError(command, QStringLiteral("name the %1model with either --%2 FILE or --%3 NAME")
                                               .arg(second ? QStringLiteral("second ") : QString(),
                                                    vectors, stored));
        return nullptr;
    }
    if (!fromFile)
        return loadStoredModel(parser, parser.value(stored), exitCode);
    const QString path = parser.value(vectors);
    core::VectorReadOptions options;
    options.stop = Interrupt::token();
    core::VectorReadReport report;
    auto model = core::readEmbeddingFile(std::filesystem::path(path.toStdString()), options, &report);
    if (!model.ok()) {
        exitCode = reportError(model.error());
        return nullptr;
    }
    printReadWarnings(report);
    return std::move(model).value();
}

void printReadWarnings(const core::VectorReadReport &report)
{
    if (report.duplicatesDropped > 0)
        printError(QStringLiteral("warning: %1 duplicate word(s) dropped, keeping the first (e.g. '%2')")
                           .arg(report.duplicatesDropped)
                           .arg(QString::fromStdString(report.firstDuplicate)));
    if (report.invalidUtf8Replaced > 0)
        printError(QStringLiteral("warning: %1 word(s) with invalid UTF-8 repaired (e.g. '%2')")
                           .arg(report.invalidUtf8Replaced)
                           .arg(QString::fromStdString(report.firstInvalidUtf8)));
    if (report.invalidUtf8Skipped > 0)
        printError(QStringLiteral("warning: %1 word(s) with invalid UTF-8 skipped")
                           .arg(report.invalidUtf8Skipped));
}

} // namespace ewb::cli
