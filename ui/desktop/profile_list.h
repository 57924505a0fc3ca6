// The communities this computer is signed in to: one profile folder each (its own server,
// account, cache and keychain entry), remembered in the settings (`profiles/dirs`, and
// `profiles/last`, the one opened last). The demo community is always listed first.
#pragma once

#include <QString>
#include <QUrl>
#include <QVector>

class QSettings;

namespace lyceum {
struct LyceumLink;
}

namespace lyceum::ui {

struct ProfileEntry {
    QString dir;   // absolute; the demo's is DemoLauncher::demoProfileDir()
    QString label; // "handle @ host:port", or the demo's name
    QUrl server;   // empty before the first sign-in
    bool demo = false;
};

class ProfileList {
public:
    explicit ProfileList(QSettings *settings, QString demoDir);

    QVector<ProfileEntry> entries() const; // the demo first, then the others in order of adding
    void remember(const QString &dir);     // adds once
    void forget(const QString &dir);
    QString last() const; // empty: the demo
    void setLast(const QString &dir);
    // The profile signed in to the community a link points into, if any.
    QString findForLink(const LyceumLink &link) const;
    // A new, unused folder for a community at `server` under the profiles folder.
    QString newDirFor(const QUrl &server) const;

private:
    QSettings *m_settings;
    QString m_demoDir;
};

} // namespace lyceum::ui
