// Client: login, session restore and logout. Tokens go to the keychain only; when it is not
// available the session lives in memory and sessionPersistent() says so.
#include "api/api_client.h"
#include "cache/cache_worker.h"
#include "client/client.h"
#include "client/client_private.h"
#include "client/session_store.h"
#include "credentials/credential_store.h"
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
    if (!d->s.opened) {
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
    d->s.api->setServer(url);
    d->s.api->login(
        handle, password,
        [this, url, handle, remember](const ApiError &e, const LoginResult &result) {
            if (e.isError()) {
                d->s.api->setServer(d->s.profile.server);
                Q_EMIT loginFinished(e);
                return;
            }
            const bool sameAccount =
                !d->s.profile.hasAccount() ||
                (d->s.profile.server == url &&
                 d->s.profile.handle.compare(handle, Qt::CaseInsensitive) == 0);
            Profile profile = d->s.profile;
            profile.server = url;
            profile.handle = result.user.handle.isEmpty() ? handle : result.user.handle;
            if (!result.user.id.isEmpty())
                profile.user = result.user;
            // Another account's cache and unsent changes must not leak into this one.
            d->s.cache->run<QString>(
                this,
                [profile, dir = d->s.options.profileDir, sameAccount](CacheDatabase &db) {
                    return sessionstore::signIn(db, profile, dir, sameAccount);
                },
                [this, profile, remember, result](QString error) {
                    if (!error.isEmpty()) {
                        d->s.api->clearTokens();
                        Q_EMIT loginFinished(ApiError::storage(error));
                        return;
                    }
                    d->s.profile = profile;
                    d->s.loggedIn = true;
                    d->startLive();
                    Q_EMIT cacheChanged(); // another account's rows may have been dropped
                    d->s.refreshOutboxCounts();
                    d->remember = remember;
                    const QString key = CredentialStore::entryKey(profile.server, profile.handle);
                    if (!d->keychainAvailable) {
                        Q_EMIT loginFinished({});
                        return;
                    }
                    if (!remember) {
                        d->s.credentials->remove(key, [](bool, const QString &) {});
                        Q_EMIT loginFinished({});
                        return;
                    }
                    d->s.credentials->save(key, result.tokens,
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
    if (!d->s.opened || !d->s.profile.hasAccount() || !d->keychainAvailable) {
        Q_EMIT sessionRestored(false);
        return;
    }
    const QString key = CredentialStore::entryKey(d->s.profile.server, d->s.profile.handle);
    d->s.credentials->load(
        key, [this](bool found, const SessionTokens &tokens, const QString &problem) {
            if (!problem.isEmpty()) {
                qCWarning(lcClient) << "session not restored:" << problem;
                Q_EMIT errorOccurred(ApiError::make(ApiError::Kind::Unauthorized, problem));
            }
            if (!found) {
                Q_EMIT sessionRestored(false);
                return;
            }
            d->s.api->setServer(d->s.profile.server);
            d->s.api->setTokens(tokens);
            d->s.loggedIn = true;
            d->remember = true;
            d->startLive();
            Q_EMIT sessionRestored(true);
        });
}

void Client::logout() {
    d->stopLive();
    if (d->s.loggedIn)
        d->s.api->logout([](const ApiError &e) {
            if (e.isError())
                qCInfo(lcClient) << "the server did not confirm the logout:" << e.message;
        });
    d->s.api->clearTokens();
    d->s.loggedIn = false;
    d->remember = false;
    if (d->keychainAvailable && d->s.profile.hasAccount()) {
        d->s.credentials->remove(
            CredentialStore::entryKey(d->s.profile.server, d->s.profile.handle),
            [this](bool ok, const QString &problem) {
                if (!ok)
                    Q_EMIT errorOccurred(ApiError::make(ApiError::Kind::Storage, problem));
                Q_EMIT loggedOut();
            });
        return;
    }
    Q_EMIT loggedOut();
}

} // namespace lyceum
