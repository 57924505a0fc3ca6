#include "learning/certificate_service.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"

#include <QDir>
#include <QJsonArray>
#include <QPointer>

namespace lyceum {

namespace {
constexpr int kMaxCertificates = 1000; // more than anyone earns; the rest is ignored
} // namespace

CertificatesService::CertificatesService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

void CertificatesService::refresh(QObject *context, ListDone done) {
    if (!m_session.opened) { // a page shown before the profile opened: nothing to say yet
        done(QVector<Certificate>{}, ApiError());
        return;
    }
    QPointer<QObject> guard(context);
    m_session.api->getJson(
        QStringLiteral("/certificates"),
        [this, guard, done = std::move(done)](const ApiError &error, const QJsonObject &answer) {
            if (!guard)
                return;
            QVector<Certificate> list;
            bool fresh = !error.isError();
            if (fresh) {
                const QJsonArray items = answer.value(QLatin1StringView("certificates")).toArray();
                for (const QJsonValue &v : items) {
                    if (list.size() >= kMaxCertificates)
                        break;
                    if (auto c = certificatestore::fromJson(v.toObject()))
                        list.append(*c);
                }
            }
            m_session.cache->run<Result<QVector<Certificate>>>(
                guard.data(),
                [fresh, list](CacheDatabase &db) -> Result<QVector<Certificate>> {
                    QString storeError;
                    if (fresh && !certificatestore::replaceAll(db, list, &storeError))
                        return CoreError::storage(storeError);
                    return certificatestore::list(db);
                },
                [this, done, error, fresh](Result<QVector<Certificate>> r) {
                    if (fresh)
                        Q_EMIT certificatesChanged();
                    done(std::move(r), error);
                });
        });
}

void CertificatesService::fetchCached(QObject *context,
                                      std::function<void(Result<QVector<Certificate>>)> done) {
    m_session.cache->run<Result<QVector<Certificate>>>(
        context, [](CacheDatabase &db) { return certificatestore::list(db); }, std::move(done));
}

void CertificatesService::setPdfPath(const QString &code, const QString &path) {
    m_session.cache->run<QString>(
        this,
        [code, path](CacheDatabase &db) {
            QString error;
            certificatestore::setPdfPath(db, code, path, &error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT m_session.client->errorOccurred(ApiError::storage(error));
        });
}

QString CertificatesService::pdfDirectory() const {
    return QDir(m_session.options.profileDir).filePath(QStringLiteral("certificates"));
}

} // namespace lyceum
