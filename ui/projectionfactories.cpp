#include "ui/projectionfactories.h"

#include "core/model/embeddingmodel.h"
#include "core/project/customaxes.h"
#include "core/project/pcaprojection.h"
#include "core/project/tsneprojection.h"
#include "core/project/umapprojection.h"

#include <algorithm>
#include <utility>

namespace ewb::ui {

namespace {

    using Made = core::Result<std::unique_ptr<core::Projection>>;

    template<typename T> Made upcast(core::Result<std::unique_ptr<T>> made)
    {
        if (!made.ok())
            return made.error();
        return std::unique_ptr<core::Projection>(std::move(*made));
    }

} // namespace

ProjectionFactory ProjectionFactories::make(const ProjectionSettings &settings,
                                            std::shared_ptr<const core::EmbeddingModel> model)
{
    const std::size_t threads = std::size_t(std::max(1, settings.threads));
    switch (settings.method) {
    case ProjectionSettings::Method::Tsne: {
        core::TsneOptions options;
        options.perplexity = settings.perplexity;
        options.maxIterations = std::size_t(std::max(1, settings.tsneIterations));
        // Word vectors are compared by direction: cosine neighbours, as every query does.
        options.metric = core::DistanceMetric::Cosine;
        options.seed = settings.seed;
        options.threads = threads;
        return [options](const core::Matrix &points, const core::Layout *previous,
                         std::stop_token) -> Made {
            if (!previous)
                return upcast(core::TsneProjection::create(points, options));
            // From the frame on screen the picture is already formed: a quarter of the
            // iterations settles it on the new vectors (and keeps up with a training run).
            core::TsneOptions warm = options;
            warm.maxIterations = std::max<std::size_t>(50, options.maxIterations / 4);
            return upcast(core::TsneProjection::createFrom(points, warm, *previous));
        };
    }
    case ProjectionSettings::Method::Umap: {
        core::UmapOptions options;
        options.neighbors = std::size_t(std::max(2, settings.neighbours));
        options.seed = settings.seed;
        options.threads = threads;
        return [options](const core::Matrix &points, const core::Layout *,
                         std::stop_token stop) -> Made {
            return upcast(core::UmapProjection::create(points, options, stop));
        };
    }
    case ProjectionSettings::Method::CustomAxes: {
        const std::string x = settings.xAxis.toStdString();
        const std::string y = settings.yAxis.toStdString();
        return [model = std::move(model), x, y](const core::Matrix &points, const core::Layout *,
                                                std::stop_token) -> Made {
            Q_ASSERT(model);
            return upcast(core::CustomAxes::create(*model, x, y, points));
        };
    }
    case ProjectionSettings::Method::Pca:
        break;
    }
    core::PcaOptions options;
    options.seed = settings.seed;
    return [options](const core::Matrix &points, const core::Layout *, std::stop_token) -> Made {
        return upcast(core::PcaProjection::create(points, options));
    };
}

QString ProjectionFactories::methodName(ProjectionSettings::Method method)
{
    switch (method) {
    case ProjectionSettings::Method::Tsne:
        return tr("t-SNE");
    case ProjectionSettings::Method::Umap:
        return tr("UMAP");
    case ProjectionSettings::Method::CustomAxes:
        return tr("Custom axes");
    case ProjectionSettings::Method::Pca:
        break;
    }
    return tr("PCA");
}

} // namespace ewb::ui
