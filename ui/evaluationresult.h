#pragma once

#include "core/eval/analogybenchmark.h"
#include "core/eval/similaritybenchmark.h"
#include "ui/evaluationrequest.h"

#include <QString>
#include <QtGlobal>

namespace ewb::ui {

/// The outcome of one benchmark run of one model, fresh from the worker or read back from the
/// store. Plain value type.
struct EvaluationResult
{
    EvaluationRequest request;
    /// The stored model evaluated, or 0 for a model that is not in the library.
    qint64 modelId = 0;
    QString modelName;
    /// Filled when request.kind is Analogy.
    core::AnalogyBenchmark::Report analogy;
    /// Filled when request.kind is Similarity.
    core::SimilarityBenchmark::Report similarity;
    /// When the run finished, in milliseconds since the Unix epoch.
    qint64 finishedMs = 0;

    bool isAnalogy() const { return request.kind == EvaluationRequest::Kind::Analogy; }
    /// The headline score: accuracy over answered questions (0..1) for analogies, Spearman's
    /// rho (-1..1, NaN when undefined) for similarity sets.
    double score() const { return isAnalogy() ? analogy.total.accuracy() : similarity.spearman; }
};

} // namespace ewb::ui
