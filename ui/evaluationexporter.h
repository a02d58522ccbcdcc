#pragma once

#include "ui/evaluationresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ewb::ui {

/// Writes an evaluation result as CSV for spreadsheets and scripts. GUI thread or any thread
/// (no widgets involved).
class EvaluationExporter
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationExporter)

public:
    /// UTF-8 CSV with a header line. Analogy results: one line per section, then the
    /// semantic, syntactic and total lines, with the columns model, benchmark, method,
    /// restrict_vocab, case_insensitive, section, correct, total, accuracy (0..1), oov.
    /// Similarity results: one line with model, benchmark, restrict_vocab, case_insensitive,
    /// separator, pairs, oov, oov_ratio (0..1), spearman, pearson (empty when undefined).
    /// Numbers use the C locale at full precision; text fields are quoted when they hold a
    /// comma, quote or line break.
    static QByteArray csv(const EvaluationResult &result);
    /// csv(result) written through QSaveFile: the target holds either its old bytes or the
    /// complete new file. False with a translated message in *error on failure.
    static bool writeCsv(const EvaluationResult &result, const QString &path, QString *error);
};

} // namespace ewb::ui
