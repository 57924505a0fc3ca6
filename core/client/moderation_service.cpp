// Reports and the moderators' console: the queue and audit log from the server, actions through
// the outbox, the on-device spam models and the moderation notices.
#include "client/moderation_service.h"

#include "api/moderation_api.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/discussions_service.h"
#include "client/session_state.h"
#include "logging.h"
#include "moderation/moderation_files.h"
#include "spam/spam_model.h"

#include <QPointer>
#include <QUuid>

namespace lyceum {

ModerationService::ModerationService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(session.client, &Client::opened, this, [this] { loadFiles(); });
    connect(session.client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError()) {
            refreshSpamModel();
            refreshModerationNotices();
        }
    });
}

ModerationService::~ModerationService() = default;

void ModerationService::fetchModerationQueue(
    QObject *context, std::function<void(const ApiError &, QVector<ModerationItem>)> done) {
    QPointer<QObject> guard(context);
    const auto fromCache = [this, guard, done](const ApiError &error) {
        m_session.cache->run<QVector<ModerationItem>>(
            guard ? guard.data() : this,
            [](CacheDatabase &db) { return moderationstore::queue(db); },
            [guard, done, error](QVector<ModerationItem> items) {
                if (guard)
                    done(error, items);
            });
    };
    if (!m_session.loggedIn) {
        fromCache(ApiError::notLoggedIn());
        return;
    }
    moderationapi::queue(
        *m_session.api, [this, fromCache](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                fromCache(e);
                return;
            }
            m_session.cache->run<QString>(
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

void ModerationService::fetchAuditLog(
    QObject *context, std::function<void(const ApiError &, QVector<AuditEntry>)> done) {
    QPointer<QObject> guard(context);
    moderationapi::auditLog(*m_session.api,
                            [guard, done](const ApiError &e, const QVector<AuditEntry> &log) {
                                if (guard)
                                    done(e, log);
                            });
}

void ModerationService::moderate(const QString &kind, const QString &id, const QString &action,
                                 const QString &reason, const QString &note) {
    if (!m_session.ensureOpen("moderate"))
        return;
    m_session.cache->run<QString>(
        this,
        [kind, id, action, reason, note](CacheDatabase &db) {
            QString error;
            return moderationstore::act(db, kind, id, action, reason, note, &error) ? QString()
                                                                                    : error;
        },
        [this](QString error) { m_session.afterLocalWrite(error); });
}

void ModerationService::undoModeration(qint64 actionId) {
    if (!m_session.ensureOpen("undoModeration"))
        return;
    m_session.cache->run<QString>(
        this,
        [actionId](CacheDatabase &db) {
            QString error;
            return moderationstore::undo(db, actionId, &error) ? QString() : error;
        },
        [this](QString error) { m_session.afterLocalWrite(error); });
}

void ModerationService::report(const QString &kind, const QString &id, const QString &reason,
                               const QString &note) {
    if (!m_session.ensureOpen("report"))
        return;
    const QString reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_session.cache->run<QString>(
        this,
        [kind, id, reason, note, reportId](CacheDatabase &db) {
            QString error;
            return moderationstore::report(db, kind, id, reason, note, reportId, &error) ? QString()
                                                                                         : error;
        },
        [this](QString error) { m_session.afterLocalWrite(error); });
}

void ModerationService::fetchReported(const QString &kind, QObject *context,
                                      std::function<void(QSet<QString>)> done) {
    m_session.cache->run<QSet<QString>>(
        context, [kind](CacheDatabase &db) { return moderationstore::reported(db, kind); },
        std::move(done));
}

void ModerationService::fetchCachedModerationQueue(
    QObject *context, std::function<void(QVector<ModerationItem>)> done) {
    m_session.cache->run<QVector<ModerationItem>>(
        context, [](CacheDatabase &db) { return moderationstore::queue(db); }, std::move(done));
}

// --- the spam models ------------------------------------------------------------------------

namespace {
struct LoadedFiles {
    std::shared_ptr<spam::SpamModel> own;
    std::shared_ptr<spam::SpamModel> community;
    qint64 noticesSeenUpTo = 0;
};
} // namespace

void ModerationService::loadFiles() {
    if (m_filesLoaded || m_filesLoading)
        return;
    m_filesLoading = true;
    m_session.cache->run<LoadedFiles>(
        this,
        [dir = m_session.options.profileDir](CacheDatabase &) {
            LoadedFiles files;
            QString error;
            files.own = moderationfiles::loadModel(moderationfiles::ownModelPath(dir), &error);
            if (!error.isEmpty())
                qCWarning(lcClient) << "the spam model was refused, starting afresh:" << error;
            if (!files.own)
                files.own = std::make_shared<spam::SpamModel>();
            error.clear();
            files.community =
                moderationfiles::loadModel(moderationfiles::communityModelPath(dir), &error);
            if (!error.isEmpty())
                qCWarning(lcClient) << "the stored community spam model was refused:" << error;
            files.noticesSeenUpTo = moderationfiles::noticesSeenUpTo(dir);
            return files;
        },
        [this](LoadedFiles files) {
            m_filesLoaded = true;
            m_filesLoading = false;
            m_ownModel = files.own;
            if (!m_communityModel) // one fetched meanwhile is newer
                m_communityModel = files.community;
            if (m_noticesSeenUpTo < 0)
                m_noticesSeenUpTo = files.noticesSeenUpTo;
            const auto pending = std::exchange(m_pendingLearn, {});
            for (const auto &[text, isSpam] : pending)
                m_ownModel->learn(text, isSpam);
            if (!pending.isEmpty())
                saveOwnModel();
            Q_EMIT spamModelChanged();
            if (std::exchange(m_noticesWanted, false))
                refreshModerationNotices();
        });
}

std::optional<double> ModerationService::spamScore(const QString &text) const {
    if (!m_ownModel || m_ownModel->spamExamples() == 0 || m_ownModel->hamExamples() == 0)
        return std::nullopt;
    return m_ownModel->score(text);
}

QVector<QPair<QString, double>> ModerationService::spamReasons(const QString &text, int n) const {
    QVector<QPair<QString, double>> out;
    if (!m_ownModel)
        return out;
    for (const spam::SpamModel::Contribution &c : m_ownModel->explain(text, n))
        out.append({c.feature, c.weight});
    return out;
}

void ModerationService::learnSpam(const QString &text, bool isSpam) {
    if (text.trimmed().isEmpty())
        return;
    if (!m_ownModel) {
        m_pendingLearn.append({text, isSpam}); // learnt once the profile's model is read
        return;
    }
    m_ownModel->learn(text, isSpam);
    saveOwnModel();
}

void ModerationService::saveOwnModel() {
    // Written on the cache worker: a model is a few hundred kB compressed.
    m_session.cache->post(
        [bytes = m_ownModel->save(),
         path = moderationfiles::ownModelPath(m_session.options.profileDir)](CacheDatabase &) {
            QString error;
            if (!moderationfiles::save(path, bytes, &error))
                qCWarning(lcClient) << "the spam model could not be saved:" << error;
        });
}

bool ModerationService::isLikelySpam(const QString &text) const {
    return m_communityModel && !text.trimmed().isEmpty() && m_communityModel->isSpam(text);
}

void ModerationService::refreshSpamModel() {
    if (!m_session.opened || !m_session.loggedIn)
        return;
    moderationapi::spamModel(*m_session.api, [this](const ApiError &e, const QByteArray &bytes) {
        if (e.isError())
            return; // 404 while the moderators have decided too few posts
        auto model = std::make_shared<spam::SpamModel>();
        QString error;
        if (!model->load(bytes, &error)) {
            qCWarning(lcClient) << "the community spam model was refused, keeping the old:"
                                << error;
            return;
        }
        const spam::SpamModel *held = m_communityModel.get();
        if (held && held->version() == model->version() &&
            held->spamExamples() == model->spamExamples() &&
            held->hamExamples() == model->hamExamples())
            return;
        m_communityModel = model;
        m_session.cache->post([bytes, path = moderationfiles::communityModelPath(
                                          m_session.options.profileDir)](CacheDatabase &) {
            QString failure;
            if (!moderationfiles::save(path, bytes, &failure))
                qCWarning(lcClient) << "the community spam model could not be saved:" << failure;
        });
        Q_EMIT spamModelChanged();
    });
}

// --- moderation notices ---------------------------------------------------------------------

void ModerationService::refreshModerationNotices() {
    if (!m_session.opened || !m_session.loggedIn)
        return;
    if (m_noticesSeenUpTo < 0) {
        m_noticesWanted = true; // asked again once the profile's files are read
        loadFiles();
        return;
    }
    moderationapi::notices(
        *m_session.api, [this](const ApiError &e, const QVector<ModerationNotice> &notices) {
            if (e.isError()) {
                if (e.kind == ApiError::Kind::BadResponse)
                    qCWarning(lcClient) << "moderation notices refused:" << e.message;
                Q_EMIT moderationNoticesChecked();
                return; // shown at the next successful pull
            }
            // The inbox keeps every notice that stands (discussions_inbox.cpp); the bar shows
            // the ones not dismissed.
            m_session.client->discussions().storeModerationNotices(
                notices, this, [this, notices] { takeNotices(notices); });
        });
}

void ModerationService::takeNotices(const QVector<ModerationNotice> &notices) {
    QVector<ModerationNotice> unseen;
    for (const ModerationNotice &n : notices) {
        if (n.id > m_noticesSeenUpTo)
            unseen << n;
    }
    const auto ids = [](const QVector<ModerationNotice> &list) {
        QVector<qint64> out;
        for (const ModerationNotice &n : list)
            out << n.id;
        return out;
    };
    if (ids(unseen) != ids(m_notices)) {
        m_notices = unseen;
        Q_EMIT moderationNoticesChanged();
    }
    // Told whatever the answer (tests wait for it), after any change.
    Q_EMIT moderationNoticesChecked();
}

QVector<ModerationNotice> ModerationService::moderationNotices() const {
    return m_notices;
}

void ModerationService::dismissModerationNotices() {
    for (const ModerationNotice &n : std::as_const(m_notices))
        m_noticesSeenUpTo = std::max(m_noticesSeenUpTo, n.id);
    m_notices.clear();
    m_session.cache->post(
        [dir = m_session.options.profileDir, seen = m_noticesSeenUpTo](CacheDatabase &) {
            QString error;
            if (!moderationfiles::setNoticesSeenUpTo(dir, seen, &error))
                qCWarning(lcClient) << "the dismissed notices could not be remembered:" << error;
        });
    Q_EMIT moderationNoticesChanged();
}

} // namespace lyceum
