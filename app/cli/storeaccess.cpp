#include "app/cli/storeaccess.h"

#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ewb::cli {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/EmbeddingWorkbench");
    return folder + QStringLiteral("/workbench.ewb");
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("db"),
                       QStringLiteral("workbench database (default: %1)").arg(defaultDatabasePath()),
                       QStringLiteral("FILE") });
}

std::optional<core::Database> openDatabase(const QCommandLineParser &parser, bool forWriting,
                                           int &exitCode)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                             : defaultDatabasePath();
    core::DatabaseOptions options;
    if (forWriting) {
        options.mode = core::OpenMode::Create;
        QDir().mkpath(QFileInfo(path).absolutePath());
    } else {
        options.mode = core::OpenMode::ReadOnly;
    }
    auto db = core::Database::open(path.toStdString(), options);
    if (!db.ok()) {
        exitCode = reportError(db.error());
        if (db.error().code == core::ErrorCode::NotFound && !parser.isSet(QStringLiteral("db")))
            printError(QStringLiteral("no models yet: train one with 'ewb train' or import one with 'ewb import'"));
        return std::nullopt;
    }
    for (const auto &warning : db->warnings())
        printError(QStringLiteral("warning: ") + QString::fromStdString(warning));
    if (forWriting && db->isReadOnly()) {
        exitCode = reportError(db->readOnlyReason(), path);
        return std::nullopt;
    }
    if (forWriting) {
        // R11: whatever a killed writer left half-made goes before anything new is written.
        core::ModelStore store(*db);
        (void)store.removeUnfinished();
    }
    return std::move(db).value();
}

std::optional<core::ModelInfo> findModel(core::ModelStore &store, const QString &nameOrId,
                                         int &exitCode)
{
    auto byName = store.find(nameOrId.toStdString());
    if (byName.ok())
        return *byName;
    bool isNumber = false;
    const qlonglong id = nameOrId.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = store.info(id);
        if (byId.ok())
            return *byId;
    }
    if (byName.error().code != core::ErrorCode::NotFound) {
        exitCode = reportError(byName.error());
        return std::nullopt;
    }
    printError(QStringLiteral("no model named '%1' in the database; 'ewb models list' shows them").arg(nameOrId));
    exitCode = ExitDataError;
    return std::nullopt;
}

} // namespace ewb::cli
