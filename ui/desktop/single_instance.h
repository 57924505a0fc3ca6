// One running app per profile. The first process for a profile listens on a QLocalServer whose
// name is derived from the profile folder (and the user, so two accounts on one machine do not
// meet); a later process for the same profile connects, hands over what it was asked to do (a
// lyceum:// link to open, or only "show yourself") and exits 0. The running one raises its
// window and opens the link.
//
// The wire format is one line of JSON per connection: {"open": "lyceum://..."} or {"raise": true},
// answered by {"ok": true}. Messages over 4 KiB, or not JSON objects, are dropped unanswered.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace lyceum::ui {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileKey, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket's name for a profile: "lyceum-" + a hash of the user and the profile key.
    static QString serverNameFor(const QString &profileKey);

    // Tries to hand `link` (may be empty: only raise) to a running instance. true when one took it.
    bool handOver(const QString &link, int timeoutMs = 3000) const;
    // Starts listening as the profile's instance; false (with a reason) when that is impossible
    // even after removing a stale socket left by a crash.
    bool listen(QString *error);
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void linkReceived(const QString &link);
    void raiseRequested();

private:
    void readMessage(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace lyceum::ui
