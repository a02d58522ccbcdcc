#pragma once

#include <QStyledItemDelegate>

namespace ewb::ui {

/// Draws a cosine in [-1, 1] as a horizontal bar behind its number: the bar's length is |cos|
/// of the cell width, in the highlight colour for positive values and a muted colour for
/// negative ones, so a column of neighbours reads at a glance. The value comes from
/// `scoreRole` (a float); cells without it are drawn as usual. GUI thread only.
class CosineBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CosineBarDelegate(int scoreRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The bar's share of the cell width for a score: |score| clamped to [0, 1].
    static double barFraction(float score);

private:
    int m_scoreRole;
};

} // namespace ewb::ui
