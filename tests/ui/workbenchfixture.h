#pragma once

#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/storecontroller.h"
#include "ui/trainingcontroller.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// A whole workbench as main() builds it, over a temporary settings file and database, for
/// the widget tests. Saves a screenshot of the window when a test fails.
struct WorkbenchFixture
{
    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat };
    ewb::ui::AppSettings appSettings { settings };
    std::unique_ptr<ewb::ui::StoreController> store;
    std::unique_ptr<ewb::ui::TrainingController> training;
    std::unique_ptr<ewb::ui::MainWindow> window;

    QString databasePath() const { return dir.filePath(QStringLiteral("models.ewb")); }

    /// Builds and shows the window and opens the database; false when it did not open.
    bool start()
    {
        appSettings.setDatabasePath(databasePath());
        store = std::make_unique<ewb::ui::StoreController>();
        training = std::make_unique<ewb::ui::TrainingController>();
        window = std::make_unique<ewb::ui::MainWindow>(appSettings, *training, *store);
        window->resize(1280, 800);
        window->show();
        QSignalSpy opened(store.get(), &ewb::ui::StoreController::opened);
        store->open(databasePath());
        return opened.wait(10000);
    }

    /// The push button of the training pane showing `action`'s text.
    QPushButton *button(QAction *action) const
    {
        const auto buttons = window->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == action->text())
                return b;
        }
        return nullptr;
    }

    /// Saves the window as a PNG next to the test binary when the current test failed.
    void grabOnFailure(const char *testName) const
    {
        if (window && QTest::currentTestFailed())
            window->grab().save(QDir::current().filePath(
                QStringLiteral("%1-failure.png").arg(QLatin1String(testName))));
    }
};
