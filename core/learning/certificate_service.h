// The learner's certificates for the GUI and the CLI (docs/architecture.md, "Certificates"):
// fetched from GET /api/v1/certificates (the caller's own, nobody else's), checked against
// their signatures and kept in the cache for offline use; where each PDF is saved under the
// profile. Making the PDF needs QtGui, so it is the caller's (ui/learning/certificate_pdf.h).
#pragma once

#include "api/api_error.h"
#include "domain/result.h"
#include "learning/certificate_store.h"

#include <QObject>
#include <functional>

namespace lyceum {

class SessionState;

class CertificatesService : public QObject {
    Q_OBJECT
public:
    explicit CertificatesService(SessionState &session, QObject *parent = nullptr);

    using Certificate = certificatestore::Certificate;
    using ListDone = std::function<void(Result<QVector<Certificate>>, ApiError)>;

    // Asks the server, stores what it says, then reads the cache: done gets the list and the
    // network's error, if any (the cached list then is what the last answer said).
    void refresh(QObject *context, ListDone done);
    // The cache only.
    void fetchCached(QObject *context, std::function<void(Result<QVector<Certificate>>)> done);
    // Records where a certificate's PDF was saved.
    void setPdfPath(const QString &code, const QString &path);
    // <profile>/certificates: where PDFs are saved (owner-only).
    QString pdfDirectory() const;

Q_SIGNALS:
    void certificatesChanged();

private:
    SessionState &m_session;
};

} // namespace lyceum
