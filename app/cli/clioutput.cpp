#include "app/cli/clioutput.h"

#include "app/cli/exitcodes.h"

#include <QJsonDocument>

#include <cstdio>

namespace ewb::cli {

void printLine(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("ewb: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

int reportError(const core::Error &error, const QString &context)
{
    const QString detail = QString::fromStdString(error.detail);
    printError(context.isEmpty() ? detail : context + QStringLiteral(": ") + detail);
    return exitCodeFor(error.code);
}

int usageError(const QString &command, const QString &message)
{
    printError(command + QStringLiteral(": ") + message);
    printError(QStringLiteral("run 'ewb %1 --help' for usage").arg(command));
    return ExitUsage;
}

} // namespace ewb::cli
