#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>

namespace ewb::ui {

/// Turns core errors into translated text for dialogs and the status bar: the only place where
/// an ErrorCode becomes words a user reads. The core's English detail (path, line, value) is
/// appended as it is, because it names things the user recognises.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// One short translated sentence saying what kind of problem `code` is.
    static QString summary(core::ErrorCode code);
    /// summary() plus the technical detail on its own line (when there is one).
    static QString message(const core::Error &error);
};

} // namespace ewb::ui
