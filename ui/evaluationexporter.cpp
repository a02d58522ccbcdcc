#include "ui/evaluationexporter.h"

#include <QLocale>
#include <QSaveFile>

namespace ewb::ui {

namespace {

    QByteArray number(double value)
    {
        // Empty for NaN (an undefined correlation); otherwise the shortest exact text.
        if (value != value)
            return {};
        return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }

    QByteArray number(std::size_t value)
    {
        return QByteArray::number(qulonglong(value));
    }

    QByteArray field(const QString &text)
    {
        QByteArray bytes = text.toUtf8();
        if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
            || bytes.contains('\r')) {
            bytes.replace("\"", "\"\"");
            return '"' + bytes + '"';
        }
        return bytes;
    }

    QByteArray line(const QList<QByteArray> &fields)
    {
        return fields.join(',') + '\n';
    }

} // namespace

QByteArray EvaluationExporter::csv(const EvaluationResult &result)
{
    const EvaluationRequest &r = result.request;
    const QByteArray model = field(result.modelName);
    const QByteArray benchmark = field(r.benchmark);
    const QByteArray restrict = number(r.restrictVocab);
    const QByteArray caseInsensitive = r.caseInsensitive ? "true" : "false";
    QByteArray out;
    if (result.isAnalogy()) {
        const QByteArray method = r.method == core::AnalogyMethod::CosMul ? "3CosMul" : "3CosAdd";
        out = line({ "model", "benchmark", "method", "restrict_vocab", "case_insensitive",
                     "section", "correct", "total", "accuracy", "oov" });
        const auto append = [&](const core::AnalogyBenchmark::Section &s) {
            out += line({ model, benchmark, method, restrict, caseInsensitive,
                          field(QString::fromStdString(s.name)), number(s.correct), number(s.total),
                          number(s.accuracy()), number(s.oov) });
        };
        for (const auto &s : result.analogy.sections)
            append(s);
        append(result.analogy.semantic);
        append(result.analogy.syntactic);
        append(result.analogy.total);
        return out;
    }
    const auto &s = result.similarity;
    const QByteArray separator
        = r.separator == core::SimilarityBenchmark::Separator::Tab ? "tab" : "whitespace";
    out = line({ "model", "benchmark", "restrict_vocab", "case_insensitive", "separator", "pairs",
                 "oov", "oov_ratio", "spearman", "pearson" });
    out += line({ model, benchmark, restrict, caseInsensitive, separator, number(s.pairs),
                  number(s.oov), number(s.oovFraction()), number(s.spearman), number(s.pearson) });
    return out;
}

bool EvaluationExporter::writeCsv(const EvaluationResult &result, const QString &path,
                                  QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not create %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = csv(result);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ewb::ui
