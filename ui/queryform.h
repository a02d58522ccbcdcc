#pragma once

#include "ui/queryrequest.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCompleter;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
QT_END_NAMESPACE

namespace ewb::ui {

/// The questions of the explore pane as tabs of input fields: neighbours of a word or an
/// expression, an analogy with an optional expected answer, the similarity of two words, the
/// odd one out of a list, and the neighbour overlap of a list (for two models). Enter in any
/// field or the tab's button submits the tab's question. GUI thread only.
class QueryForm : public QWidget
{
    Q_OBJECT

public:
    /// The tabs, in order.
    enum Tab { NeighboursTab, AnalogyTab, SimilarityTab, OddOneOutTab, OverlapTab };

    explicit QueryForm(QWidget *parent = nullptr);

    /// The question of the current tab as typed (k included).
    QueryRequest request() const;
    /// Number of answers asked for, 1..1000.
    int k() const;
    void setK(int k);
    /// Shows the Neighbours tab with `text` in its field (does not submit).
    void setNeighboursText(const QString &text);
    /// Replaces the word `from` by `to` wherever it is typed in the current tab (a whole word,
    /// keeping an expression's operators).
    void replaceWord(const QString &from, const QString &to);
    /// Completes words in every field (the completer may be shared; null: none).
    void setCompleter(QCompleter *completer);

    QTabWidget *tabs() const { return m_tabs; }
    QSpinBox *kSpinBox() const { return m_k; }
    /// The field of a tab: NeighboursTab 0; AnalogyTab 0..3 (a, b, c, expected);
    /// SimilarityTab 0..1; OddOneOutTab 0; OverlapTab 0.
    QLineEdit *field(Tab tab, int index = 0) const;
    /// The button that submits a tab.
    QPushButton *button(Tab tab) const;

signals:
    /// The user asked the current tab's question.
    void submitted(const ewb::ui::QueryRequest &request);

private:
    QLineEdit *lineEdit(const QString &accessibleName, const QString &placeholder);
    QWidget *page(Tab tab, const QList<QPair<QString, QLineEdit *>> &rows, const QString &button);
    void submit();

    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_k = nullptr;
    QList<QList<QLineEdit *>> m_fields;
    QList<QPushButton *> m_buttons;
};

} // namespace ewb::ui
