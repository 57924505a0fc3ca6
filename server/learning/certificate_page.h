// The one HTML page the server serves: GET /verify/CODE says whether a certificate code is
// valid, revoked or unknown (docs/architecture.md, "Certificates"). Self-contained: one inline
// style allowed by its hash in a strict Content-Security-Policy, no scripts, no external resources;
// every value from the database is HTML-escaped.
#pragma once

#include "server/learning/certificate_storage.h"

#include <QByteArray>
#include <optional>

namespace lyceum::server {

enum class PageLanguage { English, Chinese };

// From an Accept-Language header, or a "lang" query value (zh|en) that wins when present.
PageLanguage pageLanguage(const QByteArray &acceptLanguage, const QString &langQuery);

// The page (UTF-8); record empty: the code is unknown (or malformed).
QByteArray verifyPage(const std::optional<CertificateRecord> &record, PageLanguage language);
// The Content-Security-Policy header value for it.
QByteArray verifyPageCsp();

} // namespace lyceum::server
