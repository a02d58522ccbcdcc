#pragma once

#include "ui/projectionsettings.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
QT_END_NAMESPACE

namespace ewb::ui {

/// The projection pane's options: the method (PCA, t-SNE, UMAP, custom axes) with the options
/// that matter for it, which words (the N most frequent, or a pasted word list), and the seed.
/// Only the rows of the chosen method are shown. Emits changed() on every edit; the pane
/// restarts the projection after a short pause. GUI thread only.
class ProjectionOptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionOptionsForm(QWidget *parent = nullptr);

    /// The settings as edited (threads are left at their default).
    ProjectionSettings settings() const;
    /// Shows `settings` in the form (without emitting changed()).
    void setSettings(const ProjectionSettings &settings);

    QComboBox *methodBox() const { return m_method; }
    QSpinBox *topWordsBox() const { return m_topWords; }
    QPlainTextEdit *wordListEdit() const { return m_wordList; }
    QRadioButton *wordListButton() const { return m_useList; }

signals:
    /// An option was edited.
    void changed();

private:
    void updateRows();

    QFormLayout *m_form = nullptr;
    QComboBox *m_method = nullptr;
    QDoubleSpinBox *m_perplexity = nullptr;
    QSpinBox *m_iterations = nullptr;
    QSpinBox *m_neighbours = nullptr;
    QLineEdit *m_xAxis = nullptr;
    QLineEdit *m_yAxis = nullptr;
    QRadioButton *m_useTop = nullptr;
    QRadioButton *m_useList = nullptr;
    QSpinBox *m_topWords = nullptr;
    QPlainTextEdit *m_wordList = nullptr;
    QSpinBox *m_seed = nullptr;
};

} // namespace ewb::ui
