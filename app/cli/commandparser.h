#pragma once

#include <QCommandLineParser>

#include <optional>

namespace ewb::cli {

/// Parses a subcommand's arguments with the options already added to parser, answers --help,
/// and checks the number of positional arguments (maxPositional < 0: no upper bound). Returns
/// an exit status when the command must end now (help shown, usage error printed), or nothing
/// when the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command, qsizetype minPositional,
                                    qsizetype maxPositional);

} // namespace ewb::cli
