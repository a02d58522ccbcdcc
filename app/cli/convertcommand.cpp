#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/modelsource.h"
#include "app/cli/optionreader.h"

#include "core/formats/embeddingfile.h"

namespace ewb::cli {

int runConvert(const QStringList &arguments)
{
    const QString command = QStringLiteral("convert");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Converts word vectors between word2vec text, word2vec binary and GloVe "
                           "(read only). The input format is detected from its bytes; the output "
                           "format comes from --to, else from OUT's extension (.bin = binary)."));
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("vectors to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("file to write (replaced atomically)"));
    parser.addOption({ QStringLiteral("to"), QStringLiteral("output format: text or binary"),
                       QStringLiteral("text|binary") });
    if (const auto done = parseCommandLine(parser, arguments, command, 2, 2))
        return *done;
    OptionReader options(parser);
    const core::VectorFormat format = options.vectorFormat(QStringLiteral("to"));
    if (!options.ok())
        return usageError(command, options.error());

    const QStringList paths = parser.positionalArguments();
    core::VectorReadOptions readOptions;
    readOptions.stop = Interrupt::token();
    core::VectorReadReport report;
    const auto model = core::readEmbeddingFile(paths[0].toStdString(), readOptions, &report);
    if (!model.ok())
        return reportError(model.error());
    printReadWarnings(report);
    const auto written = core::writeEmbeddingFile(**model, paths[1].toStdString(), format,
                                                  Interrupt::token());
    if (!written.ok()) {
        const int code = reportError(written.error());
        return code == ExitIoError || code == ExitNoInput ? int(ExitCantCreate) : code;
    }
    return ExitOk;
}

} // namespace ewb::cli
