// The moderation service's files in the profile, read and written on the cache worker (never
// on the GUI thread: each function checks, thread_check.h): this moderator's spam model
// (spam-model.lyspam), the community's (community-spam.lyspam) and the newest moderation
// notice dismissed (moderation-notices-seen).
#pragma once

#include "spam/spam_model.h"

#include <QString>
#include <memory>

namespace lyceum::moderationfiles {

QString ownModelPath(const QString &profileDir);
QString communityModelPath(const QString &profileDir);

// The model kept at path; nullptr when there is no file, or (with *error) when it is refused.
std::shared_ptr<spam::SpamModel> loadModel(const QString &path, QString *error);
// Writes bytes to path atomically; false with *error.
bool save(const QString &path, const QByteArray &bytes, QString *error);

// The newest dismissed notice id; 0 when none was.
qint64 noticesSeenUpTo(const QString &profileDir);
bool setNoticesSeenUpTo(const QString &profileDir, qint64 id, QString *error);

} // namespace lyceum::moderationfiles
