#include "moderation/moderation_files.h"

#include "thread_check.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace lyceum::moderationfiles {

QString ownModelPath(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("spam-model.lyspam"));
}

QString communityModelPath(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("community-spam.lyspam"));
}

namespace {
QString noticesSeenPath(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("moderation-notices-seen"));
}
} // namespace

std::shared_ptr<spam::SpamModel> loadModel(const QString &path, QString *error) {
    threadcheck::notOnGuiThread("moderationfiles::loadModel");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto model = std::make_shared<spam::SpamModel>();
    if (!model->load(file.readAll(), error))
        return nullptr;
    return model;
}

bool save(const QString &path, const QByteArray &bytes, QString *error) {
    threadcheck::notOnGuiThread("moderationfiles::save");
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

qint64 noticesSeenUpTo(const QString &profileDir) {
    threadcheck::notOnGuiThread("moderationfiles::noticesSeenUpTo");
    QFile file(noticesSeenPath(profileDir));
    return file.open(QIODevice::ReadOnly) ? std::max(0LL, file.readAll().trimmed().toLongLong())
                                          : 0;
}

bool setNoticesSeenUpTo(const QString &profileDir, qint64 id, QString *error) {
    return save(noticesSeenPath(profileDir), QByteArray::number(id), error);
}

} // namespace lyceum::moderationfiles
