#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/modelsource.h"
#include "app/cli/neighbourquery.h"
#include "app/cli/queryoutput.h"

#include "core/model/neighbouroverlap.h"
#include "core/model/queries.h"

#include <QJsonObject>

namespace ewb::cli {

int runCompare(const QStringList &arguments)
{
    const QString command = QStringLiteral("compare");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Asks two models for the k nearest neighbours of each WORD (or expression) and prints\n"
        "how far they agree: the neighbours both share and the Jaccard index |A and B| / |A or B|\n"
        "of the two lists (Jaccard@k), as the window's Overlap tab does."));
    parser.addPositionalArgument(QStringLiteral("WORD"), QStringLiteral("query words"),
                                 QStringLiteral("WORD..."));
    addModelOptions(parser);
    addSecondModelOptions(parser);
    addNeighbourQueryOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments, command, 1, 1000))
        return *done;
    int k = 0;
    if (const auto bad = readTopK(parser, command, k))
        return *bad;

    int exitCode = ExitOk;
    const auto a = loadModel(parser, command, exitCode);
    if (!a)
        return exitCode;
    const auto b = loadModel(parser, command, exitCode, true);
    if (!b)
        return exitCode;
    const core::Queries queriesA(*a);
    const core::Queries queriesB(*b);
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;
    for (const QString &word : parser.positionalArguments()) {
        const auto inA = neighboursOf(queriesA, word, k);
        if (!inA.ok())
            return reportQueryError(inA.error());
        const auto inB = neighboursOf(queriesB, word, k);
        if (!inB.ok())
            return reportQueryError(inB.error());
        const auto overlap = core::NeighbourOverlap::of(*inA, *inB);
        if (json) {
            rows.append(QJsonObject {
                { QStringLiteral("word"), word },
                { QStringLiteral("jaccard"),
                  overlap.jaccard ? QJsonValue(*overlap.jaccard) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("shared"), qint64(overlap.shared) },
                { QStringLiteral("a"), neighboursJson(*inA) },
                { QStringLiteral("b"), neighboursJson(*inB) } });
            continue;
        }
        printLine(QStringLiteral("%1  Jaccard@%2 %3  shared %4")
                      .arg(word)
                      .arg(k)
                      .arg(overlap.jaccard ? QString::number(*overlap.jaccard, 'f', 3)
                                           : QStringLiteral("n/a"))
                      .arg(overlap.shared));
    }
    if (json)
        printJson(QJsonObject { { QStringLiteral("k"), k }, { QStringLiteral("words"), rows } });
    return ExitOk;
}

} // namespace ewb::cli
