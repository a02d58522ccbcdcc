#include "app/cli/neighbourquery.h"

#include "core/model/queries.h"

namespace ewb::cli {

void addNeighbourQueryOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("k"),
                       QStringLiteral("how many neighbours (1..1000, default 10)"),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
}

core::Result<std::vector<core::Neighbour>> neighboursOf(const core::Queries &queries,
                                                        const QString &word, int k)
{
    const bool expression = word.contains(QLatin1Char('+')) || word.contains(QStringLiteral(" - "));
    return expression ? queries.expression(word.toStdString(), k)
                      : queries.neighbours(word.toStdString(), k);
}

} // namespace ewb::cli
