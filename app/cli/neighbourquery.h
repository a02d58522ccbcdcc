#pragma once

#include "core/common/result.h"
#include "core/model/neighbour.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>
#include <vector>

namespace ewb::core {
class Queries;
}

namespace ewb::cli {

/// Adds the options of the neighbour commands (neighbors, compare): -k N and --json.
void addNeighbourQueryOptions(QCommandLineParser &parser);

/// Reads -k (1..1000, default 10) into `k`; on a bad value prints the usage error and returns
/// its exit status.
std::optional<int> readTopK(const QCommandLineParser &parser, const QString &command, int &k);

/// The k nearest neighbours of `word`, or of an expression such as "king - man + woman"
/// (recognised by a '+' or a " - ").
core::Result<std::vector<core::Neighbour>> neighboursOf(const core::Queries &queries,
                                                        const QString &word, int k);

} // namespace ewb::cli
