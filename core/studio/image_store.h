// Images in creators' text (docs/studio.md), kept in the profile as images/ID (and
// images/ID.sent once the server has it). Every function that touches the disk checks that it
// is not on the GUI thread (thread_check.h): the StudioService calls them on the cache worker.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lyceum::imagestore {

constexpr qint64 kMaxImageBytes = 1000 * 1000; // the server takes request bodies up to 1 MiB

// The local file of an image id; empty for an id that is not one.
QString path(const QString &profileDir, const QString &id);

enum class AddRefusal { None, Unreadable, TooLarge, NotAnImage, NotWritten };
struct Added {
    QString id;
    AddRefusal refusal = AddRefusal::None;
    QString detail; // the system's words for Unreadable and NotWritten
};
// Copies an image file into the profile under a new id.
Added add(const QString &profileDir, const QString &file);

bool exists(const QString &profileDir, const QString &id);
// The image's bytes when it is kept and not yet sent to the server.
std::optional<QByteArray> unsent(const QString &profileDir, const QString &id);
void markSent(const QString &profileDir, const QString &id);
// Keeps an image fetched from the server; false with *error.
bool write(const QString &profileDir, const QString &id, const QByteArray &bytes, QString *error);

} // namespace lyceum::imagestore
