#pragma once

#include "core/formats/vectorformat.h"
#include "core/text/tokenizeroptions.h"
#include "core/train/trainingoptions.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace ewb::cli {

/// What `ewb train` was asked to do.
struct TrainRequest {
    QString corpus; ///< corpus path (empty with --demo)
    bool demo = false;
    core::TrainingOptions options;
    core::TokenizerOptions tokenizer;
    QString output; ///< vectors file to write; empty for none
    core::VectorFormat format = core::VectorFormat::Auto;
    QString lossLog; ///< CSV of every progress point; empty for none
    bool save = true; ///< save the model and its run in the database
    QString name; ///< model name; empty: made from the corpus, settings and time
    bool json = false;
};

/// Adds every option of `ewb train` to parser.
void addTrainingOptions(QCommandLineParser &parser);

/// Reads the parsed options into request; returns a usage message when one is malformed.
/// Ranges are checked by the core (TrainingOptions::validate) so the CLI and the window give
/// the same messages; here only the syntax of numbers is checked.
std::optional<QString> readTrainRequest(const QCommandLineParser &parser, TrainRequest &request);

} // namespace ewb::cli
