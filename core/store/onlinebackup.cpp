#include "core/store/onlinebackup.h"

#include "core/store/sqliteerror.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace ewb::core {

namespace {

    Result<void> fsyncPath(const std::filesystem::path &path, int flags)
    {
        const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
        if (fd < 0)
            return fail(ErrorCode::IoError,
                        "cannot open " + path.string() + ": " + std::strerror(errno));
        const int rc = ::fsync(fd);
        const int err = errno;
        ::close(fd);
        if (rc != 0) {
            return fail(err == ENOSPC ? ErrorCode::DiskFull : ErrorCode::IoError,
                        "cannot flush " + path.string() + " to disk: " + std::strerror(err));
        }
        return {};
    }

    Result<void> copyInto(sqlite3 *source, const std::filesystem::path &temp)
    {
        sqlite3 *dest = nullptr;
        int rc = sqlite3_open_v2(temp.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 nullptr);
        if (rc != SQLITE_OK) {
            Error error = sqliteError(rc, dest, "creating the copy", temp);
            sqlite3_close(dest);
            return error;
        }
        sqlite3_extended_result_codes(dest, 1);
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup == nullptr) {
            Error error = sqliteError(sqlite3_errcode(dest), dest, "starting the copy", temp);
            sqlite3_close(dest);
            return error;
        }
        // One step with -1 copies every page while holding a read transaction on the source, so the
        // copy is one consistent snapshot even if another process commits meanwhile.
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            Error error = sqliteError(rc, dest, "copying the database", temp);
            sqlite3_close(dest);
            return error;
        }
        rc = sqlite3_close(dest);
        if (rc != SQLITE_OK)
            return sqliteError(rc, nullptr, "closing the copy", temp);
        return {};
    }

} // namespace

Result<void> writeOnlineBackup(sqlite3 *source, const std::filesystem::path &sourcePath,
                               const std::filesystem::path &target)
{
    std::error_code ec;
    if (std::filesystem::equivalent(sourcePath, target, ec)) {
        return fail(ErrorCode::InvalidArgument,
                    "cannot save a copy of " + sourcePath.string() + " over itself");
    }
    const std::filesystem::path folder
        = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    // Appended piecewise: GCC 12 warns falsely (-Wrestrict) about "." + std::string.
    std::string hidden(".");
    hidden += target.filename().string();
    hidden += ".XXXXXX";
    const std::string pattern = (folder / hidden).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        return fail(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::IoError,
                    "cannot create a temporary file in " + folder.string() + ": "
                        + std::strerror(errno));
    }
    ::close(fd);
    const std::filesystem::path temp(name.data());

    Result<void> done = copyInto(source, temp);
    if (done)
        done = fsyncPath(temp, O_RDONLY);
    if (done && std::rename(temp.c_str(), target.c_str()) != 0) {
        done = fail(ErrorCode::IoError,
                    "cannot rename " + temp.string() + " to " + target.string() + ": "
                        + std::strerror(errno));
    }
    if (!done) {
        std::filesystem::remove(temp, ec);
        return done;
    }
    // The rename is only durable once the folder entry is on disk.
    return fsyncPath(folder, O_RDONLY | O_DIRECTORY);
}

} // namespace ewb::core
