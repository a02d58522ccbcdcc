#pragma once

#include "core/common/error.h"
#include "core/model/neighbour.h"

#include <QJsonArray>
#include <QString>

#include <vector>

namespace ewb::cli {

/// A neighbour list as JSON: [{"word", "similarity"}...].
QJsonArray neighboursJson(const std::vector<core::Neighbour> &neighbours);

/// Prints a neighbour list: a table of rank, word and score, or with json one object
/// {"word": query, "neighbors": [{"word", "similarity"}...]}.
void printNeighbours(const QString &query, const std::vector<core::Neighbour> &neighbours,
                     bool json);

/// Reports a failed query: an unknown word is bad data (65), not a missing file.
int reportQueryError(const core::Error &error);

} // namespace ewb::cli
