#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/modelsource.h"
#include "app/cli/queryoutput.h"

#include "core/model/queries.h"

#include <QJsonObject>

namespace ewb::cli {

int runSimilarity(const QStringList &arguments)
{
    const QString command = QStringLiteral("similarity");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cosine similarity of two words, in [-1, 1]."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("first word"));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("second word"));
    addModelOptions(parser);
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 2, 2))
        return *done;

    int exitCode = ExitOk;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const QStringList words = parser.positionalArguments();
    const auto result = core::Queries(*model).similarity(words[0].toStdString(), words[1].toStdString());
    if (!result.ok())
        return reportQueryError(result.error());
    const double similarity = static_cast<double>(*result);
    if (parser.isSet(QStringLiteral("json")))
        printJson({ { QStringLiteral("a"), words[0] },
                    { QStringLiteral("b"), words[1] },
                    { QStringLiteral("similarity"), similarity } });
    else
        printLine(QString::number(similarity, 'f', 6));
    return ExitOk;
}

} // namespace ewb::cli
