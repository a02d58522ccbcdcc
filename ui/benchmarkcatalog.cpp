#include "ui/benchmarkcatalog.h"

#include <QFileInfo>

namespace ewb::ui {

namespace {

    EvaluationRequest request(EvaluationRequest::Kind kind, const char *benchmark, const char *path)
    {
        EvaluationRequest r;
        r.kind = kind;
        r.benchmark = QLatin1String(benchmark);
        r.path = QLatin1String(path);
        return r;
    }

} // namespace

QList<EvaluationRequest> BenchmarkCatalog::shipped()
{
    using Kind = EvaluationRequest::Kind;
    return { request(Kind::Analogy, "questions-words", ":/data/questions-words.txt"),
             request(Kind::Similarity, "wordsim353", ":/data/wordsim/wordsim353.tsv"),
             request(Kind::Similarity, "simlex999", ":/data/wordsim/simlex999.txt"),
             request(Kind::Similarity, "men", ":/data/wordsim/EN-MEN-TR-3k.txt") };
}

EvaluationRequest BenchmarkCatalog::userFile(const QString &path, EvaluationRequest::Kind kind)
{
    EvaluationRequest r;
    r.kind = kind;
    r.benchmark = QFileInfo(path).fileName();
    r.path = path;
    return r;
}

QString BenchmarkCatalog::title(const QString &benchmark)
{
    if (benchmark == QLatin1String("questions-words"))
        return tr("Google analogies (questions-words)");
    if (benchmark == QLatin1String("wordsim353"))
        return tr("WordSim-353 (relatedness)");
    if (benchmark == QLatin1String("simlex999"))
        return tr("SimLex-999 (similarity)");
    if (benchmark == QLatin1String("men"))
        return tr("MEN (relatedness)");
    return benchmark;
}

} // namespace ewb::ui
