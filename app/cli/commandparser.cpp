#include "app/cli/commandparser.h"

#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"

namespace ewb::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command, qsizetype minPositional,
                                    qsizetype maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        if (minPositional == maxPositional)
            return usageError(command, QStringLiteral("expected %1 argument(s), got %2")
                                               .arg(minPositional)
                                               .arg(count));
        return usageError(command, QStringLiteral("expected at least %1 argument(s), got %2")
                                           .arg(minPositional)
                                           .arg(count));
    }
    return std::nullopt;
}

} // namespace ewb::cli
