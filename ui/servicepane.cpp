#include "ui/servicepane.h"

#include "core/model/embeddingmodel.h"
#include "ui/servicecontroller.h"
#include "ui/serviceexamples.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ewb::ui {

namespace {

    constexpr int kDefaultPort = 8080;

} // namespace

ServicePane::ServicePane(QWidget *parent) : QWidget(parent)
{
    m_controller = new ServiceController(this);

    auto *intro = new QLabel(tr("Serve library models to other programs over a local REST API "
                                "(JSON over HTTP): notebooks, scripts or a web page on this "
                                "computer can ask for neighbours, analogies, similarities and "
                                "vectors. Only programs on this computer can connect."),
                             this);
    intro->setWordWrap(true);

    m_serveAction = new QAction(tr("&Serve Model"), this);
    m_serveAction->setObjectName(QStringLiteral("serveAction"));
    m_serveAction->setCheckable(true);
    m_serveAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_serveAction->setToolTip(tr("Start or stop serving the selected model over HTTP"));
    auto *serveButton = new QToolButton(this);
    serveButton->setObjectName(QStringLiteral("serveSwitch"));
    serveButton->setDefaultAction(m_serveAction);
    serveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("servicePort"));
    m_port->setRange(0, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("TCP port on 127.0.0.1; 0 picks any free port"));
    m_port->setAccessibleName(tr("Port"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serviceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_models = new QTableWidget(0, 4, this);
    m_models->setObjectName(QStringLiteral("servedModels"));
    m_models->setAccessibleName(tr("Served models"));
    m_models->setHorizontalHeaderLabels({ tr("Id in URLs"), tr("Name"), tr("Words"), tr("Dim") });
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_models->setSelectionMode(QAbstractItemView::SingleSelection);
    m_models->verticalHeader()->hide();
    m_models->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add Selected Model"), this);
    m_add->setObjectName(QStringLiteral("serveAddModel"));
    m_add->setToolTip(tr("Serve the model selected in the library beside the others"));
    m_remove = new QPushButton(tr("Stop Serving &This Model"), this);
    m_remove->setObjectName(QStringLiteral("serveRemoveModel"));

    m_examples = new QPlainTextEdit(this);
    m_examples->setObjectName(QStringLiteral("serviceExamples"));
    m_examples->setAccessibleName(tr("Example requests"));
    m_examples->setReadOnly(true);
    m_examples->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_examples->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(tr("&Copy Examples"), this);
    m_copy->setObjectName(QStringLiteral("serviceCopy"));

    auto *switchRow = new QHBoxLayout;
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    switchRow->addWidget(serveButton);
    switchRow->addSpacing(12);
    switchRow->addWidget(portLabel);
    switchRow->addWidget(m_port);
    switchRow->addStretch(1);
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(m_add);
    modelButtons->addWidget(m_remove);
    modelButtons->addStretch(1);
    auto *exampleRow = new QHBoxLayout;
    auto *examplesLabel = new QLabel(tr("Try it from a terminal:"), this);
    examplesLabel->setBuddy(m_examples);
    exampleRow->addWidget(examplesLabel);
    exampleRow->addStretch(1);
    exampleRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(switchRow);
    layout->addWidget(m_status);
    layout->addWidget(m_models, 1);
    layout->addLayout(modelButtons);
    layout->addLayout(exampleRow);
    layout->addWidget(m_examples, 1);

    connect(m_serveAction, &QAction::triggered, this, &ServicePane::toggle);
    connect(m_add, &QPushButton::clicked, this, &ServicePane::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ServicePane::removeSelected);
    connect(m_copy, &QPushButton::clicked, this, &ServicePane::copyExamples);
    connect(m_models, &QTableWidget::itemSelectionChanged, this, &ServicePane::showState);
    connect(m_controller, &ServiceController::started, this, [this](const QString &url) {
        m_error.clear();
        showState();
        emit statusMessage(tr("Serving at %1").arg(url));
    });
    connect(m_controller, &ServiceController::stopped, this, [this] {
        showState();
        emit statusMessage(tr("Stopped serving."));
    });
    connect(m_controller, &ServiceController::failed, this, [this](const QString &message) {
        m_error = message;
        showState();
    });
    connect(m_controller, &ServiceController::modelsChanged, this, &ServicePane::fillModels);
    showState();
    fillModels();
}

ServicePane::~ServicePane() = default;

void ServicePane::setCurrentModel(qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                                  const QString &name)
{
    m_currentId = model ? id : 0;
    m_current = m_currentId != 0 ? std::move(model) : nullptr;
    m_currentName = name;
    showState();
}

void ServicePane::withdraw(qint64 id)
{
    m_controller->withdraw(id);
}

void ServicePane::serve(qint64 id, const QString &name,
                        std::shared_ptr<const core::EmbeddingModel> model)
{
    m_exampleWords.insert(id, ServiceExamples::exampleWords(*model));
    m_controller->serve(id, name, std::move(model));
}

void ServicePane::toggle(bool on)
{
    if (!on) {
        m_controller->stop();
        showState();
        return;
    }
    if (m_controller->models().isEmpty()) {
        if (!m_current) {
            m_error = tr("Select a model in the library first: the switch serves it.");
            showState();
            return;
        }
        serve(m_currentId, m_currentName, m_current);
    }
    m_controller->start(m_port->value());
    showState();
}

void ServicePane::addCurrent()
{
    if (m_current)
        serve(m_currentId, m_currentName, m_current);
}

void ServicePane::removeSelected()
{
    const int row = m_models->currentRow();
    const auto models = m_controller->models();
    if (row < 0 || row >= models.size())
        return;
    m_controller->withdraw(models[row].id);
}

void ServicePane::showState()
{
    const bool running = m_controller->isRunning();
    const bool stopping = m_controller->isStopping();
    m_serveAction->setChecked(running);
    m_serveAction->setText(running ? tr("Stop &Serving") : tr("&Serve Model"));
    m_serveAction->setEnabled(!stopping);
    m_port->setEnabled(!running && !stopping);
    const auto served = m_controller->models();
    const bool listed = m_current
        && std::none_of(served.cbegin(), served.cend(),
                        [this](const ServiceController::Entry &e) { return e.id == m_currentId; });
    m_add->setEnabled(listed);
    m_remove->setEnabled(m_models->currentRow() >= 0);
    m_copy->setEnabled(running && !m_examples->toPlainText().isEmpty());

    if (running) {
        m_status->setText(tr("Serving at %1 (models served: %2). Only programs on this "
                             "computer can connect.")
                              .arg(m_controller->url())
                              .arg(served.size()));
    } else if (stopping) {
        m_status->setText(tr("Stopping…"));
    } else if (!m_error.isEmpty()) {
        m_status->setText(m_error);
    } else if (m_current) {
        m_status->setText(tr("Not serving. The switch serves “%1”.").arg(m_currentName));
    } else {
        m_status->setText(tr("Not serving. Select a model in the library to serve it."));
    }
    showExamples();
}

void ServicePane::fillModels()
{
    const auto models = m_controller->models();
    const qint64 selected = m_models->currentRow() >= 0 && m_models->currentRow() < models.size()
        ? m_models->item(m_models->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    const QSignalBlocker blocker(m_models);
    m_models->setRowCount(int(models.size()));
    const QLocale locale;
    int selectRow = models.isEmpty() ? -1 : 0;
    for (int row = 0; row < models.size(); ++row) {
        const auto &entry = models[row];
        auto *id = new QTableWidgetItem(QString::number(entry.id));
        id->setData(Qt::UserRole, entry.id);
        m_models->setItem(row, 0, id);
        m_models->setItem(row, 1, new QTableWidgetItem(entry.name));
        m_models->setItem(row, 2, new QTableWidgetItem(locale.toString(entry.words)));
        m_models->setItem(row, 3, new QTableWidgetItem(QString::number(entry.dim)));
        if (entry.id == selected)
            selectRow = row;
    }
    for (auto it = m_exampleWords.begin(); it != m_exampleWords.end();) {
        const qint64 id = it.key();
        const bool served
            = std::any_of(models.cbegin(), models.cend(),
                          [id](const ServiceController::Entry &e) { return e.id == id; });
        it = served ? std::next(it) : m_exampleWords.erase(it);
    }
    if (selectRow >= 0)
        m_models->selectRow(selectRow);
    showState();
}

void ServicePane::showExamples()
{
    const int row = m_models->currentRow();
    const auto models = m_controller->models();
    const QString url = m_controller->url();
    if (url.isEmpty() || row < 0 || row >= models.size()) {
        m_examples->setPlainText(QString());
        m_examples->setPlaceholderText(tr("Example requests appear here while serving."));
        m_copy->setEnabled(false);
        return;
    }
    const qint64 id = models[row].id;
    m_examples->setPlainText(
        ServiceExamples::curlCommands(url, QString::number(id), m_exampleWords.value(id)));
    m_copy->setEnabled(true);
}

void ServicePane::copyExamples()
{
    QApplication::clipboard()->setText(m_examples->toPlainText());
    emit statusMessage(tr("Copied the example requests."));
}

} // namespace ewb::ui
