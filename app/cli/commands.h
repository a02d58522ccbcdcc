#pragma once

#include <QStringList>

namespace ewb::cli {

// Each subcommand of ewb takes its own argument list ("ewb", "<command>", options...) and returns
// the process exit status (see exitcodes.h).
int runTrain(const QStringList &arguments);
int runNeighbors(const QStringList &arguments);
int runAnalogy(const QStringList &arguments);
int runSimilarity(const QStringList &arguments);
int runDoesntMatch(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runEval(const QStringList &arguments);
int runConvert(const QStringList &arguments);
int runModels(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runProject(const QStringList &arguments);

} // namespace ewb::cli
