#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/modelsource.h"
#include "app/cli/optionreader.h"
#include "app/cli/queryoutput.h"

#include "core/model/neighbouroverlap.h"
#include "core/model/queries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ewb::cli {

namespace {

    // The neighbours of a word, or of an expression such as "king - man + woman".
    core::Result<std::vector<core::Neighbour>> neighboursOf(const core::Queries &queries,
                                                            const QString &word, int k)
    {
        const bool expression
            = word.contains(QLatin1Char('+')) || word.contains(QStringLiteral(" - "));
        return expression ? queries.expression(word.toStdString(), k)
                          : queries.neighbours(word.toStdString(), k);
    }

    QJsonArray jsonList(const std::vector<core::Neighbour> &neighbours)
    {
        QJsonArray list;
        for (const auto &n : neighbours)
            list.append(QJsonObject { { QStringLiteral("word"), QString::fromStdString(n.word) },
                                      { QStringLiteral("similarity"), double(n.score) } });
        return list;
    }

} // namespace

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
    parser.addOption({ QStringLiteral("k"),
                       QStringLiteral("how many neighbours (1..1000, default 10)"),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 1, 1000))
        return *done;
    OptionReader options(parser);
    const auto k = static_cast<int>(options.integer(QStringLiteral("k"), 10, 1, 1000));
    if (!options.ok())
        return usageError(command, options.error());

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
                { QStringLiteral("a"), jsonList(*inA) },
                { QStringLiteral("b"), jsonList(*inB) } });
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
