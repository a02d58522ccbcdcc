#include "ui/layoutclusters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

namespace ewb::ui {

namespace {

    double distance2(const QPointF &a, const QPointF &b)
    {
        const QPointF d = a - b;
        return d.x() * d.x() + d.y() * d.y();
    }

} // namespace

QList<quint8> LayoutClusters::kMeans(const QList<QPointF> &points, int k, std::uint64_t seed,
                                     int iterations)
{
    std::vector<int> finite;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (std::isfinite(points[i].x()) && std::isfinite(points[i].y()))
            finite.push_back(int(i));
    }
    QList<quint8> classes(points.size(), 0);
    k = std::clamp(k, 1, std::min(64, std::max(1, int(finite.size()))));
    if (finite.size() < 2 || k == 1)
        return classes;

    // k-means++: each next centre is drawn with probability proportional to the squared
    // distance to the nearest centre chosen so far.
    std::mt19937_64 random(seed);
    std::vector<QPointF> centres;
    centres.push_back(points[finite[random() % finite.size()]]);
    std::vector<double> nearest(finite.size(), std::numeric_limits<double>::infinity());
    while (int(centres.size()) < k) {
        double total = 0;
        for (std::size_t j = 0; j < finite.size(); ++j) {
            nearest[j] = std::min(nearest[j], distance2(points[finite[j]], centres.back()));
            total += nearest[j];
        }
        if (!(total > 0))
            break;
        double pick = std::uniform_real_distribution<double>(0.0, total)(random);
        std::size_t chosen = 0;
        while (chosen + 1 < finite.size() && pick >= nearest[chosen])
            pick -= nearest[chosen++];
        centres.push_back(points[finite[chosen]]);
    }

    const int used = int(centres.size());
    const std::size_t clusterCount = centres.size();
    std::vector<int> assignment(finite.size(), -1);
    for (int round = 0; round < std::clamp(iterations, 1, 1000); ++round) {
        bool changed = false;
        for (std::size_t j = 0; j < finite.size(); ++j) {
            int best = 0;
            double bestDistance = std::numeric_limits<double>::infinity();
            for (int c = 0; c < used; ++c) {
                const double d = distance2(points[finite[j]], centres[std::size_t(c)]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            changed = changed || assignment[j] != best;
            assignment[j] = best;
        }
        if (!changed)
            break;
        std::vector<QPointF> sums(clusterCount);
        std::vector<int> counts(clusterCount, 0);
        for (std::size_t j = 0; j < finite.size(); ++j) {
            sums[std::size_t(assignment[j])] += points[finite[j]];
            ++counts[std::size_t(assignment[j])];
        }
        for (std::size_t c = 0; c < clusterCount; ++c) {
            if (counts[c] > 0)
                centres[c] = sums[c] / counts[c];
        }
    }

    // Number the clusters by decreasing size, so colours do not depend on the seed's order.
    std::vector<int> sizes(clusterCount, 0);
    for (int a : assignment)
        ++sizes[std::size_t(a)];
    std::vector<int> order(clusterCount);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return sizes[std::size_t(a)] > sizes[std::size_t(b)]; });
    std::vector<quint8> rank(clusterCount);
    for (std::size_t r = 0; r < order.size(); ++r)
        rank[std::size_t(order[r])] = quint8(r);
    for (std::size_t j = 0; j < finite.size(); ++j)
        classes[finite[j]] = rank[std::size_t(assignment[j])];
    return classes;
}

} // namespace ewb::ui
