#pragma once

#include "core/formats/vectorreadreport.h"
#include "core/model/embeddingmodel.h"

#include <QCommandLineParser>

#include <memory>

namespace ewb::cli {

/// The options every query command shares to name the model it reads: --vectors FILE, or
/// --model NAME|ID from the database (--db FILE, default: the user's database).
void addModelOptions(QCommandLineParser &parser);

/// The second model of a comparison: --vectors-b FILE or --model-b NAME|ID (same database).
void addSecondModelOptions(QCommandLineParser &parser);

/// Loads the model the options name (with `second`, the --vectors-b / --model-b one). On
/// failure prints the reason on stderr, sets exitCode and returns nullptr.
std::shared_ptr<const core::EmbeddingModel> loadModel(const QCommandLineParser &parser,
                                                      const QString &command, int &exitCode,
                                                      bool second = false);

/// Prints on stderr what a vectors read dropped or repaired (duplicates, invalid UTF-8).
void printReadWarnings(const core::VectorReadReport &report);

} // namespace ewb::cli
