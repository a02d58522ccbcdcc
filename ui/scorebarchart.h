#pragma once

#include "ui/evaluationresult.h"

#include <QChartView>
#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ewb::ui {

/// The evaluation bar chart. An analogy result draws one horizontal bar per section with its
/// accuracy in percent (the file's first section on top), then the semantic, syntactic and
/// total accuracy in a second colour; a similarity result draws Spearman's rho, Pearson's r
/// and the OOV ratio on a -1..1 scale. The theme follows the palette (light or dark).
/// GUI thread only.
class ScoreBarChart : public QChartView
{
    Q_OBJECT

public:
    explicit ScoreBarChart(QWidget *parent = nullptr);

    /// Draws `result` (replacing what was drawn).
    void setResult(const EvaluationResult &result);
    /// Draws nothing but a hint.
    void clear();
    /// The bar labels, top to bottom.
    QStringList categories() const { return m_categories; }
    /// The bar lengths, top to bottom: percent for analogies, the plain value for similarity.
    QList<qreal> values() const { return m_values; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void show(const QString &title, const QList<QStringList> &groups,
              const QList<QList<qreal>> &values, const QStringList &setNames, qreal min, qreal max,
              const QString &axisTitle);

    QStringList m_categories;
    QList<qreal> m_values;
};

} // namespace ewb::ui
