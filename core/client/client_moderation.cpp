// Client: reports and the moderators' console (moderation/moderation.h). Reading the queue and
// the audit log needs the server (the last queue is kept for offline use); acting, undoing and
// reporting go through the outbox.
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace lyceum {

void Client::fetchModerationQueue(
    QObject *context, std::function<void(const ApiError &, QVector<ModerationItem>)> done) {
    QPointer<QObject> guard(context);
    const auto fromCache = [this, guard, done](const ApiError &error) {
        d->cache->run<QVector<ModerationItem>>(
            guard ? guard.data() : this,
            [](CacheDatabase &db) { return moderationstore::queue(db); },
            [guard, done, error](QVector<ModerationItem> items) {
                if (guard)
                    done(error, items);
            });
    };
    if (!d->loggedIn) {
        fromCache(ApiError::notLoggedIn());
        return;
    }
    d->api->getJson(
        QStringLiteral("/moderation/queue"),
        [this, fromCache](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                fromCache(e);
                return;
            }
            QString error;
            if (!moderationQueueFromJson(answer, &error)) {
                fromCache(ApiError::make(ApiError::Kind::BadResponse, error));
                return;
            }
            d->cache->run<QString>(
                this,
                [answer](CacheDatabase &db) {
                    QString failure;
                    return moderationstore::storeQueue(db, answer, &failure) ? QString() : failure;
                },
                [fromCache](QString failure) {
                    fromCache(failure.isEmpty() ? ApiError() : ApiError::storage(failure));
                });
        });
}

void Client::fetchAuditLog(QObject *context,
                           std::function<void(const ApiError &, QVector<AuditEntry>)> done) {
    QPointer<QObject> guard(context);
    d->api->getJson(QStringLiteral("/moderation/log"),
                    [guard, done](const ApiError &e, const QJsonObject &answer) {
                        if (!guard)
                            return;
                        if (e.isError()) {
                            done(e, {});
                            return;
                        }
                        QString error;
                        const auto log = auditLogFromJson(answer, &error);
                        if (!log) {
                            done(ApiError::make(ApiError::Kind::BadResponse, error), {});
                            return;
                        }
                        done({}, *log);
                    });
}

void Client::moderate(const QString &kind, const QString &id, const QString &action,
                      const QString &reason, const QString &note) {
    if (!d->ensureOpen("moderate"))
        return;
    d->cache->run<QString>(
        this,
        [kind, id, action, reason, note](CacheDatabase &db) {
            QString error;
            return moderationstore::act(db, kind, id, action, reason, note, &error) ? QString()
                                                                                    : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::undoModeration(qint64 actionId) {
    if (!d->ensureOpen("undoModeration"))
        return;
    d->cache->run<QString>(
        this,
        [actionId](CacheDatabase &db) {
            QString error;
            return moderationstore::undo(db, actionId, &error) ? QString() : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::report(const QString &kind, const QString &id, const QString &reason,
                    const QString &note) {
    if (!d->ensureOpen("report"))
        return;
    const QString reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->cache->run<QString>(
        this,
        [kind, id, reason, note, reportId](CacheDatabase &db) {
            QString error;
            return moderationstore::report(db, kind, id, reason, note, reportId, &error) ? QString()
                                                                                         : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::fetchCachedModerationQueue(QObject *context,
                                        std::function<void(QVector<ModerationItem>)> done) {
    d->cache->run<QVector<ModerationItem>>(
        context, [](CacheDatabase &db) { return moderationstore::queue(db); }, std::move(done));
}

namespace {
QString spamModelPath(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("spam-model.lyspam"));
}
} // namespace

spam::SpamModel &Client::Private::spam() {
    if (!spamModel)
        spamModel = std::make_unique<spam::SpamModel>();
    if (!spamModelLoaded) {
        spamModelLoaded = true;
        QFile file(spamModelPath(options.profileDir));
        QString error;
        if (file.open(QIODevice::ReadOnly) && !spamModel->load(file.readAll(), &error))
            qCWarning(lcClient) << "the spam model was refused, starting afresh:" << error;
    }
    return *spamModel;
}

std::optional<double> Client::spamScore(const QString &text) {
    spam::SpamModel &model = d->spam();
    if (model.spamExamples() == 0 || model.hamExamples() == 0)
        return std::nullopt;
    return model.score(text);
}

QVector<QPair<QString, double>> Client::spamReasons(const QString &text, int n) {
    QVector<QPair<QString, double>> out;
    for (const spam::SpamModel::Contribution &c : d->spam().explain(text, n))
        out.append({c.feature, c.weight});
    return out;
}

void Client::learnSpam(const QString &text, bool isSpam) {
    if (text.trimmed().isEmpty())
        return;
    spam::SpamModel &model = d->spam();
    model.learn(text, isSpam);
    // Written on the cache worker: a model is a few hundred kB compressed.
    d->cache->post([bytes = model.save(),
                    path = spamModelPath(d->options.profileDir)](CacheDatabase &) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            qCWarning(lcClient) << "the spam model could not be saved:" << file.errorString();
    });
}

namespace {
QString communityModelPath(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("community-spam.lyspam"));
}
} // namespace

spam::SpamModel *Client::Private::community() {
    if (!communityModelLoaded) {
        communityModelLoaded = true;
        QFile file(communityModelPath(options.profileDir));
        if (file.open(QIODevice::ReadOnly)) {
            auto model = std::make_unique<spam::SpamModel>();
            QString error;
            if (model->load(file.readAll(), &error))
                communityModel = std::move(model);
            else
                qCWarning(lcClient) << "the stored community spam model was refused:" << error;
        }
    }
    return communityModel.get();
}

bool Client::isLikelySpam(const QString &text) {
    spam::SpamModel *model = d->community();
    return model && !text.trimmed().isEmpty() && model->isSpam(text);
}

void Client::refreshSpamModel() {
    if (!d->opened || !d->loggedIn)
        return;
    d->api->getBytes(QStringLiteral("/spam/model"), [this](const ApiError &e,
                                                           const QByteArray &bytes) {
        if (e.isError())
            return; // 404 while the moderators have decided too few posts
        auto model = std::make_unique<spam::SpamModel>();
        QString error;
        if (!model->load(bytes, &error)) {
            qCWarning(lcClient) << "the community spam model was refused, keeping the old:"
                                << error;
            return;
        }
        spam::SpamModel *held = d->community();
        if (held && held->version() == model->version() &&
            held->spamExamples() == model->spamExamples() &&
            held->hamExamples() == model->hamExamples())
            return;
        d->communityModel = std::move(model);
        d->cache->post([bytes, path = communityModelPath(d->options.profileDir)](CacheDatabase &) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                qCWarning(lcClient) << "the community spam model could not be saved";
        });
        Q_EMIT spamModelChanged();
    });
}

namespace {
QString noticesSeenPath(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("moderation-notices-seen"));
}
} // namespace

void Client::refreshModerationNotices() {
    if (!d->opened || !d->loggedIn)
        return;
    if (d->noticesSeenUpTo < 0) {
        QFile file(noticesSeenPath(d->options.profileDir));
        d->noticesSeenUpTo = file.open(QIODevice::ReadOnly)
                                 ? std::max(0LL, file.readAll().trimmed().toLongLong())
                                 : 0;
    }
    d->api->getJson(QStringLiteral("/moderation/notices"),
                    [this](const ApiError &e, const QJsonObject &answer) {
                        if (e.isError()) {
                            Q_EMIT moderationNoticesChecked();
                            return; // shown at the next successful pull
                        }
                        QString error;
                        const auto notices = noticesFromJson(answer, &error);
                        if (!notices) {
                            qCWarning(lcClient) << "moderation notices refused:" << error;
                            Q_EMIT moderationNoticesChecked();
                            return;
                        }
                        QVector<ModerationNotice> unseen;
                        for (const ModerationNotice &n : *notices) {
                            if (n.id > d->noticesSeenUpTo)
                                unseen << n;
                        }
                        const auto ids = [](const QVector<ModerationNotice> &list) {
                            QVector<qint64> out;
                            for (const ModerationNotice &n : list)
                                out << n.id;
                            return out;
                        };
                        if (ids(unseen) != ids(d->moderationNotices)) {
                            d->moderationNotices = unseen;
                            Q_EMIT moderationNoticesChanged();
                        }
                        // Told whatever the answer (tests wait for it), after any change.
                        Q_EMIT moderationNoticesChecked();
                    });
}

QVector<ModerationNotice> Client::moderationNotices() const {
    return d->moderationNotices;
}

void Client::dismissModerationNotices() {
    for (const ModerationNotice &n : std::as_const(d->moderationNotices))
        d->noticesSeenUpTo = std::max(d->noticesSeenUpTo, n.id);
    d->moderationNotices.clear();
    QSaveFile file(noticesSeenPath(d->options.profileDir));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QByteArray::number(d->noticesSeenUpTo)) < 0 || !file.commit())
        qCWarning(lcClient) << "the dismissed notices could not be remembered:"
                            << file.errorString();
    Q_EMIT moderationNoticesChanged();
}

} // namespace lyceum
