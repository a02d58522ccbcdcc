#pragma once

#include <QList>
#include <QPointF>

#include <cstdint>

namespace ewb::ui {

/// k-means clustering of a 2D layout, for colouring a projection by cluster: points that the
/// projection placed together get one colour. Lloyd's iterations from a k-means++ start
/// (Arthur and Vassilvitskii 2007), seeded, so the same layout and seed give the same
/// classes. O(n k) per iteration; 50,000 points and 10 clusters take a few milliseconds.
/// Works on the layout, not on the vectors: it shows what the picture groups. Any thread.
class LayoutClusters
{
public:
    /// One class in [0, k) per point, classes numbered by decreasing size. `k` is clamped to
    /// 1 .. min(64, points); at most `iterations` (1 .. 1,000) rounds of Lloyd's algorithm,
    /// fewer when the assignment stops changing. Non-finite points go to class 0.
    static QList<quint8> kMeans(const QList<QPointF> &points, int k, std::uint64_t seed = 1,
                                int iterations = 50);
};

} // namespace ewb::ui
