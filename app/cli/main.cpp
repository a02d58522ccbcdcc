#include "app/cli/clioutput.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {

const char *const usageText = R"(usage: ewb COMMAND [OPTIONS]

Train, query and evaluate word embeddings.

Commands:
  train          train skip-gram or CBOW on a corpus (or the embedded demo corpus: --demo)
  neighbors      nearest neighbours of a word
  analogy        a : b :: c : ? (3CosAdd or 3CosMul)
  similarity     cosine similarity of two words
  doesnt-match   the word that fits least in a list
  compare        the neighbours of words in two models and their overlap (Jaccard@k)
  eval           run the analogy or word-similarity benchmark (eval analogy|similarity)
  convert        convert vectors between word2vec text and binary
  models         list, show, rename, delete, copy, export, import or verify stored models
  import         import a word2vec or GloVe file into the database
  export         write a stored model to a word2vec file
  serve          answer queries over a local REST API (JSON) until interrupted
  project        2D coordinates of the most frequent words (PCA, t-SNE, UMAP, custom axes)

Run 'ewb COMMAND --help' for the options of a command.
Exit status: 0 ok, 64 usage, 65 bad data, 66 no input, 73 cannot create output, 74 I/O error,
75 try again, 130 interrupted.)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ewb"));
    QCoreApplication::setOrganizationName(QStringLiteral("EmbeddingWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EWB_VERSION));
    ewb::cli::Interrupt::install();

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        ewb::cli::printLine(QString::fromUtf8(usageText));
        return command.isEmpty() ? ewb::cli::ExitUsage : ewb::cli::ExitOk;
    }
    if (command == QLatin1String("--version")) {
        ewb::cli::printLine(QStringLiteral("ewb ") + QCoreApplication::applicationVersion());
        return ewb::cli::ExitOk;
    }

    const std::map<QString, std::function<int(const QStringList &)>> commands {
        { QStringLiteral("train"), ewb::cli::runTrain },
        { QStringLiteral("neighbors"), ewb::cli::runNeighbors },
        { QStringLiteral("analogy"), ewb::cli::runAnalogy },
        { QStringLiteral("similarity"), ewb::cli::runSimilarity },
        { QStringLiteral("doesnt-match"), ewb::cli::runDoesntMatch },
        { QStringLiteral("compare"), ewb::cli::runCompare },
        { QStringLiteral("eval"), ewb::cli::runEval },
        { QStringLiteral("convert"), ewb::cli::runConvert },
        { QStringLiteral("models"), ewb::cli::runModels },
        { QStringLiteral("import"), ewb::cli::runImport },
        { QStringLiteral("export"), ewb::cli::runExport },
        { QStringLiteral("serve"), ewb::cli::runServe },
        { QStringLiteral("project"), ewb::cli::runProject },
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        ewb::cli::printError(QStringLiteral("unknown command '%1'; run 'ewb --help'").arg(command));
        return ewb::cli::ExitUsage;
    }
    // Each command parses "ewb COMMAND ..." with its own parser.
    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    commandArguments[0] = QStringLiteral("ewb ") + command;
    return it->second(commandArguments);
}
