#include "ui/cosinebardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ewb::ui {

CosineBarDelegate::CosineBarDelegate(int scoreRole, QObject *parent)
    : QStyledItemDelegate(parent), m_scoreRole(scoreRole)
{ }

double CosineBarDelegate::barFraction(float score)
{
    if (!std::isfinite(score))
        return 0.0;
    return std::clamp(std::abs(double(score)), 0.0, 1.0);
}

void CosineBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariant value = index.data(m_scoreRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const float score = value.toFloat();
    const QRect cell = opt.rect.adjusted(2, 3, -2, -3);
    const int width = int(std::lround(barFraction(score) * cell.width()));
    QColor bar
        = score >= 0 ? opt.palette.color(QPalette::Highlight) : opt.palette.color(QPalette::Mid);
    // Light enough that the number on top stays readable in light and dark palettes.
    bar.setAlphaF(0.35f);
    painter->save();
    painter->fillRect(QRect(cell.left(), cell.top(), width, cell.height()), bar);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(cell.adjusted(2, 0, -2, 0), int(opt.displayAlignment), text);
    painter->restore();
}

} // namespace ewb::ui
