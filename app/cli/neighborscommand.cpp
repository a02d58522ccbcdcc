#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/modelsource.h"
#include "app/cli/neighbourquery.h"
#include "app/cli/queryoutput.h"

#include "core/model/queries.h"

namespace ewb::cli {

int runNeighbors(const QStringList &arguments)
{
    const QString command = QStringLiteral("neighbors");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("The k nearest neighbours of WORD by cosine similarity. WORD may also be "
                           "an expression such as \"king - man + woman\"."));
    parser.addPositionalArgument(QStringLiteral("WORD"), QStringLiteral("the query word"));
    addModelOptions(parser);
    addNeighbourQueryOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments, command, 1, 1))
        return *done;
    int k = 0;
    if (const auto bad = readTopK(parser, command, k))
        return *bad;

    int exitCode = ExitOk;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const QString word = parser.positionalArguments().first();
    const core::Queries queries(*model);
    const auto result = neighboursOf(queries, word, k);
    if (!result.ok())
        return reportQueryError(result.error());
    printNeighbours(word, *result, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

} // namespace ewb::cli
