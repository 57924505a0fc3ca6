// GET /verify/CODE opened as a person would: in a real browser from Debian (headless Chromium,
// package chromium-headless-shell or chromium), against a real in-process server. The DOM the
// browser built says valid / revoked / unknown with the holder, course and date; a holder named
// with <script> and <img> tags stays text (no script or img element exists); the page loads
// nothing else and the browser reports no Content-Security-Policy violation (so the inline
// style's hash matches and nothing was blocked); Chinese via ?lang=zh. Skips only when no
// browser is installed outside CI (CI sets LYCEUM_REQUIRE_BROWSER=1 or CI).
#include "server/learning/certificate_service.h"
#include "server/learning/certificate_storage.h"
#include "sync_fixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QString browser() {
    const QString chosen = qEnvironmentVariable("LYCEUM_CHROMIUM");
    if (!chosen.isEmpty())
        return chosen;
    for (const char *name : {"chromium-headless-shell", "chromium", "chromium-browser"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

struct Page {
    int code = -1;
    QString dom;
    QByteArray log;
};

// Polls (the in-process server answers from this thread's event loop).
Page open(const QString &url) {
    QProcess p;
    p.setProgram(browser());
    p.setArguments({QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                    QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0"),
                    QStringLiteral("--dump-dom"), url});
    p.start();
    Page page;
    if (!p.waitForStarted(10000))
        return page;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90000)) {
        p.kill();
        p.waitForFinished();
        return page;
    }
    page.code = p.exitCode();
    page.dom = QString::fromUtf8(p.readAllStandardOutput());
    page.log = p.readAllStandardError();
    return page;
}

} // namespace

class TestVerifyPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (browser().isEmpty()) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_BROWSER") == 1 ||
                !qEnvironmentVariable("CI").isEmpty())
                QFAIL("No headless Chromium: install chromium-headless-shell "
                      "(scripts/install-deps.sh).");
            QSKIP("no headless Chromium installed (chromium-headless-shell)");
        }
    }

    void aBrowserShowsTheCertificate() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        seedSyncFixture(s);
        User hostile;
        hostile.id = QStringLiteral("u-hostile");
        hostile.handle = QStringLiteral("hostile");
        hostile.displayName =
            QStringLiteral("<script>document.title='pwned'</script><img src=x>李雷");
        QVERIFY(s.storage().insertUser(hostile, QString()));
        s.storage().setLessonDone(hostile.id, QStringLiteral("l-open"), QStringLiteral("c-free"),
                                  true, s.clock().nowMs());
        const auto cert = server::CertificateService(s.storage(), s.clock())
                              .issueIfEarned(hostile, QStringLiteral("c-free"));
        QVERIFY(cert);
        const QString base = QStringLiteral("http://127.0.0.1:%1/verify/").arg(s.port());

        const Page en = open(base + cert->code);
        QCOMPARE(en.code, 0);
        QVERIFY2(en.dom.contains(QStringLiteral("data-state=\"valid\"")), qPrintable(en.dom));
        QVERIFY(en.dom.contains(QStringLiteral("Valid certificate")));
        QVERIFY(en.dom.contains(QStringLiteral("Go 并发"))); // the course, as issued
        QVERIFY(en.dom.contains(QStringLiteral("2026-01-01")));
        // The hostile name is text: the browser made no script or img element of it.
        QVERIFY(en.dom.contains(QStringLiteral("&lt;script&gt;document.title='pwned'")));
        QVERIFY(!en.dom.contains(QStringLiteral("<script")));
        QVERIFY(!en.dom.contains(QStringLiteral("<img")));
        QVERIFY(en.dom.contains(QStringLiteral("<title>Certificate check</title>")));
        QVERIFY2(!en.log.contains("Content Security Policy") && !en.log.contains("Refused to"),
                 en.log.constData());

        const Page zh = open(base + cert->code.toLower() + QStringLiteral("?lang=zh"));
        QCOMPARE(zh.code, 0);
        QVERIFY(zh.dom.contains(QStringLiteral("证书有效")));
        QVERIFY(zh.dom.contains(QStringLiteral("lang=\"zh-CN\"")));

        s.storage().revokeCertificate(cert->code, QStringLiteral("u-boss"), QString(),
                                      s.clock().nowMs());
        const Page revoked = open(base + cert->code);
        QVERIFY(revoked.dom.contains(QStringLiteral("data-state=\"revoked\"")));
        const Page unknown = open(base + QStringLiteral("AAAA-AAAA-AAAA-AAAA"));
        QVERIFY(unknown.dom.contains(QStringLiteral("data-state=\"unknown\"")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyPage)
#include "tst_verify_page.moc"
