// The certificate PDF (ui/learning/certificate_pdf.*): written in English and, with the Chinese
// catalogue installed, in Chinese, each with a CJK font embedded (so a Chinese name and title
// render) and the signed statement embedded so that it verifies with the key that signed it and
// fails with another. LYCEUM_CERTIFICATE_PDF_DIR keeps the files (for screenshots).
#include "learning/certificate_codec.h"
#include "learning/certificate_pdf.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace lyceum;

namespace {

certificatestore::Certificate sample(const QByteArray &secretKey, const QByteArray &publicKey) {
    certificates::Payload p;
    p.code = QStringLiteral("7KQ2-M9XD-3FHT-WC6P");
    p.holder = QStringLiteral("林小雨 Lin Xiaoyu");
    p.courseId = QStringLiteral("c-learn-to-learn");
    p.courseTitle = QStringLiteral("学会学习：三课小结业 Learning how to learn");
    p.issuedAt = 1767225600000LL;
    p.keyId = certificates::keyId(publicKey);
    certificatestore::Certificate c;
    c.code = p.code;
    c.holder = p.holder;
    c.courseId = p.courseId;
    c.courseTitle = p.courseTitle;
    c.issuedAt = p.issuedAt;
    c.payload = p.toBytes();
    c.signature = certificates::sign(c.payload, secretKey);
    c.publicKey = publicKey;
    return c;
}

} // namespace

class TestCertificatePdf : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString dir() const {
        const QString keep = qEnvironmentVariable("LYCEUM_CERTIFICATE_PDF_DIR");
        return keep.isEmpty() ? m_tmp.path() : keep;
    }

private Q_SLOTS:
    void writtenInBothLanguagesAndVerifiable() {
        const auto [publicKey, secretKey] = certificates::keyPairFromSeed(QByteArray(32, 's'));
        const certificatestore::Certificate c = sample(secretKey, publicKey);
        const QString url = QStringLiteral("http://127.0.0.1:8080/verify/") + c.code;
        const QString english = QDir(dir()).filePath(QStringLiteral("certificate_en.pdf"));
        QString error;
        QVERIFY2(ui::writeCertificatePdf(c, url, english, &error), qPrintable(error));

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/lyceum_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        const QString zh = QDir(dir()).filePath(QStringLiteral("certificate_zh.pdf"));
        QVERIFY2(ui::writeCertificatePdf(c, url, zh, &error), qPrintable(error));
        QCoreApplication::removeTranslator(&chinese);

        for (const QString &path : {english, zh}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY2(bytes.contains("NotoSansCJK") || bytes.contains("Noto Sans CJK"),
                     "no CJK font embedded");
            const auto embedded = certificates::findEmbedded(bytes);
            QVERIFY(embedded);
            QCOMPARE(embedded->payload, c.payload);
            QVERIFY(certificates::verify(embedded->payload, embedded->signature, publicKey));
            const QByteArray other = certificates::keyPairFromSeed(QByteArray(32, 'o')).first;
            QVERIFY(!certificates::verify(embedded->payload, embedded->signature, other));
            QCOMPARE(int(f.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        }
        // Not writable: a readable error, no crash.
        QVERIFY(!ui::writeCertificatePdf(c, url, QStringLiteral("/proc/nope/c.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCertificatePdf)
#include "tst_certificate_pdf.moc"
