#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

class ServiceController;

/// The Serve pane: a switch that serves library models over the local REST API, the URL it
/// listens on, the served models, and ready-to-copy `curl` examples for the chosen one. The
/// switch serves the model selected in the library; "Add Selected Model" serves more beside it.
/// Only programs on this computer can connect (127.0.0.1). GUI thread only.
class ServicePane : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePane(QWidget *parent = nullptr);
    ~ServicePane() override;

    /// The library model selected now (`id` 0 or a null model: none), which the switch serves.
    void setCurrentModel(qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                         const QString &name);
    /// Stops serving the model `id` (deleted from the library).
    void withdraw(qint64 id);

    /// The switch: checked while serving (Ctrl+Shift+S in the menus).
    QAction *serveAction() const { return m_serveAction; }
    QSpinBox *portBox() const { return m_port; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *modelsView() const { return m_models; }
    QPlainTextEdit *examplesView() const { return m_examples; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *copyButton() const { return m_copy; }
    ServiceController *controller() const { return m_controller; }

signals:
    /// A message for the status bar.
    void statusMessage(const QString &text);

private:
    void toggle(bool on);
    void addCurrent();
    void serve(qint64 id, const QString &name, std::shared_ptr<const core::EmbeddingModel> model);
    void removeSelected();
    void showState();
    void fillModels();
    void showExamples();
    void copyExamples();

    ServiceController *m_controller = nullptr;
    QAction *m_serveAction = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_models = nullptr;
    QPlainTextEdit *m_examples = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_error;
    qint64 m_currentId = 0;
    QString m_currentName;
    std::shared_ptr<const core::EmbeddingModel> m_current;
    QHash<qint64, QStringList> m_exampleWords; ///< per served model
};

} // namespace ewb::ui
