// lyceum-cli certificates and verify against the real lyceum-server --demo: the demo learner
// marks the three lessons of the demo's certificate course done (as the app does: the marks go
// through the outbox as lesson.done), then `certificates --json` prints an array of exactly
// {course_id, code, issued_at, path} with the PDF on disk; `verify --certificate FILE` exits 0
// and prints the holder and the course with the server's key (--server, --public-key) and
// without one (unpinned), and exits non-zero for tampered text, a tampered signature, a wrong
// key, a file that is not a certificate, a truncated file, and once the creator revoked it
// (through the server). Hostile input: no --certificate, a bad key, a missing file.
#include "cli_runner.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "learning/certificate_codec.h"
#include "server_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

const QString kCourse = QStringLiteral("c-learn-to-learn");

bool markDone(const QString &profile, const QStringList &lessons) {
    Client client(Client::Options{profile, false});
    QSignalSpy opened(&client, &Client::opened);
    client.open();
    if (!opened.wait(30000))
        return false;
    for (const QString &lesson : lessons)
        client.discovery().setLessonDone(lesson, kCourse, true);
    bool read = false;
    client.discovery().fetchLessonProgress(&client,
                                           [&](QVector<reco::LessonProgress>) { read = true; });
    return QTest::qWaitFor([&] { return read; }, 30000);
}

QByteArray http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QString &token = {}) {
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 30000);
    const QByteArray answer = finished ? reply->readAll() : QByteArray();
    delete reply;
    return answer;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliCertificates : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_dir;

    CliRun verify(const QString &file, const QStringList &more = {}) {
        return runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--certificate"), file} +
                      more);
    }

private Q_SLOTS:
    void initTestCase() {
        QString problem;
        if (!keyringAvailable(&problem)) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void earnListAndVerify() {
        const QString profile = m_dir.filePath(QStringLiteral("learner"));
        const QString server = m_server.url().toString();
        CliRun r = runCli({QStringLiteral("--server"), server, QStringLiteral("--profile"), profile,
                           QStringLiteral("login"), QStringLiteral("--user"),
                           QStringLiteral("learner"), QStringLiteral("--password-stdin")},
                          "lyceum-demo\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")}).code, 0);
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("certificates"),
                    QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

        // Two of three lessons: nothing yet; the third earns it.
        QVERIFY(markDone(profile, {QStringLiteral("l-learn-1"), QStringLiteral("l-learn-2")}));
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("certificates"),
                    QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(markDone(profile, {QStringLiteral("l-learn-3")}));
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("certificates"),
                    QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject c = list.first().toObject();
        QStringList keys = c.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("code"), QStringLiteral("course_id"),
                                    QStringLiteral("issued_at"), QStringLiteral("path")}));
        QCOMPARE(c[QLatin1String("course_id")].toString(), kCourse);
        QVERIFY(certificates::isCodeShaped(c[QLatin1String("code")].toString()));
        QVERIFY(c[QLatin1String("issued_at")].toInteger() > 0);
        const QString pdf = c[QLatin1String("path")].toString();
        QVERIFY2(pdf.startsWith(profile), qPrintable(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(int(file.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);

        // Valid: with the server's key, with the key given, and unpinned (a warning).
        r = verify(pdf, {QStringLiteral("--server"), server});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Holder: "));
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("学会学习")));
        const QJsonObject key =
            QJsonDocument::fromJson(http("GET", m_server.url().resolved(QUrl(QStringLiteral(
                                                    "/api/v1/certificates/public-key")))))
                .object();
        const QString publicKey = key[QLatin1String("public_key")].toString();
        QVERIFY(!publicKey.isEmpty());
        r = verify(pdf, {QStringLiteral("--public-key"), publicKey, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject checked = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(checked[QLatin1String("course_id")].toString(), kCourse);
        QVERIFY(checked[QLatin1String("key_pinned")].toBool());
        r = verify(pdf);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("--public-key"));
        QCOMPARE(verify(pdf, {QStringLiteral("--public-key"), QStringLiteral("not base64!")}).code,
                 2);

        // Tampered text: another holder in the signed statement.
        const auto embedded = certificates::findEmbedded(bytes);
        QVERIFY(embedded);
        const QByteArray block = certificates::embeddedBlock(*embedded);
        QVERIFY(bytes.contains(block));
        certificates::Embedded forged = *embedded;
        forged.payload.replace("\"holder\":\"", "\"holder\":\"Mallory ");
        const QString tamperedText = m_dir.filePath(QStringLiteral("text.pdf"));
        QVERIFY(writeFile(tamperedText,
                          QByteArray(bytes).replace(block, certificates::embeddedBlock(forged))));
        r = verify(tamperedText, {QStringLiteral("--public-key"), publicKey});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("NOT VALID"));
        // Tampered signature.
        forged = *embedded;
        forged.signature[5] = char(forged.signature[5] ^ 0x01);
        const QString tamperedSignature = m_dir.filePath(QStringLiteral("signature.pdf"));
        QVERIFY(writeFile(tamperedSignature,
                          QByteArray(bytes).replace(block, certificates::embeddedBlock(forged))));
        QCOMPARE(verify(tamperedSignature, {QStringLiteral("--server"), server}).code, 1);
        // A wrong key.
        const QByteArray otherKey =
            certificates::keyPairFromSeed(QByteArray(32, '\x07')).first.toBase64();
        QCOMPARE(verify(pdf, {QStringLiteral("--public-key"), QString::fromLatin1(otherKey)}).code,
                 1);
        // A key of the forger's own, named in the file: pinning catches it.
        const auto [forgerKey, forgerSecret] = certificates::keyPairFromSeed(QByteArray(32, 'f'));
        forged = *embedded;
        forged.payload.replace("\"holder\":\"", "\"holder\":\"Mallory ");
        forged.signature = certificates::sign(forged.payload, forgerSecret);
        forged.publicKey = forgerKey;
        const QString selfSigned = m_dir.filePath(QStringLiteral("forger.pdf"));
        QVERIFY(writeFile(selfSigned,
                          QByteArray(bytes).replace(block, certificates::embeddedBlock(forged))));
        QCOMPARE(verify(selfSigned, {QStringLiteral("--server"), server}).code, 1);
        // Not a certificate, and a truncated one.
        const QString notOne = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(writeFile(notOne, "%PDF-1.4\n% just a PDF\n%%EOF\n"));
        QCOMPARE(verify(notOne).code, 1);
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.pdf"));
        QVERIFY(writeFile(truncated, bytes.left(bytes.indexOf(block) + block.size() / 2)));
        QCOMPARE(verify(truncated, {QStringLiteral("--server"), server}).code, 1);

        // Revoked by the course's creator: the server says so, the file alone still checks.
        const QString token =
            QJsonDocument::fromJson(
                http("POST", m_server.url().resolved(QUrl(QStringLiteral("/api/v1/auth/login"))),
                     R"({"handle":"creator","password":"lyceum-demo"})"))
                .object()[QLatin1String("access_token")]
                .toString();
        QVERIFY(!token.isEmpty());
        const QByteArray revoke =
            QJsonDocument(
                QJsonObject{{QStringLiteral("client_id"), QStringLiteral("t")},
                            {QStringLiteral("mutations"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("id"), QStringLiteral("r1")},
                                 {QStringLiteral("type"), QStringLiteral("certificate.revoke")},
                                 {QStringLiteral("args"),
                                  QJsonObject{{QStringLiteral("code"), c[QLatin1String("code")]},
                                              {QStringLiteral("reason"),
                                               QStringLiteral("misconduct")}}}}}}})
                .toJson(QJsonDocument::Compact);
        const QByteArray answer =
            http("POST", m_server.url().resolved(QUrl(QStringLiteral("/api/v1/mutations"))), revoke,
                 token);
        QVERIFY2(answer.contains("\"applied\""), answer.constData());
        r = verify(pdf, {QStringLiteral("--server"), server});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("revoked"));
        QCOMPARE(verify(pdf, {QStringLiteral("--public-key"), publicKey}).code, 0);
    }

    void hostileInput() {
        QCOMPARE(runCli({QStringLiteral("verify")}).code, 2);
        QCOMPARE(verify(m_dir.filePath(QStringLiteral("nothing-here.pdf"))).code, 1);
        const QString any = m_dir.filePath(QStringLiteral("any.pdf"));
        QVERIFY(writeFile(any, "LYCEUM-CERTIFICATE-V1 !!! ??? ... END"));
        QCOMPARE(verify(any).code, 1);
        QVERIFY(writeFile(any, "LYCEUM-CERTIFICATE-V1 " + QByteArray(100000, 'A')));
        QCOMPARE(verify(any).code, 1);
        QCOMPARE(verify(any, {QStringLiteral("--public-key"), QStringLiteral("not base64!")}).code,
                 1); // not a certificate, whatever the key
        QCOMPARE(runCli({QStringLiteral("certificates"), QStringLiteral("--json")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCertificates)
#include "tst_cli_certificates.moc"
