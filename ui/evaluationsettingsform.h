#pragma once

#include "ui/evaluationrequest.h"

#include <QGroupBox>
#include <QList>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QSpinBox;
QT_END_NAMESPACE

namespace ewb::ui {

/// The evaluation pane's choices, all in view: the benchmark (shipped sets and the user's files),
/// restrict_vocab, case handling, the analogy method (enabled for analogy sets) and the pair
/// separator (enabled for similarity sets). GUI thread only.
class EvaluationSettingsForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit EvaluationSettingsForm(QWidget *parent = nullptr);

    /// The request the controls describe now.
    EvaluationRequest request() const;
    /// Adds a user's file to the benchmarks and selects it.
    void addBenchmarkFile(const QString &path, EvaluationRequest::Kind kind);
    /// Puts a tool button for `action` beside the benchmark list.
    void addBenchmarkAction(QAction *action);
    /// Disables every control while a run is active.
    void setRunning(bool running);

    QComboBox *benchmarkBox() const { return m_benchmark; }
    QSpinBox *restrictVocabBox() const { return m_restrict; }
    QCheckBox *ignoreCaseBox() const { return m_ignoreCase; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *separatorBox() const { return m_separator; }

private:
    void updateControls();

    QList<EvaluationRequest> m_requests;
    QComboBox *m_benchmark = nullptr;
    QHBoxLayout *m_benchmarkRow = nullptr;
    QSpinBox *m_restrict = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_separator = nullptr;
    bool m_running = false;
};

} // namespace ewb::ui
