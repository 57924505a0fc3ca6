#include "studio/image_store.h"

#include "domain/entities.h"
#include "domain/private_files.h"
#include "thread_check.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lyceum::imagestore {

QString path(const QString &profileDir, const QString &id) {
    if (!isValidId(id))
        return {};
    return QDir(profileDir).filePath(QStringLiteral("images/") + id);
}

namespace {
QString sentMarker(const QString &imagePath) {
    return imagePath + QStringLiteral(".sent");
}

bool writeFile(const QString &to, const QByteArray &bytes, QString *error) {
    makePrivateDir(QFileInfo(to).absolutePath());
    QSaveFile out(to);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    *error = out.errorString();
    return false;
}
} // namespace

Added add(const QString &profileDir, const QString &file) {
    threadcheck::notOnGuiThread("imagestore::add");
    Added added;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        added.refusal = AddRefusal::Unreadable;
        added.detail = in.errorString();
        return added;
    }
    if (in.size() > kMaxImageBytes) {
        added.refusal = AddRefusal::TooLarge;
        return added;
    }
    const QByteArray bytes = in.readAll();
    if (imageMime(bytes).isEmpty()) {
        added.refusal = AddRefusal::NotAnImage;
        return added;
    }
    const QString id = newId();
    if (!writeFile(path(profileDir, id), bytes, &added.detail)) {
        added.refusal = AddRefusal::NotWritten;
        return added;
    }
    added.id = id;
    return added;
}

bool exists(const QString &profileDir, const QString &id) {
    threadcheck::notOnGuiThread("imagestore::exists");
    const QString file = path(profileDir, id);
    return !file.isEmpty() && QFile::exists(file);
}

std::optional<QByteArray> unsent(const QString &profileDir, const QString &id) {
    threadcheck::notOnGuiThread("imagestore::unsent");
    const QString file = path(profileDir, id);
    if (file.isEmpty() || !QFile::exists(file) || QFile::exists(sentMarker(file)))
        return std::nullopt;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    return in.readAll();
}

void markSent(const QString &profileDir, const QString &id) {
    threadcheck::notOnGuiThread("imagestore::markSent");
    QFile marker(sentMarker(path(profileDir, id)));
    if (marker.open(QIODevice::WriteOnly))
        marker.close();
}

bool write(const QString &profileDir, const QString &id, const QByteArray &bytes, QString *error) {
    threadcheck::notOnGuiThread("imagestore::write");
    const QString file = path(profileDir, id);
    if (file.isEmpty()) {
        *error = QStringLiteral("not an image id");
        return false;
    }
    return writeFile(file, bytes, error);
}

} // namespace lyceum::imagestore
