#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/modelsource.h"
#include "app/cli/queryoutput.h"

#include "core/model/queries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ewb::cli {

int runDoesntMatch(const QStringList &arguments)
{
    const QString command = QStringLiteral("doesnt-match");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("The word that fits least: the one farthest from the mean direction of "
                           "all the words. Each word's score is its cosine to that mean."));
    parser.addPositionalArgument(QStringLiteral("WORDS"), QStringLiteral("two or more words"),
                                 QStringLiteral("W1 W2 [W3...]"));
    addModelOptions(parser);
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 2, -1))
        return *done;

    int exitCode = ExitOk;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const QStringList words = parser.positionalArguments();
    std::vector<std::string> list;
    for (const QString &w : words)
        list.push_back(w.toStdString());
    const auto result = core::Queries(*model).oddOneOut(list);
    if (!result.ok())
        return reportQueryError(result.error());
    const QString odd = QString::fromStdString(result->word);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray scores;
        for (qsizetype i = 0; i < words.size(); ++i)
            scores.append(QJsonObject {
                    { QStringLiteral("word"), words[i] },
                    { QStringLiteral("score"), static_cast<double>(result->scores[static_cast<std::size_t>(i)]) } });
        printJson({ { QStringLiteral("doesnt_match"), odd }, { QStringLiteral("scores"), scores } });
    } else {
        printLine(odd);
    }
    return ExitOk;
}

} // namespace ewb::cli
