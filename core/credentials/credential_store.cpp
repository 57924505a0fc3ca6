#include "credentials/credential_store.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace lyceum {

namespace {

QString problemText(QKeychain::Job *job) {
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate(
                   "lyceum::CredentialStore",
                   "No system keychain is available (%1). You stay signed in only until Lyceum "
                   "quits.")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate(
                   "lyceum::CredentialStore",
                   "Access to the system keychain was denied (%1). You stay signed in only "
                   "until Lyceum quits.")
            .arg(detail);
    default:
        return QCoreApplication::translate(
                   "lyceum::CredentialStore",
                   "The system keychain failed (%1). You stay signed in only until Lyceum quits.")
            .arg(detail);
    }
}

constexpr int kKeychainTimeoutMs = 15000;

QString timeoutText() {
    return QCoreApplication::translate(
        "lyceum::CredentialStore",
        "The system keychain did not answer (it may be locked). You stay signed in only until "
        "Lyceum quits.");
}

// Runs the job: onFinished(job), or onTimeout() when the keychain does not answer in time (a
// locked keyring waiting on a prompt must not hang the app). Only one of them runs.
void runJob(QObject *owner, QKeychain::Job *job, std::function<void(QKeychain::Job *)> onFinished,
            std::function<void()> onTimeout) {
    auto answered = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [answered, onFinished](QKeychain::Job *j) {
                         if (std::exchange(*answered, true))
                             return;
                         onFinished(j);
                     });
    QTimer::singleShot(kKeychainTimeoutMs, owner, [answered, onTimeout] {
        if (std::exchange(*answered, true))
            return;
        qCWarning(lcCredentials) << "the keychain did not answer in time";
        onTimeout();
    });
    job->start();
}

template<typename JobT> JobT *makeJob(QObject *parent, const QString &key) {
    auto *job = new JobT(CredentialStore::service(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent) {}

QString CredentialStore::entryKey(const QUrl &server, const QString &handle) {
    QString url = server
                      .adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments |
                                QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                      .toString();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + u'#' + handle.toLower();
}

QByteArray CredentialStore::encode(const SessionTokens &tokens) {
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), tokens.accessToken},
                                     {QStringLiteral("refresh_token"), tokens.refreshToken},
                                     {QStringLiteral("expires_at"), tokens.expiresAt}})
        .toJson(QJsonDocument::Compact);
}

std::optional<SessionTokens> CredentialStore::decode(const QByteArray &secret) {
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    SessionTokens t;
    t.accessToken = o.value(QLatin1StringView("access_token")).toString();
    t.refreshToken = o.value(QLatin1StringView("refresh_token")).toString();
    t.expiresAt = o.value(QLatin1StringView("expires_at")).toInteger();
    if (t.refreshToken.isEmpty())
        return std::nullopt;
    return t;
}

void CredentialStore::probe(std::function<void(bool, const QString &)> done) {
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, QStringLiteral("lyceum-probe"));
    runJob(
        this, job,
        [done](QKeychain::Job *j) {
            const bool ok =
                j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            if (!ok)
                qCWarning(lcCredentials)
                    << "keychain unavailable:" << j->error() << j->errorString();
            done(ok, ok ? QString() : problemText(j));
        },
        [done] { done(false, timeoutText()); });
}

void CredentialStore::save(const QString &key, const SessionTokens &tokens,
                           std::function<void(bool, const QString &)> done) {
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setBinaryData(encode(tokens));
    runJob(
        this, job,
        [done](QKeychain::Job *j) {
            const bool ok = j->error() == QKeychain::NoError;
            if (!ok)
                qCWarning(lcCredentials) << "saving the session failed:" << j->errorString();
            done(ok, ok ? QString() : problemText(j));
        },
        [done] { done(false, timeoutText()); });
}

void CredentialStore::load(const QString &key,
                           std::function<void(bool, const SessionTokens &, const QString &)> done) {
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    runJob(
        this, job,
        [done](QKeychain::Job *j) {
            if (j->error() == QKeychain::EntryNotFound) {
                done(false, {}, {});
                return;
            }
            if (j->error() != QKeychain::NoError) {
                qCWarning(lcCredentials) << "reading the session failed:" << j->errorString();
                done(false, {}, problemText(j));
                return;
            }
            const auto tokens = decode(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
            if (!tokens) {
                done(false, {},
                     QCoreApplication::translate(
                         "lyceum::CredentialStore",
                         "The saved session is damaged; please log in again."));
                return;
            }
            done(true, *tokens, {});
        },
        [done] { done(false, {}, timeoutText()); });
}

void CredentialStore::secret(const QString &key, int bytes,
                             std::function<void(const QByteArray &, const QString &)> done) {
    auto *read = makeJob<QKeychain::ReadPasswordJob>(this, key);
    runJob(
        this, read,
        [this, key, bytes, done](QKeychain::Job *j) {
            const QByteArray found = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            if (j->error() == QKeychain::NoError && found.size() == bytes) {
                done(found, {});
                return;
            }
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                done({}, problemText(j));
                return;
            }
            QByteArray made(bytes, 0);
            for (qsizetype i = 0; i < made.size(); i += 4) {
                const quint32 r = QRandomGenerator::system()->generate();
                for (qsizetype b = 0; b < 4 && i + b < made.size(); ++b)
                    made[i + b] = char((r >> (8 * b)) & 0xff);
            }
            auto *write = makeJob<QKeychain::WritePasswordJob>(this, key);
            write->setBinaryData(made);
            runJob(
                this, write,
                [made, done](QKeychain::Job *w) {
                    if (w->error() != QKeychain::NoError)
                        done({}, problemText(w));
                    else
                        done(made, {});
                },
                [done] { done({}, timeoutText()); });
        },
        [done] { done({}, timeoutText()); });
}

void CredentialStore::remove(const QString &key, std::function<void(bool, const QString &)> done) {
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    runJob(
        this, job,
        [done](QKeychain::Job *j) {
            const bool ok =
                j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            done(ok, ok ? QString() : problemText(j));
        },
        [done] { done(false, timeoutText()); });
}

} // namespace lyceum
