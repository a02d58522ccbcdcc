#pragma once

#include "core/common/error.h"

#include <QJsonObject>
#include <QString>

namespace ewb::cli {

/// Writes a line to stdout (UTF-8).
void printLine(const QString &text);
/// Writes a JSON document (compact unless pretty) and a newline to stdout.
void printJson(const QJsonObject &object);
/// Writes "ewb: message" to stderr.
void printError(const QString &message);
/// Writes "ewb: context: detail" to stderr and returns the exit status for the error.
int reportError(const core::Error &error, const QString &context = {});
/// Writes a usage error ("ewb CMD: message", then a hint to run --help) and returns 64.
int usageError(const QString &command, const QString &message);

} // namespace ewb::cli
