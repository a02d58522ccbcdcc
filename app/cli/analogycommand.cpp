#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/modelsource.h"
#include "app/cli/optionreader.h"
#include "app/cli/queryoutput.h"

#include "core/model/queries.h"

namespace ewb::cli {

int runAnalogy(const QStringList &arguments)
{
    const QString command = QStringLiteral("analogy");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Answers A : B :: C : ? (as man : king :: woman : queen). The three input "
                           "words are never answers (as in gensim)."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("first word of the known pair"));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("second word of the known pair"));
    parser.addPositionalArgument(QStringLiteral("C"), QStringLiteral("first word of the asked pair"));
    addModelOptions(parser);
    parser.addOption({ QStringLiteral("method"),
                       QStringLiteral("add (3CosAdd, default) or mul (3CosMul, Levy and Goldberg 2014)"),
                       QStringLiteral("add|mul") });
    parser.addOption({ QStringLiteral("k"), QStringLiteral("how many answers (1..1000, default 10)"),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 3, 3))
        return *done;
    OptionReader options(parser);
    const auto k = static_cast<int>(options.integer(QStringLiteral("k"), 10, 1, 1000));
    const QString method = options.choice(QStringLiteral("method"), QStringLiteral("add"),
                                          { QStringLiteral("add"), QStringLiteral("mul") });
    if (!options.ok())
        return usageError(command, options.error());

    int exitCode = ExitOk;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const QStringList words = parser.positionalArguments();
    const core::Queries queries(*model);
    const auto result = queries.analogy(words[0].toStdString(), words[1].toStdString(),
                                        words[2].toStdString(),
                                        method == QLatin1String("mul") ? core::AnalogyMethod::CosMul
                                                                       : core::AnalogyMethod::CosAdd,
                                        k);
    if (!result.ok())
        return reportQueryError(result.error());
    printNeighbours(words.join(QLatin1Char(' ')), *result, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

} // namespace ewb::cli
