#include "app/cli/queryoutput.h"

#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ewb::cli {

QJsonArray neighboursJson(const std::vector<core::Neighbour> &neighbours)
{
    QJsonArray list;
    for (const auto &n : neighbours)
        list.append(QJsonObject { { QStringLiteral("word"), QString::fromStdString(n.word) },
                                  { QStringLiteral("similarity"), static_cast<double>(n.score) } });
    return list;
}

void printNeighbours(const QString &query, const std::vector<core::Neighbour> &neighbours,
                     bool json)
{
    if (json) {
        printJson(QJsonObject { { QStringLiteral("word"), query },
                                { QStringLiteral("neighbors"), neighboursJson(neighbours) } });
        return;
    }
    int rank = 1;
    for (const auto &n : neighbours)
        printLine(QStringLiteral("%1  %2  %3")
                          .arg(rank++, 3)
                          .arg(static_cast<double>(n.score), 8, 'f', 4)
                          .arg(QString::fromStdString(n.word)));
}

int reportQueryError(const core::Error &error)
{
    const int code = reportError(error);
    return error.code == core::ErrorCode::NotFound ? int(ExitDataError) : code;
}

} // namespace ewb::cli
