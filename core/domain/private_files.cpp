#include "domain/private_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lyceum {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir = kOwnerOnly | QFileDevice::ExeOwner;
} // namespace

bool makePrivateDir(const QString &dir) {
    if (dir.isEmpty())
        return false;
    const QFileInfo info(dir);
    if (info.isDir())
        return true;
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath() && !QFileInfo(parent).isDir() && !makePrivateDir(parent))
        return false;
    // Created with the mode, not chmod-ed after: never readable by others, even for an instant.
    QDir().mkdir(info.absoluteFilePath(), kOwnerOnlyDir);
    return QFileInfo(dir).isDir();
}

bool makePrivateFile(const QString &path) {
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return true;
    return QFileInfo::exists(path); // created meanwhile by someone else
}

bool setPrivateMode(const QString &path) {
    return QFile::setPermissions(path, kOwnerOnly);
}

} // namespace lyceum
