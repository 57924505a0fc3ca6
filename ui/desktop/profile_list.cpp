#include "desktop/profile_list.h"

#include "client/profile.h"
#include "links/lyceum_link.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lyceum::ui {

namespace {
const QString kDirs = QStringLiteral("profiles/dirs");
const QString kLast = QStringLiteral("profiles/last");

QString hostPort(const QUrl &server) {
    return server.port() > 0 ? server.host() + u':' + QString::number(server.port())
                             : server.host();
}
} // namespace

ProfileList::ProfileList(QSettings *settings, QString demoDir)
    : m_settings(settings)
    , m_demoDir(QDir::cleanPath(std::move(demoDir))) {}

QVector<ProfileEntry> ProfileList::entries() const {
    QVector<ProfileEntry> list;
    list.append(
        {m_demoDir, QCoreApplication::translate("ProfileList", "Demo community"), {}, true});
    const QStringList dirs = m_settings->value(kDirs).toStringList();
    for (const QString &dir : dirs) {
        if (QDir::cleanPath(dir) == m_demoDir)
            continue;
        ProfileEntry entry;
        entry.dir = dir;
        Profile profile;
        QString error;
        if (QFileInfo(dir).isDir() && Profile::load(dir, &profile, &error) &&
            profile.hasAccount()) {
            entry.server = profile.server;
            entry.label = profile.handle + QStringLiteral(" @ ") + hostPort(profile.server);
        } else {
            entry.label = QCoreApplication::translate("ProfileList", "Not signed in (%1)")
                              .arg(QDir(dir).dirName());
        }
        list.append(entry);
    }
    return list;
}

void ProfileList::remember(const QString &dir) {
    const QString clean = QDir::cleanPath(dir);
    if (clean == m_demoDir)
        return;
    QStringList dirs = m_settings->value(kDirs).toStringList();
    if (!dirs.contains(clean)) {
        dirs << clean;
        m_settings->setValue(kDirs, dirs);
    }
}

void ProfileList::forget(const QString &dir) {
    QStringList dirs = m_settings->value(kDirs).toStringList();
    dirs.removeAll(QDir::cleanPath(dir));
    m_settings->setValue(kDirs, dirs);
}

QString ProfileList::last() const {
    const QString dir = m_settings->value(kLast).toString();
    return dir == m_demoDir ? QString() : dir;
}

void ProfileList::setLast(const QString &dir) {
    m_settings->setValue(kLast, QDir::cleanPath(dir) == m_demoDir ? QString() : dir);
}

QString ProfileList::findForLink(const LyceumLink &link) const {
    const QVector<ProfileEntry> list = entries();
    for (const ProfileEntry &entry : list) {
        if (!entry.demo && !entry.server.isEmpty() && link.pointsInto(entry.server))
            return entry.dir;
    }
    return {};
}

QString ProfileList::newDirFor(const QUrl &server) const {
    QDir base(QFileInfo(m_demoDir).absolutePath()); // <AppData>/profiles
    QString name = server.host();
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    if (server.port() > 0)
        name += u'-' + QString::number(server.port());
    QString candidate = base.filePath(name);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = base.filePath(name + u'-' + QString::number(i));
    return candidate;
}

} // namespace lyceum::ui
