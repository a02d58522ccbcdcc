#pragma once

#include "core/store/evaluationrecord.h"
#include "ui/evaluationresult.h"

namespace ewb::ui {

/// Converts between an evaluation result and the store's record. The record keeps the
/// benchmark name, the settings as JSON (kind, file, restrict_vocab, case_insensitive, method,
/// separator), the headline score and the details as JSON (per-section correct, total and OOV;
/// or Spearman, Pearson, pairs and OOV), so a stored result shows exactly as it did when it
/// was run. Stateless; any thread.
class EvaluationMapping
{
public:
    /// The record of `result` (id 0, created time = result.finishedMs).
    static core::EvaluationRecord toRecord(const EvaluationResult &result);
    /// The result a record describes; missing or malformed JSON fields read as defaults, so a
    /// record written by another version still shows what it can.
    static EvaluationResult fromRecord(const core::EvaluationRecord &record,
                                       const QString &modelName);
};

} // namespace ewb::ui
