#include "ui/evaluationtext.h"

#include "ui/benchmarkcatalog.h"

#include <QLocale>

namespace ewb::ui {

namespace {

    QString percent(double fraction)
    {
        const QLocale locale;
        return locale.toString(100.0 * fraction, 'f', 2) + locale.percent();
    }

    QString count(std::size_t n)
    {
        return QLocale().toString(qulonglong(n));
    }

    QString correlation(double value)
    {
        return value == value ? QLocale().toString(value, 'f', 4) : EvaluationText::tr("n/a");
    }

} // namespace

QString EvaluationText::settings(const EvaluationRequest &request)
{
    QStringList parts;
    parts << tr("restrict_vocab %1").arg(count(request.restrictVocab));
    parts << (request.caseInsensitive ? tr("ignore case") : tr("match case"));
    if (request.kind == EvaluationRequest::Kind::Analogy) {
        parts << (request.method == core::AnalogyMethod::CosMul ? QStringLiteral("3CosMul")
                                                                : QStringLiteral("3CosAdd"));
    } else if (request.separator == core::SimilarityBenchmark::Separator::Whitespace) {
        parts << tr("whitespace-separated");
    }
    return parts.join(QStringLiteral(" · "));
}

QString EvaluationText::score(const EvaluationResult &result)
{
    if (result.isAnalogy())
        return percent(result.analogy.total.accuracy());
    return tr("ρ %1").arg(correlation(result.similarity.spearman));
}

QString EvaluationText::summary(const EvaluationResult &result)
{
    QString text;
    std::size_t skipped = 0;
    if (result.isAnalogy()) {
        const auto &a = result.analogy;
        text = tr("Accuracy %1: %2 of %3 answered questions correct. %4 of %5 questions "
                  "skipped as out of vocabulary (%6).")
                   .arg(percent(a.total.accuracy()), count(a.total.correct), count(a.total.total),
                        count(a.oov), count(a.questions),
                        percent(a.questions == 0 ? 0.0 : double(a.oov) / double(a.questions)));
        skipped = a.skippedLines.size();
    } else {
        const auto &s = result.similarity;
        text = tr("Spearman ρ %1, Pearson r %2 over %3 pairs. %4 pairs skipped as out of "
                  "vocabulary (OOV ratio %5).")
                   .arg(correlation(s.spearman), correlation(s.pearson), count(s.pairs),
                        count(s.oov), percent(s.oovFraction()));
        skipped = s.skippedLines.size();
    }
    if (skipped != 0)
        text += QLatin1Char(' ') + tr("Malformed lines ignored: %1.").arg(count(skipped));
    return text;
}

} // namespace ewb::ui
