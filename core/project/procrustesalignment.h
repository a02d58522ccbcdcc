#pragma once

#include "core/common/result.h"
#include "core/project/projection.h"

namespace ewb::core {

/// Orthogonal Procrustes alignment of one 2D layout onto another: the rotation (reflections
/// included), uniform scale and translation that bring `moving` closest to `reference` in the
/// least-squares sense. Used to keep successive frames of a live or replayed projection (epochs,
/// checkpoints) on stable axes: only the shape of the point cloud changes between frames, not
/// its orientation, size or position. Row i of both layouts must be the same point.
class ProcrustesAlignment
{
public:
    /// Whether the aligned layout may be scaled. Without scaling, only rotation and translation
    /// are applied, so distances within the moving layout are kept exactly.
    struct Options
    {
        bool allowScaling = true;
        bool allowReflection = true; ///< PCA and t-SNE layouts are free to mirror between frames
    };

    /// `moving` transformed onto `reference`. Fails with InvalidArgument when the row counts
    /// differ, NumericError when a coordinate is not finite. A moving layout whose points all
    /// coincide is only translated (there is no orientation to recover).
    static Result<Layout> align(const Layout &reference, const Layout &moving, Options options);
    static Result<Layout> align(const Layout &reference, const Layout &moving)
    {
        return align(reference, moving, Options {});
    }
};

} // namespace ewb::core
