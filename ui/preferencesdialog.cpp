#include "ui/preferencesdialog.h"

#include "ui/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ewb::ui {

PreferencesDialog::PreferencesDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so a user can find theirs whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_database = new QLineEdit(QDir::toNativeSeparators(settings.databasePath()), this);
    m_database->setToolTip(tr("The model database opened when the workbench starts."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *defaults = new QPushButton(tr("De&fault"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Model Database"), chosenDatabasePath(),
                                           tr("Workbench databases (*.ewb);;All files (*)"),
                                           nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setText(QDir::toNativeSeparators(path));
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_database->setText(QDir::toNativeSeparators(AppSettings::defaultDatabasePath()));
    });
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    databaseRow->addWidget(defaults);

    auto *note = new QLabel(tr("A new language applies when the workbench starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Default &database:"), databaseRow);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::chosenDatabasePath() const
{
    return QDir::fromNativeSeparators(m_database->text().trimmed());
}

void PreferencesDialog::accept()
{
    m_settings.setLanguage(chosenLanguage());
    if (!chosenDatabasePath().isEmpty())
        m_settings.setDatabasePath(chosenDatabasePath());
    QDialog::accept();
}

} // namespace ewb::ui
