#pragma once

#include "ui/evaluationresult.h"

#include <QCoreApplication>
#include <QString>

namespace ewb::ui {

/// The sentences the evaluation pane shows about a result, translated and with numbers in the
/// user's locale. Stateless; GUI thread (uses the application's translators).
class EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationText)

public:
    /// One line of settings: "restrict_vocab 30,000 · ignore case · 3CosAdd".
    static QString settings(const EvaluationRequest &request);
    /// The headline score: "7.36%" accuracy, or "ρ 0.1484" for similarity sets.
    static QString score(const EvaluationResult &result);
    /// A sentence or two summing a result up: accuracy with answered and OOV questions, or the
    /// correlations with scored and OOV pairs; skipped malformed lines are mentioned.
    static QString summary(const EvaluationResult &result);
};

} // namespace ewb::ui
