#pragma once

#include "core/text/tokenizeroptions.h"
#include "core/train/trainingoptions.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
QT_END_NAMESPACE

namespace ewb::ui {

/// Every training and tokenizer option as a form, each field with a tool tip saying what
/// raising or lowering it does, plus presets ("Quick demo", "Standard", "High quality").
/// Editing a field switches the preset box to "Custom". GUI thread only.
class TrainingOptionsForm : public QWidget
{
    Q_OBJECT

public:
    /// The presets, in the order of the preset box.
    enum class Preset { QuickDemo, Standard, HighQuality, Custom };

    explicit TrainingOptionsForm(QWidget *parent = nullptr);

    /// The options as the fields show them (ranges are enforced by the fields).
    core::TrainingOptions options() const;
    void setOptions(const core::TrainingOptions &options);
    core::TokenizerOptions tokenizerOptions() const;
    void setTokenizerOptions(const core::TokenizerOptions &options);

    /// The options of a preset (Custom returns the current fields).
    core::TrainingOptions presetOptions(Preset preset) const;
    void applyPreset(Preset preset);
    Preset preset() const;

signals:
    /// Any tokenizer field changed (the preview depends on them).
    void tokenizerChanged();

private:
    void markCustom();

    bool m_applying = false;
    QComboBox *m_preset = nullptr;
    QComboBox *m_architecture = nullptr;
    QSpinBox *m_dim = nullptr;
    QSpinBox *m_window = nullptr;
    QSpinBox *m_negative = nullptr;
    QDoubleSpinBox *m_nsExponent = nullptr;
    QDoubleSpinBox *m_sample = nullptr;
    QSpinBox *m_minCount = nullptr;
    QSpinBox *m_maxVocab = nullptr;
    QDoubleSpinBox *m_alpha = nullptr;
    QDoubleSpinBox *m_minAlpha = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_weightDecay = nullptr;
    QComboBox *m_tokenizer = nullptr;
    QCheckBox *m_caseFold = nullptr;
    QCheckBox *m_nfkc = nullptr;
    QComboBox *m_invalidUtf8 = nullptr;
};

} // namespace ewb::ui
