#include "app/cli/neighbourquery.h"

#include "app/cli/clioutput.h"
#include "app/cli/optionreader.h"

#include "core/model/queries.h"

namespace ewb::cli {

void addNeighbourQueryOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("k"),
                       QStringLiteral("how many neighbours (1..1000, default 10)"),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
}

std::optional<int> readTopK(const QCommandLineParser &parser, const QString &command, int &k)
{
    OptionReader options(parser);
    k = static_cast<int>(options.integer(QStringLiteral("k"), 10, 1, 1000));
    if (!options.ok())
        return usageError(command, options.error());
    return std::nullopt;
}

core::Result<std::vector<core::Neighbour>> neighboursOf(const core::Queries &queries,
                                                        const QString &word, int k)
{
    const bool expression = word.contains(QLatin1Char('+')) || word.contains(QStringLiteral(" - "));
    return expression ? queries.expression(word.toStdString(), k)
                      : queries.neighbours(word.toStdString(), k);
}

} // namespace ewb::cli
