// The downloads' rows and files, on the cache worker (docs/media.md): what the MediaService
// asks of the disk, in one place. Every function checks that it is not called on the GUI
// thread (thread_check.h). Rows live in the downloads table (media/media_store.h); files are
// sealed (media/sealed_file.h) under <profile>/media.
#pragma once

#include "media/media_store.h"

#include <optional>

namespace lyceum::downloadstore {

QString mediaDir(const QString &profileDir);
// The video's sealed file for a lesson, and a caption track's.
QString videoPath(const QString &profileDir, const QString &lessonId);
QString captionPath(const QString &profileDir, const QString &lessonId, const QString &lang);
// The same in another folder (Settings: a download folder of the learner's choosing). Rows keep
// their files' whole paths, so downloads made before a change still play from where they are.
QString videoPathIn(const QString &folder, const QString &lessonId);
QString captionPathIn(const QString &folder, const QString &lessonId, const QString &lang);

// The lesson's download row, or a new queued one for a lesson the cache has; nothing for an
// unknown lesson.
std::optional<Download> newOrExisting(CacheDatabase &db, const QString &lessonId);
// Queues a download behind the running one (false: unknown lesson, or already done).
bool queue(CacheDatabase &db, const QString &lessonId, qint64 now);
// The oldest queued download's lesson id; empty when none waits.
QString nextQueued(CacheDatabase &db);

// Makes room for row under quota (bytes of sealed files): the oldest finished downloads go
// first, and nothing goes unless removing what may go makes room. False: no room.
bool makeRoom(CacheDatabase &db, const Download &row, qint64 quota);

// Deletes a download's files (video and captions); the row stays.
void removeFiles(const Download &download);
// Deletes a download's files and its row.
bool remove(CacheDatabase &db, const QString &lessonId, QString *error);
// Deletes the downloads of lessons the user may no longer read; how many went.
int removeUnreadable(CacheDatabase &db);

// Creates the media folder (private to the user).
bool ensureMediaDir(const QString &profileDir);
// The key that seals a profile's downloads when the profile keeps nothing in the keychain (the
// demo, whose lessons are public samples): kSealedKeyBytes random bytes in media/profile.key,
// mode 0600, made on first use. Empty with *error when it cannot be read or written.
QByteArray profileMediaKey(const QString &profileDir, QString *error);
// Seals bytes into a file with key (a caption track); false with *error.
bool writeSealed(const QString &path, const QByteArray &key, const QByteArray &bytes,
                 QString *error);
// The sealed file opened with key hashes to sha256 (hex).
bool sealedMatches(const QString &path, const QByteArray &key, const QString &sha256);
// The plain bytes of a sealed file; empty when it cannot be opened with key.
QByteArray readSealed(const QString &path, const QByteArray &key);

} // namespace lyceum::downloadstore
