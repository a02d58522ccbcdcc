#pragma once

// What the Database tests share: file helpers that read, write and run SQL on a file as another
// program would, and a fixture holding the temporary folder the test files go in.

#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace ewb::test {

inline QByteArray readAll(const std::filesystem::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeAll(const std::filesystem::path &path, const QByteArray &bytes)
{
    QFile file(QString::fromStdString(path.string()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs SQL through a plain SQLite connection, as another program would.
inline void rawSql(const std::filesystem::path &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

inline std::int64_t pragma(core::Database &db, const char *sql)
{
    auto value = db.queryInt64(sql);
    return value ? *value : -1;
}

inline core::DatabaseOptions createOptions()
{
    core::DatabaseOptions options;
    options.mode = core::OpenMode::Create;
    return options;
}

/// The temporary folder of one test executable and the workbench files made in it.
class DatabaseFixture
{
protected:
    QTemporaryDir m_dir;
    std::filesystem::path file(const char *name) const
    {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

    // A workbench file with one model, made through the public API.
    std::filesystem::path makeWorkbenchFile(const char *name)
    {
        const std::filesystem::path path = file(name);
        auto db = core::Database::open(path, createOptions());
        if (!db)
            return {};
        core::Matrix v(2, 2);
        v << 1, 2, 3, 4;
        auto model = core::EmbeddingModel::create({ "x", "y" }, {}, v);
        core::ModelMetadata meta;
        meta.name = "m";
        if (!model || !core::ModelStore(*db).save(**model, meta))
            return {};
        return path;
    }
};

} // namespace ewb::test
