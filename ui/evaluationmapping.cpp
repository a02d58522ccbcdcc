#include "ui/evaluationmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace ewb::ui {

namespace {

    using Section = core::AnalogyBenchmark::Section;
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::string compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    }

    QJsonObject parse(const std::string &json)
    {
        return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    }

    qint64 count(std::size_t n)
    {
        return static_cast<qint64>(n);
    }

    std::size_t size(const QJsonValue &value)
    {
        const qint64 n = value.toInteger();
        return n > 0 ? static_cast<std::size_t>(n) : 0;
    }

    // NaN has no JSON form: it is written as null and read back as NaN.
    QJsonValue real(double value)
    {
        return value == value ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    }

    QJsonObject sectionJson(const Section &s)
    {
        return { { QStringLiteral("name"), QString::fromStdString(s.name) },
                 { QStringLiteral("correct"), count(s.correct) },
                 { QStringLiteral("total"), count(s.total) },
                 { QStringLiteral("oov"), count(s.oov) } };
    }

    Section section(const QJsonObject &o, const char *fallbackName)
    {
        Section s;
        s.name = o.contains(QStringLiteral("name"))
            ? o.value(QStringLiteral("name")).toString().toStdString()
            : std::string(fallbackName);
        s.correct = size(o.value(QStringLiteral("correct")));
        s.total = size(o.value(QStringLiteral("total")));
        s.oov = size(o.value(QStringLiteral("oov")));
        return s;
    }

} // namespace

core::EvaluationRecord EvaluationMapping::toRecord(const EvaluationResult &result)
{
    const EvaluationRequest &r = result.request;
    core::EvaluationRecord record;
    record.modelId = result.modelId;
    record.benchmark = r.benchmark.toStdString();
    record.score = result.score();
    record.createdMs = result.finishedMs;
    QJsonObject settings { { QStringLiteral("file"), r.path },
                           { QStringLiteral("restrict_vocab"), count(r.restrictVocab) },
                           { QStringLiteral("case_insensitive"), r.caseInsensitive } };
    QJsonObject details;
    if (result.isAnalogy()) {
        const auto &a = result.analogy;
        settings.insert(QStringLiteral("kind"), QStringLiteral("analogy"));
        settings.insert(QStringLiteral("method"),
                        r.method == core::AnalogyMethod::CosMul ? QStringLiteral("3CosMul")
                                                                : QStringLiteral("3CosAdd"));
        QJsonArray sections;
        for (const Section &s : a.sections)
            sections.append(sectionJson(s));
        details = { { QStringLiteral("questions"), count(a.questions) },
                    { QStringLiteral("oov"), count(a.oov) },
                    { QStringLiteral("skipped_lines"), count(a.skippedLines.size()) },
                    { QStringLiteral("sections"), sections },
                    { QStringLiteral("semantic"), sectionJson(a.semantic) },
                    { QStringLiteral("syntactic"), sectionJson(a.syntactic) },
                    { QStringLiteral("total"), sectionJson(a.total) } };
    } else {
        const auto &s = result.similarity;
        settings.insert(QStringLiteral("kind"), QStringLiteral("similarity"));
        settings.insert(QStringLiteral("separator"),
                        r.separator == core::SimilarityBenchmark::Separator::Tab
                            ? QStringLiteral("tab")
                            : QStringLiteral("whitespace"));
        details = { { QStringLiteral("spearman"), real(s.spearman) },
                    { QStringLiteral("pearson"), real(s.pearson) },
                    { QStringLiteral("pairs"), count(s.pairs) },
                    { QStringLiteral("oov"), count(s.oov) },
                    { QStringLiteral("skipped_lines"), count(s.skippedLines.size()) } };
    }
    record.settingsJson = compact(settings);
    record.detailsJson = compact(details);
    return record;
}

EvaluationResult EvaluationMapping::fromRecord(const core::EvaluationRecord &record,
                                               const QString &modelName)
{
    EvaluationResult result;
    result.modelId = record.modelId;
    result.modelName = modelName;
    result.finishedMs = record.createdMs;
    EvaluationRequest &r = result.request;
    const QJsonObject settings = parse(record.settingsJson);
    const QJsonObject details = parse(record.detailsJson);
    r.benchmark = QString::fromStdString(record.benchmark);
    r.path = settings.value(QStringLiteral("file")).toString();
    r.restrictVocab = size(settings.value(QStringLiteral("restrict_vocab")));
    r.caseInsensitive = settings.value(QStringLiteral("case_insensitive")).toBool(true);
    if (settings.value(QStringLiteral("kind")).toString() == QLatin1String("similarity")) {
        r.kind = EvaluationRequest::Kind::Similarity;
        if (settings.value(QStringLiteral("separator")).toString() == QLatin1String("whitespace"))
            r.separator = core::SimilarityBenchmark::Separator::Whitespace;
        auto &s = result.similarity;
        s.spearman = details.value(QStringLiteral("spearman")).toDouble(kNaN);
        s.pearson = details.value(QStringLiteral("pearson")).toDouble(kNaN);
        s.pairs = size(details.value(QStringLiteral("pairs")));
        s.oov = size(details.value(QStringLiteral("oov")));
        return result;
    }
    r.kind = EvaluationRequest::Kind::Analogy;
    if (settings.value(QStringLiteral("method")).toString() == QLatin1String("3CosMul"))
        r.method = core::AnalogyMethod::CosMul;
    auto &a = result.analogy;
    a.method = r.method;
    a.questions = size(details.value(QStringLiteral("questions")));
    a.oov = size(details.value(QStringLiteral("oov")));
    for (const QJsonValue &value : details.value(QStringLiteral("sections")).toArray())
        a.sections.push_back(section(value.toObject(), ""));
    a.semantic = section(details.value(QStringLiteral("semantic")).toObject(), "semantic");
    a.syntactic = section(details.value(QStringLiteral("syntactic")).toObject(), "syntactic");
    a.total = section(details.value(QStringLiteral("total")).toObject(), "total");
    return result;
}

} // namespace ewb::ui
