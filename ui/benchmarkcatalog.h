#pragma once

#include "ui/evaluationrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ewb::ui {

/// The benchmark sets the application ships (embedded at ":/data/") and the names users see for
/// them: the Google analogy set (questions-words), WordSim-353, SimLex-999 and MEN.
class BenchmarkCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkCatalog)

public:
    /// The shipped sets, analogy first, with the default settings of EvaluationRequest.
    static QList<EvaluationRequest> shipped();
    /// A user's file read as `kind`; its benchmark name is the file name.
    static EvaluationRequest userFile(const QString &path, EvaluationRequest::Kind kind);
    /// The display name of a benchmark: translated for the shipped sets, else the name itself.
    static QString title(const QString &benchmark);
};

} // namespace ewb::ui
