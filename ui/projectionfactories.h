#pragma once

#include "ui/projectioncontroller.h"
#include "ui/projectionsettings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

/// Turns ProjectionSettings into a ProjectionFactory for ProjectionController: PCA, Barnes-Hut
/// t-SNE, UMAP or custom axes from core/project. The factory runs on the controller's worker
/// thread and keeps `model` alive (custom axes need it to build their directions).
class ProjectionFactories
{
    Q_DECLARE_TR_FUNCTIONS(ProjectionFactories)

public:
    /// The factory for `settings`; `model` must not be null for CustomAxes.
    static ProjectionFactory make(const ProjectionSettings &settings,
                                  std::shared_ptr<const core::EmbeddingModel> model);
    /// Translated name of a method, for menus and status messages ("t-SNE").
    static QString methodName(ProjectionSettings::Method method);
};

} // namespace ewb::ui
