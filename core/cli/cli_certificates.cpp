// lyceum-cli certificates: the learner's certificates (sent outbox first, then asked of the
// server; the cache when offline), each PDF made under the profile when missing.
// lyceum-cli verify --certificate FILE [--public-key KEY|--server URL]: checks a certificate
// PDF's embedded signature offline with the community's key, and with --server also asks
// whether it was revoked. Exit 0 only when the signature holds (and, asked, it is not revoked).
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discovery_service.h"
#include "learning/certificate_codec.h"
#include "learning/certificate_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>

namespace lyceum::cli {

using namespace support;

namespace {

constexpr qint64 kMaxCertificateFile = 32 * 1024 * 1024; // a PDF of one page is far smaller
constexpr qint64 kMaxAnswer = 64 * 1024;

CertificatePdfWriter &pdfWriter() {
    static CertificatePdfWriter writer;
    return writer;
}

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

QString dateOf(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

// Makes the PDFs not on disk yet (when this binary can), recording where they went.
void ensurePdfs(Client &client, QVector<certificatestore::Certificate> &list,
                const Invocation &inv) {
    const QString base = client.serverUrl().toString(QUrl::StripTrailingSlash);
    for (certificatestore::Certificate &c : list) {
        if (!c.pdfPath.isEmpty() && QFileInfo::exists(c.pdfPath))
            continue;
        c.pdfPath.clear();
        if (!pdfWriter())
            continue;
        const QString path = QDir(client.discovery().certificates().pdfDirectory())
                                 .filePath(c.code + QStringLiteral(".pdf"));
        QString error;
        const QString verifyUrl =
            base.isEmpty() ? QString() : base + QStringLiteral("/verify/") + c.code;
        if (!pdfWriter()(c, verifyUrl, path, &error)) {
            *inv.err << error << '\n';
            continue;
        }
        c.pdfPath = path;
        client.discovery().certificates().setPdfPath(c.code, path);
    }
}

// GET url (small JSON answers only); an empty object and *error on failure.
QJsonObject fetchJson(QNetworkAccessManager &nam, const QUrl &url, QString *error) {
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > kMaxAnswer)
            reply->abort();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray body = reply->read(kMaxAnswer);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        *error = reply->errorString();
        return {};
    }
    if (status != 200 || !doc.isObject()) {
        *error = tr("the server answered %1").arg(status);
        return {};
    }
    return doc.object();
}

// The key to check against: --public-key (base64, or a file holding it), the server's
// published key (--server), else the key the file names (said to be unpinned).
std::optional<QByteArray> chooseKey(const Invocation &inv, QNetworkAccessManager &nam,
                                    const QByteArray &embedded, bool *pinned) {
    *pinned = true;
    QString given = inv.values.value(QStringLiteral("public-key"));
    if (!given.isEmpty()) {
        QFile file(given);
        if (QFileInfo(given).isFile() && file.size() < kMaxAnswer && file.open(QIODevice::ReadOnly))
            given = QString::fromLatin1(file.readAll()).trimmed();
        const auto key = QByteArray::fromBase64Encoding(given.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!key || key.decoded.size() != certificates::kPublicKeyBytes) {
            *inv.err << tr("--public-key must be the community's key in base64 (32 bytes), or a "
                           "file holding it.")
                     << '\n';
            return std::nullopt;
        }
        return key.decoded;
    }
    if (inv.server.isValid() && !inv.server.isEmpty()) {
        QUrl url = inv.server;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                    QStringLiteral("/api/v1/certificates/public-key"));
        QString error;
        const QJsonObject answer = fetchJson(nam, url, &error);
        const QByteArray key = QByteArray::fromBase64(
            answer.value(QLatin1StringView("public_key")).toString().toLatin1());
        if (key.size() != certificates::kPublicKeyBytes) {
            *inv.err << tr("The server's public key could not be read: %1")
                            .arg(error.isEmpty() ? tr("no key in the answer") : error)
                     << '\n';
            return std::nullopt;
        }
        return key;
    }
    *pinned = false;
    return embedded;
}

} // namespace

void setCertificatePdfWriter(CertificatePdfWriter writer) {
    pdfWriter() = std::move(writer);
}

int certificatesList(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    ApiError network;
    if (restore(*client, inv))
        network = runSync(*client); // sends waiting lesson.done marks first
    Result<QVector<certificatestore::Certificate>> listed =
        QVector<certificatestore::Certificate>{};
    QEventLoop loop;
    client->discovery().certificates().refresh(&loop, [&](auto r, ApiError e) {
        listed = std::move(r);
        if (e.isError())
            network = e;
        loop.quit();
    });
    loop.exec();
    if (!listed) {
        *inv.err << tr("Certificates could not be read: %1").arg(listed.error().message) << '\n';
        return Failed;
    }
    if (network.isError())
        *inv.err << tr("Offline (%1): these are the certificates known on this device.")
                        .arg(network.message)
                 << '\n';
    QVector<certificatestore::Certificate> list = std::move(listed).value();
    ensurePdfs(*client, list, inv);
    if (inv.json) {
        QJsonArray out;
        for (const certificatestore::Certificate &c : std::as_const(list))
            out.append(QJsonObject{{QStringLiteral("course_id"), c.courseId},
                                   {QStringLiteral("code"), c.code},
                                   {QStringLiteral("issued_at"), c.issuedAt},
                                   {QStringLiteral("path"), c.pdfPath.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(c.pdfPath)}});
        printJson(inv, out);
    } else {
        for (const certificatestore::Certificate &c : std::as_const(list))
            *inv.out << c.code << '\t' << dateOf(c.issuedAt) << '\t' << c.courseTitle << '\t'
                     << (c.revokedAt > 0 ? tr("revoked") : c.pdfPath) << '\n';
    }
    QEventLoop settle; // the PDF paths reach the cache before the client goes
    client->discovery().certificates().fetchCached(&settle, [&](auto) { settle.quit(); });
    settle.exec();
    return Ok;
}

int verifyCertificate(const Invocation &inv) {
    const QString path = inv.values.value(QStringLiteral("certificate"));
    if (path.isEmpty()) {
        *inv.err << tr("verify needs --certificate FILE.") << '\n';
        return Usage;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *inv.err << tr("%1 could not be read: %2").arg(path, file.errorString()) << '\n';
        return Failed;
    }
    if (file.size() > kMaxCertificateFile) {
        *inv.err << tr("%1 is too large to be a certificate.").arg(path) << '\n';
        return Failed;
    }
    const std::optional<certificates::Embedded> embedded =
        certificates::findEmbedded(file.readAll());
    const std::optional<certificates::Payload> payload =
        embedded ? certificates::Payload::fromBytes(embedded->payload) : std::nullopt;
    if (!payload) {
        *inv.err << tr("NOT VALID: %1 is not a Lyceum certificate (no signed statement in it).")
                        .arg(path)
                 << '\n';
        return Failed;
    }
    QNetworkAccessManager nam;
    bool pinned = true;
    const std::optional<QByteArray> key = chooseKey(inv, nam, embedded->publicKey, &pinned);
    if (!key)
        return Usage;
    if (!certificates::verify(embedded->payload, embedded->signature, *key)) {
        *inv.err << tr("NOT VALID: the signature does not match (the certificate was altered, or "
                       "another community's key signed it).")
                 << '\n';
        return Failed;
    }
    QString state = QStringLiteral("valid");
    if (inv.server.isValid() && !inv.server.isEmpty()) {
        QUrl url = inv.server;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                    QStringLiteral("/api/v1/certificates/status"));
        url.setQuery(QUrlQuery{{QStringLiteral("code"), payload->code}});
        QString error;
        state = fetchJson(nam, url, &error).value(QLatin1StringView("status")).toString();
        if (state.isEmpty()) {
            *inv.err << tr("The server could not say whether it was revoked: %1").arg(error)
                     << '\n';
            return Failed;
        }
    }
    const QJsonObject out{{QStringLiteral("valid"), state == QLatin1String("valid")},
                          {QStringLiteral("status"), state},
                          {QStringLiteral("holder"), payload->holder},
                          {QStringLiteral("course_id"), payload->courseId},
                          {QStringLiteral("course_title"), payload->courseTitle},
                          {QStringLiteral("code"), payload->code},
                          {QStringLiteral("issued_at"), payload->issuedAt},
                          {QStringLiteral("key_id"), certificates::keyId(*key)},
                          {QStringLiteral("key_pinned"), pinned}};
    if (inv.json)
        printJson(inv, out);
    else
        *inv.out << tr("Holder: %1").arg(payload->holder) << '\n'
                 << tr("Course: %1").arg(payload->courseTitle) << '\n'
                 << tr("Issued: %1").arg(dateOf(payload->issuedAt)) << '\n'
                 << tr("Code: %1").arg(payload->code) << '\n';
    if (!pinned)
        *inv.err << tr("The signature holds for the key the file names (%1); pass --public-key or "
                       "--server to check that it is the community's.")
                        .arg(certificates::keyId(*key))
                 << '\n';
    if (state == QLatin1String("revoked")) {
        *inv.err << tr("NOT VALID: the community revoked this certificate.") << '\n';
        return Failed;
    }
    if (state != QLatin1String("valid")) {
        *inv.err << tr("NOT VALID: the server does not know this certificate.") << '\n';
        return Failed;
    }
    (inv.json ? *inv.err : *inv.out)
        << tr("VALID: signature checked (key %1).").arg(certificates::keyId(*key)) << '\n';
    return Ok;
}

} // namespace lyceum::cli
