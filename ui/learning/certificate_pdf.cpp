#include "learning/certificate_pdf.h"

#include "domain/private_files.h"
#include "learning/certificate_codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace lyceum::ui {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::ui", text);
}

// XMP with the title and the signed block; the block is plain ASCII, so it stays readable in
// the file's bytes (Qt writes the metadata stream uncompressed, as PDF/A asks).
QByteArray xmp(const QString &title, const QByteArray &block) {
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                             "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                             "<rdf:Description rdf:about=''"
                             " xmlns:dc='http://purl.org/dc/elements/1.1/'"
                             " xmlns:lyceum='urn:lyceum:certificate:1'>\n"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>") +
           title.toHtmlEscaped().toUtf8() +
           QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n<lyceum:signed>") + block +
           QByteArrayLiteral("</lyceum:signed>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
                             "<?xpacket end='w'?>");
}

QFont font(int pointSize, bool bold = false) {
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

void drawPage(QPainter &p, const certificatestore::Certificate &c, const QString &verifyUrl) {
    const QRect page = p.viewport();
    const int unit = page.width() / 100; // layout in hundredths of the page width
    const QColor ink(0x1d, 0x1d, 0x1b);
    const QColor muted(0x6b, 0x6b, 0x66);
    const QColor accent(0x8a, 0x5a, 0x12);
    // Paper is white whatever the screen's theme.
    p.fillRect(page, Qt::white);
    p.setPen(QPen(accent, unit / 3.0));
    p.drawRect(page.adjusted(unit * 2, unit * 2, -unit * 2, -unit * 2));
    p.setPen(QPen(accent, unit / 8.0));
    p.drawRect(page.adjusted(unit * 3, unit * 3, -unit * 3, -unit * 3));

    int y = unit * 9;
    const auto line = [&](const QString &text, const QFont &f, const QColor &color, int height) {
        p.setFont(f);
        p.setPen(color);
        p.drawText(QRect(page.left() + unit * 6, y, page.width() - unit * 12, height),
                   Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
        y += height;
    };
    line(QStringLiteral("Lyceum"), font(16, true), accent, unit * 4);
    line(tr("Certificate of completion"), font(30, true), ink, unit * 7);
    y += unit * 2;
    line(tr("This certifies that"), font(14), muted, unit * 4);
    line(c.holder, font(28, true), ink, unit * 6);
    line(tr("has completed the course"), font(14), muted, unit * 4);
    line(c.courseTitle, font(22, true), ink, unit * 9);
    y += unit;
    const QString date =
        QDateTime::fromMSecsSinceEpoch(c.issuedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    line(tr("Issued %1").arg(date), font(13), ink, unit * 3);
    line(tr("Certificate code %1").arg(c.code), font(13, true), ink, unit * 3);
    if (!verifyUrl.isEmpty())
        line(tr("Check it at %1").arg(verifyUrl), font(10), muted, unit * 3);
    line(tr("Signed by the community (Ed25519 key %1); check this file offline with "
            "lyceum-cli verify --certificate FILE.")
             .arg(certificates::keyId(c.publicKey)),
         font(9), muted, unit * 3);
}

} // namespace

bool writeCertificatePdf(const certificatestore::Certificate &c, const QString &verifyUrl,
                         const QString &path, QString *error) {
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    };
    if (!makePrivateDir(QFileInfo(path).absolutePath()) || !makePrivateFile(path))
        return fail(tr("the folder is not writable"));
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        pdf.setResolution(300);
        const QString title = tr("Certificate %1").arg(c.code);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Lyceum"));
        pdf.setDocumentXmpMetadata(
            xmp(title, certificates::embeddedBlock({c.payload, c.signature, c.publicKey})));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(tr("the PDF could not be started"));
        drawPage(painter, c, verifyUrl);
        painter.end();
    }
    // What was written must carry the block a verifier looks for.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return fail(written.errorString());
    if (!certificates::findEmbedded(written.readAll()))
        return fail(tr("the signature could not be embedded"));
    setPrivateMode(path);
    return true;
}

} // namespace lyceum::ui
