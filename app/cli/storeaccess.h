#pragma once

#include "core/store/database.h"
#include "core/store/modelinfo.h"
#include "core/store/modelstore.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace ewb::cli {

/// The database the workbench uses when none is named: workbench.ewb in the user's data folder
/// (on Linux ~/.local/share/EmbeddingWorkbench/), shared by `ewb` and the window.
QString defaultDatabasePath();

/// Adds --db FILE to parser.
void addDatabaseOption(QCommandLineParser &parser);

/// Opens the database named by --db (or the default one). forWriting creates a missing file
/// (and its folder) and fails when the file can only be opened read-only (another process
/// holds it, newer schema, read-only file); otherwise it is opened read-only and must exist.
/// On failure prints the reason, sets exitCode and returns nothing.
std::optional<core::Database> openDatabase(const QCommandLineParser &parser, bool forWriting,
                                           int &exitCode);

/// Finds a complete model by exact name, else by numeric id. On failure prints the reason
/// (listing nothing of the vectors), sets exitCode and returns nothing.
std::optional<core::ModelInfo> findModel(core::ModelStore &store, const QString &nameOrId,
                                         int &exitCode);

} // namespace ewb::cli
