// Client: login, session restore and logout. Tokens go to the keychain only; when it is not
// available the session lives in memory and sessionPersistent() says so.
#include "cache/cache_database.h"
#include "cache/sync_store.h"
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"

#include <QCoreApplication>

namespace lyceum {

namespace {

QUrl normalizedServer(const QUrl &server) {
    QUrl url = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

} // namespace

void Client::login(const QUrl &server, const QString &handle, const QString &password,
                   bool remember) {
    if (!d->opened) {
        Q_EMIT loginFinished(ApiError::storage(tr("the profile is not open yet")));
        return;
    }
    const QUrl url = normalizedServer(server);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        Q_EMIT loginFinished(
            ApiError::make(ApiError::Kind::Network,
                           tr("\"%1\" is not a server address (it should start with https://).")
                               .arg(server.toString())));
        return;
    }
    d->api->setServer(url);
    d->api->login(
        handle, password,
        [this, url, handle, remember](const ApiError &e, const LoginResult &result) {
            if (e.isError()) {
                d->api->setServer(d->profile.server);
                Q_EMIT loginFinished(e);
                return;
            }
            const bool sameAccount = !d->profile.hasAccount() ||
                                     (d->profile.server == url &&
                                      d->profile.handle.compare(handle, Qt::CaseInsensitive) == 0);
            Profile profile = d->profile;
            profile.server = url;
            profile.handle = result.user.handle.isEmpty() ? handle : result.user.handle;
            if (!result.user.id.isEmpty())
                profile.user = result.user;
            const QString dir = d->options.profileDir;
            // Another account's cache and unsent changes must not leak into this one.
            d->cache->run<QString>(
                this,
                [profile, dir, sameAccount](CacheDatabase &db) {
                    QString error;
                    if (!sameAccount) {
                        if (!syncstore::wipe(db, &error) ||
                            !db.exec(QStringLiteral("DELETE FROM outbox"), &error))
                            return error;
                        if (!syncstore::wipe(db, &error)) // drops the rows the outbox kept
                            return error;
                    }
                    profile.save(dir, &error);
                    return error;
                },
                [this, profile, remember, result](QString error) {
                    if (!error.isEmpty()) {
                        d->api->clearTokens();
                        Q_EMIT loginFinished(ApiError::storage(error));
                        return;
                    }
                    d->profile = profile;
                    d->loggedIn = true;
                    d->startLive();
                    Q_EMIT cacheChanged(); // another account's rows may have been dropped
                    d->refreshOutboxCounts();
                    d->remember = remember;
                    const QString key = CredentialStore::entryKey(profile.server, profile.handle);
                    if (!d->keychainAvailable) {
                        Q_EMIT loginFinished({});
                        return;
                    }
                    if (!remember) {
                        d->credentials->remove(key, [](bool, const QString &) {});
                        Q_EMIT loginFinished({});
                        return;
                    }
                    d->credentials->save(key, result.tokens,
                                         [this](bool ok, const QString &problem) {
                                             if (!ok) {
                                                 d->keychainAvailable = false;
                                                 d->keychainProblem = problem;
                                             }
                                             Q_EMIT loginFinished({});
                                         });
                });
        });
}

void Client::restoreSession() {
    if (!d->opened || !d->profile.hasAccount() || !d->keychainAvailable) {
        Q_EMIT sessionRestored(false);
        return;
    }
    const QString key = CredentialStore::entryKey(d->profile.server, d->profile.handle);
    d->credentials->load(
        key, [this](bool found, const SessionTokens &tokens, const QString &problem) {
            if (!problem.isEmpty()) {
                qCWarning(lcClient) << "session not restored:" << problem;
                Q_EMIT errorOccurred(ApiError::make(ApiError::Kind::Unauthorized, problem));
            }
            if (!found) {
                Q_EMIT sessionRestored(false);
                return;
            }
            d->api->setServer(d->profile.server);
            d->api->setTokens(tokens);
            d->loggedIn = true;
            d->remember = true;
            d->startLive();
            Q_EMIT sessionRestored(true);
        });
}

void Client::logout() {
    d->stopLive();
    if (d->loggedIn)
        d->api->logout([](const ApiError &e) {
            if (e.isError())
                qCInfo(lcClient) << "the server did not confirm the logout:" << e.message;
        });
    d->api->clearTokens();
    d->loggedIn = false;
    d->remember = false;
    if (d->keychainAvailable && d->profile.hasAccount()) {
        d->credentials->remove(CredentialStore::entryKey(d->profile.server, d->profile.handle),
                               [this](bool ok, const QString &problem) {
                                   if (!ok)
                                       Q_EMIT errorOccurred(
                                           ApiError::make(ApiError::Kind::Storage, problem));
                                   Q_EMIT loggedOut();
                               });
        return;
    }
    Q_EMIT loggedOut();
}

} // namespace lyceum
