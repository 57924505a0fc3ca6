#include "server/learning/certificate_page.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringBuilder>

namespace lyceum::server {

namespace {

const QString kStyle = QStringLiteral(
    "body{font-family:system-ui,'Noto Sans CJK SC','Noto Sans',sans-serif;background:#f4f1ea;"
    "color:#1d1d1b;margin:0;padding:40px 16px}"
    "main{max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:28px 32px;"
    "box-shadow:0 1px 4px rgba(0,0,0,.12)}"
    "h1{font-size:15px;font-weight:600;color:#6b6b66;margin:0 0 12px}"
    ".status{font-size:26px;font-weight:700;margin:0 0 20px}"
    ".valid .status{color:#1f7a3a}.revoked .status{color:#b3261e}.unknown .status{color:#6b6b66}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 20px;margin:0}"
    "dt{color:#6b6b66}dd{margin:0;font-weight:600;overflow-wrap:anywhere}"
    "p.note{color:#6b6b66;font-size:13px;margin:20px 0 0}");

struct Words {
    const char *lang;
    const char *title;
    const char *heading;
    const char *valid;
    const char *revoked;
    const char *unknown;
    const char *holder;
    const char *course;
    const char *issued;
    const char *revokedOn;
    const char *code;
    const char *unknownNote;
    const char *validNote;
};

const Words kEnglish{"en",
                     "Certificate check",
                     "Lyceum certificate check",
                     "Valid certificate",
                     "Revoked certificate",
                     "Unknown code",
                     "Holder",
                     "Course",
                     "Issued",
                     "Revoked on",
                     "Code",
                     "No certificate has this code. Check the code as printed on the certificate.",
                     "The community that issued it confirms this certificate. Its PDF can also "
                     "be checked offline: lyceum-cli verify --certificate FILE."};
const Words kChinese{"zh-CN",
                     "证书验证",
                     "Lyceum 证书验证",
                     "证书有效",
                     "证书已撤销",
                     "未知编号",
                     "持有人",
                     "课程",
                     "颁发日期",
                     "撤销日期",
                     "证书编号",
                     "没有与此编号对应的证书。请核对证书上印的编号。",
                     "颁发此证书的社群确认其有效。证书 PDF 也可离线验证：lyceum-cli verify "
                     "--certificate FILE。"};

QString word(const char *text) {
    return QString::fromUtf8(text);
}

QString dateOf(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString row(const char *label, const QString &id, const QString &value) {
    return QStringLiteral("<dt>") % word(label) % QStringLiteral("</dt><dd id=\"") % id %
           QStringLiteral("\">") % value.toHtmlEscaped() % QStringLiteral("</dd>");
}

} // namespace

PageLanguage pageLanguage(const QByteArray &acceptLanguage, const QString &langQuery) {
    if (langQuery == QLatin1String("zh"))
        return PageLanguage::Chinese;
    if (langQuery == QLatin1String("en"))
        return PageLanguage::English;
    // The first language the browser names decides (weights are rarely out of order).
    const QByteArray first = acceptLanguage.split(',').value(0).trimmed().toLower();
    return first.startsWith("zh") ? PageLanguage::Chinese : PageLanguage::English;
}

QByteArray verifyPage(const std::optional<CertificateRecord> &record, PageLanguage language) {
    const Words &w = language == PageLanguage::Chinese ? kChinese : kEnglish;
    QString state = QStringLiteral("unknown");
    QString status = word(w.unknown);
    QString details;
    QString note = word(w.unknownNote);
    if (record) {
        const bool revoked = record->revokedAt > 0;
        state = revoked ? QStringLiteral("revoked") : QStringLiteral("valid");
        status = word(revoked ? w.revoked : w.valid);
        details = QStringLiteral("<dl>") % row(w.holder, QStringLiteral("holder"), record->holder) %
                  row(w.course, QStringLiteral("course"), record->courseTitle) %
                  row(w.issued, QStringLiteral("issued"), dateOf(record->issuedAt)) %
                  (revoked ? row(w.revokedOn, QStringLiteral("revoked"), dateOf(record->revokedAt))
                           : QString()) %
                  row(w.code, QStringLiteral("code"), record->code) % QStringLiteral("</dl>");
        note = revoked ? QString() : word(w.validNote);
    }
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"") % word(w.lang) %
        QStringLiteral("\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                       "<meta name=\"referrer\" content=\"no-referrer\"><title>") %
        word(w.title) % QStringLiteral("</title><style>") % kStyle %
        QStringLiteral("</style></head><body><main class=\"") % state % QStringLiteral("\"><h1>") %
        word(w.heading) % QStringLiteral("</h1><p class=\"status\" id=\"status\" data-state=\"") %
        state % QStringLiteral("\">") % status % QStringLiteral("</p>") % details %
        (note.isEmpty() ? QString()
                        : QStringLiteral("<p class=\"note\">") % note.toHtmlEscaped() %
                              QStringLiteral("</p>")) %
        QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

QByteArray verifyPageCsp() {
    const QByteArray hash =
        QCryptographicHash::hash(kStyle.toUtf8(), QCryptographicHash::Sha256).toBase64();
    return QByteArrayLiteral("default-src 'none'; style-src 'sha256-") + hash +
           QByteArrayLiteral("'; img-src 'none'; script-src 'none'; base-uri 'none'; "
                             "form-action 'none'; frame-ancestors 'none'");
}

} // namespace lyceum::server
