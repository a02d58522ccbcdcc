#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>

#include <cstddef>

namespace ewb::ui {

/// One layout sent by ProjectionController: a point per word, in layout units (y up).
struct ProjectionFrame
{
    /// The request that made it (see ProjectionController::generation()).
    quint64 generation = 0;
    /// Position of the input in a sequence (projectSequence()); 0 otherwise.
    int sequenceIndex = 0;
    /// Iterations done and planned for this layout; iteration == total when complete.
    std::size_t iteration = 0;
    std::size_t totalIterations = 0;
    /// True for the finished layout of an input (aligned to the previous one for snapshots
    /// and sequences); false for the intermediate frames of an animated run.
    bool complete = false;
    QList<QPointF> points;
};

} // namespace ewb::ui

Q_DECLARE_METATYPE(ewb::ui::ProjectionFrame)
