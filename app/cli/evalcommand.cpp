#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/modelsource.h"
#include "app/cli/optionreader.h"

#include "core/eval/analogybenchmark.h"
#include "core/eval/similaritybenchmark.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace ewb::cli {

namespace {

// The benchmark text: a user file, or the copy embedded in the executable.
bool readBenchmark(const QCommandLineParser &parser, const QString &option,
                   const QString &embedded, QByteArray &text, QString &name, int &exitCode)
{
    const bool own = parser.isSet(option);
    name = own ? parser.value(option) : embedded;
    if (!own) {
        QFile file(embedded);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("embedded benchmark %1 is missing").arg(embedded));
            exitCode = ExitSoftware;
            return false;
        }
        text = file.readAll();
    }
    return true;
}

QJsonObject sectionJson(const core::AnalogyBenchmark::Section &s)
{
    return { { QStringLiteral("name"), QString::fromStdString(s.name) },
             { QStringLiteral("correct"), static_cast<qint64>(s.correct) },
             { QStringLiteral("total"), static_cast<qint64>(s.total) },
             { QStringLiteral("accuracy"), s.accuracy() } };
}

int runAnalogyBenchmark(const QStringList &arguments)
{
    const QString command = QStringLiteral("eval analogy");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Google analogy benchmark with gensim's definition (evaluate_word_analogies): "
                           "accuracy over the questions whose four words are among the first "
                           "--restrict-vocab words; the others are counted as OOV."));
    addModelOptions(parser);
    parser.addOption({ QStringLiteral("questions"),
                       QStringLiteral("question file (default: the embedded questions-words.txt)"),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("restrict-vocab"),
                       QStringLiteral("only the N most frequent words count (default 30000)"),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("method"), QStringLiteral("add (3CosAdd, default) or mul (3CosMul)"),
                       QStringLiteral("add|mul") });
    parser.addOption({ QStringLiteral("case-sensitive"), QStringLiteral("match words exactly (default: ignore case, as gensim)") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 0, 0))
        return *done;
    OptionReader reader(parser);
    core::AnalogyBenchmark::Options options;
    options.restrictVocab = static_cast<std::size_t>(
            reader.integer(QStringLiteral("restrict-vocab"), 30000, 1, 1'000'000'000));
    options.caseInsensitive = !parser.isSet(QStringLiteral("case-sensitive"));
    options.method = reader.choice(QStringLiteral("method"), QStringLiteral("add"),
                                   { QStringLiteral("add"), QStringLiteral("mul") })
                    == QLatin1String("mul")
            ? core::AnalogyMethod::CosMul
            : core::AnalogyMethod::CosAdd;
    if (!reader.ok())
        return usageError(command, reader.error());

    int exitCode = ExitOk;
    QByteArray text;
    QString name;
    if (!readBenchmark(parser, QStringLiteral("questions"), QStringLiteral(":/data/questions-words.txt"),
                       text, name, exitCode))
        return exitCode;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const auto report = parser.isSet(QStringLiteral("questions"))
            ? core::AnalogyBenchmark::evaluateFile(*model, name.toStdString(), options, Interrupt::token())
            : core::AnalogyBenchmark::evaluate(*model, std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                               options, Interrupt::token());
    if (!report.ok())
        return reportError(report.error(), name);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sections;
        for (const auto &s : report->sections)
            sections.append(sectionJson(s));
        printJson({ { QStringLiteral("questions_file"), name },
                    { QStringLiteral("method"), options.method == core::AnalogyMethod::CosMul ? QStringLiteral("mul") : QStringLiteral("add") },
                    { QStringLiteral("restrict_vocab"), static_cast<qint64>(options.restrictVocab) },
                    { QStringLiteral("case_insensitive"), options.caseInsensitive },
                    { QStringLiteral("accuracy"), report->total.accuracy() },
                    { QStringLiteral("correct"), static_cast<qint64>(report->total.correct) },
                    { QStringLiteral("total"), static_cast<qint64>(report->total.total) },
                    { QStringLiteral("questions"), static_cast<qint64>(report->questions) },
                    { QStringLiteral("oov_questions"), static_cast<qint64>(report->oov) },
                    { QStringLiteral("semantic"), sectionJson(report->semantic) },
                    { QStringLiteral("syntactic"), sectionJson(report->syntactic) },
                    { QStringLiteral("sections"), sections } });
        return ExitOk;
    }
    printLine(QStringLiteral("%1, restrict_vocab %2, %3, %4")
                      .arg(name)
                      .arg(options.restrictVocab)
                      .arg(options.caseInsensitive ? QStringLiteral("case-insensitive") : QStringLiteral("case-sensitive"),
                           options.method == core::AnalogyMethod::CosMul ? QStringLiteral("3CosMul") : QStringLiteral("3CosAdd")));
    auto line = [](const core::AnalogyBenchmark::Section &s) {
        printLine(QStringLiteral("%1 %2 / %3  %4%")
                          .arg(QString::fromStdString(s.name), -28)
                          .arg(s.correct, 6)
                          .arg(s.total, 6)
                          .arg(100.0 * s.accuracy(), 6, 'f', 2));
    };
    for (const auto &s : report->sections)
        line(s);
    line(report->semantic);
    line(report->syntactic);
    line(report->total);
    printLine(QStringLiteral("OOV questions: %1 of %2 (%3%)")
                      .arg(report->oov)
                      .arg(report->questions)
                      .arg(report->oovPercent(), 0, 'f', 1));
    return ExitOk;
}

int runSimilarityBenchmark(const QStringList &arguments)
{
    const QString command = QStringLiteral("eval similarity");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Word-pair similarity benchmark with gensim's definition (evaluate_word_pairs): "
                           "Spearman and Pearson correlation of cosine similarity with human scores; "
                           "pairs with unknown words are skipped and counted."));
    addModelOptions(parser);
    parser.addOption({ QStringLiteral("pairs"),
                       QStringLiteral("pair file 'w1<TAB>w2<TAB>score' (default: the embedded WordSim-353)"),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("restrict-vocab"),
                       QStringLiteral("only the N most frequent words count (default 300000)"),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("whitespace"), QStringLiteral("fields are separated by any white space, not tabs") });
    parser.addOption({ QStringLiteral("case-sensitive"), QStringLiteral("match words exactly (default: ignore case, as gensim)") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("print one JSON object") });
    if (const auto done = parseCommandLine(parser, arguments, command, 0, 0))
        return *done;
    OptionReader reader(parser);
    core::SimilarityBenchmark::Options options;
    options.restrictVocab = static_cast<std::size_t>(
            reader.integer(QStringLiteral("restrict-vocab"), 300000, 1, 1'000'000'000));
    options.caseInsensitive = !parser.isSet(QStringLiteral("case-sensitive"));
    if (parser.isSet(QStringLiteral("whitespace")))
        options.separator = core::SimilarityBenchmark::Separator::Whitespace;
    if (!reader.ok())
        return usageError(command, reader.error());

    int exitCode = ExitOk;
    QByteArray text;
    QString name;
    if (!readBenchmark(parser, QStringLiteral("pairs"), QStringLiteral(":/data/wordsim/wordsim353.tsv"),
                       text, name, exitCode))
        return exitCode;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const auto report = parser.isSet(QStringLiteral("pairs"))
            ? core::SimilarityBenchmark::evaluateFile(*model, name.toStdString(), options, Interrupt::token())
            : core::SimilarityBenchmark::evaluate(*model, std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                                  options, Interrupt::token());
    if (!report.ok())
        return reportError(report.error(), name);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({ { QStringLiteral("pairs_file"), name },
                    { QStringLiteral("restrict_vocab"), static_cast<qint64>(options.restrictVocab) },
                    { QStringLiteral("case_insensitive"), options.caseInsensitive },
                    { QStringLiteral("spearman"), report->spearman },
                    { QStringLiteral("pearson"), report->pearson },
                    { QStringLiteral("oov_ratio"), report->oovFraction() },
                    { QStringLiteral("oov_pairs"), static_cast<qint64>(report->oov) },
                    { QStringLiteral("pairs"), static_cast<qint64>(report->pairs) },
                    { QStringLiteral("skipped_lines"), static_cast<qint64>(report->skippedLines.size()) } });
        return ExitOk;
    }
    printLine(QStringLiteral("%1: Spearman %2, Pearson %3, %4 pairs, %5 OOV (%6%)")
                      .arg(name)
                      .arg(report->spearman, 0, 'f', 4)
                      .arg(report->pearson, 0, 'f', 4)
                      .arg(report->pairs)
                      .arg(report->oov)
                      .arg(report->oovPercent(), 0, 'f', 1));
    return ExitOk;
}

} // namespace

int runEval(const QStringList &arguments)
{
    const QString benchmark = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (benchmark == QLatin1String("analogy"))
        return runAnalogyBenchmark(rest);
    if (benchmark == QLatin1String("similarity"))
        return runSimilarityBenchmark(rest);
    if (benchmark == QLatin1String("--help") || benchmark == QLatin1String("-h")) {
        printLine(QStringLiteral("usage: ewb eval analogy|similarity --vectors FILE [options]\n"
                                 "Run 'ewb eval analogy --help' or 'ewb eval similarity --help'."));
        return ExitOk;
    }
    return usageError(QStringLiteral("eval"),
                      QStringLiteral("expected 'analogy' or 'similarity', got '%1'").arg(benchmark));
}

} // namespace ewb::cli
