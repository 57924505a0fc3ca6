// Widgets that need no server: the composer (Write/Preview, Ctrl+Enter, reply target, locked),
// the new-thread dialog, the sync status texts, server URL parsing and the demo launcher's
// start-up handshake (with stand-in server scripts).
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/profile.h"
#include "composer/composer.h"
#include "composer/new_thread_dialog.h"
#include "demo/demo_launcher.h"
#include "login/login_dialog.h"
#include "markdown/markdown_view.h"
#include "outbox/outbox_store.h"
#include "shell/sync_status_widget.h"
#include "thread_check.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace lyceum;
using namespace lyceum::ui;

class TestUiWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/lyceum_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void composerSendsWithCtrlEnter() {
        Composer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy submitted(&composer, &Composer::submitted);
        QVERIFY(!composer.sendButton()->isEnabled());
        // Empty or blank text is not sent.
        QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 0);

        composer.editor()->setFocus();
        // QTest::keyClicks types ASCII only; Chinese arrives as an input method would commit it.
        composer.editor()->insertPlainText(QStringLiteral("**你好**"));
        QTest::keyClicks(composer.editor(), QStringLiteral(" world"));
        QVERIFY(composer.sendButton()->isEnabled());
        QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().at(0).toString(), QStringLiteral("**你好** world"));
        QCOMPARE(submitted.first().at(1).toString(), QString());
        // A plain Return is a new line, not a send.
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);

        composer.setReplyTarget(QStringLiteral("p7"), QStringLiteral("Ada"));
        QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 2);
        QCOMPARE(submitted.last().at(1).toString(), QStringLiteral("p7"));
        composer.clear();
        QVERIFY(composer.replyTargetId().isEmpty());
        QVERIFY(composer.text().isEmpty());
    }

    void composerPreviewRendersSafely() {
        Composer composer;
        composer.setText(QStringLiteral("# Title\n\n<script>x</script>"));
        composer.tabs()->setCurrentIndex(1);
        QVERIFY(composer.preview()->isVisibleTo(&composer));
        QVERIFY(composer.preview()->toPlainText().contains(QStringLiteral("Title")));
        QVERIFY(composer.preview()->toPlainText().contains(QStringLiteral("<script>")));
        QVERIFY(!composer.preview()->toPlainText().contains(QStringLiteral("# Title")));
    }

    void lockedComposerDoesNotSend() {
        Composer composer;
        QSignalSpy submitted(&composer, &Composer::submitted);
        composer.setText(QStringLiteral("text"));
        composer.setLocked(true, QStringLiteral("locked"));
        QVERIFY(!composer.canSend());
        QVERIFY(!composer.sendButton()->isEnabled());
        QVERIFY(!composer.editor()->isEnabled());
        QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 0);
    }

    void newThreadDialogNeedsTitleAndBody() {
        NewThreadDialog dialog(QStringLiteral("General"));
        dialog.show();
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.titleField()->insert(QStringLiteral("如何复习？"));
        QVERIFY(!ok->isEnabled());
        dialog.composer()->editor()->setFocus();
        QTest::keyClicks(dialog.composer()->editor(), QStringLiteral("Body"));
        QVERIFY(ok->isEnabled());
        dialog.setKind(ThreadKind::Question);
        QCOMPARE(dialog.kind(), ThreadKind::Question);
        QTest::keyClick(dialog.composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.title(), QStringLiteral("如何复习？"));
        QCOMPARE(dialog.body(), QStringLiteral("Body"));
    }

    void syncStatusTexts() {
        const qint64 now = 1'700'000'000'000;
        SyncStatus status;
        QCOMPARE(SyncStatusWidget::describe(status, now), QStringLiteral("Not synced yet"));
        status.state = SyncStatus::State::Syncing;
        status.received = 120;
        QCOMPARE(SyncStatusWidget::describe(status, now), QStringLiteral("Syncing… 120 changes"));
        status.state = SyncStatus::State::Idle;
        status.lastSyncedAt = now - 3 * 60'000;
        status.outboxWaiting = 2;
        QCOMPARE(SyncStatusWidget::describe(status, now),
                 QStringLiteral("Synced 3 minutes ago · 2 posts waiting to send"));
        status.state = SyncStatus::State::Offline;
        status.outboxWaiting = 1;
        QCOMPARE(SyncStatusWidget::describe(status, now),
                 QStringLiteral("Offline · 1 post waiting to send"));
        // The search index catching up after a large pull says how far it has come.
        status.searchIndexed = 300;
        status.searchWaiting = 700;
        QCOMPARE(SyncStatusWidget::describe(status, now),
                 QStringLiteral("Offline · 1 post waiting to send · Indexing for search: 30 %"));
        status.searchWaiting = 0;
        QCOMPARE(SyncStatusWidget::describe(status, now),
                 QStringLiteral("Offline · 1 post waiting to send"));
        SyncStatusWidget widget;
        widget.setStatus(status);
        QVERIFY(widget.text().startsWith(QStringLiteral("Offline")));
    }

    void serverUrlParsing() {
        QCOMPARE(LoginDialog::normalizedServerUrl(QStringLiteral("community.example.com")),
                 QUrl(QStringLiteral("https://community.example.com")));
        QCOMPARE(LoginDialog::normalizedServerUrl(QStringLiteral(" http://127.0.0.1:8080 ")),
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(LoginDialog::normalizedServerUrl(QStringLiteral("ftp://x.y")).isEmpty());
        QVERIFY(LoginDialog::normalizedServerUrl(QStringLiteral("")).isEmpty());
    }

    // The address is judged as it is typed; nothing is sent (the dialog is never submitted).
    void loginWarnsAboutPlainHttpToAnotherMachine() {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        Client client(Client::Options{profile.path(), false});
        LoginDialog dialog(&client);
        QLabel *warning = dialog.plainHttpWarningLabel();
        QVERIFY(warning);
        QVERIFY(warning->isHidden());
        const auto typed = [&dialog](const QString &text) {
            dialog.serverField()->clear();
            QTest::keyClicks(dialog.serverField(), text);
        };
        typed(QStringLiteral("http://community.example.com"));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QLatin1String("community.example.com")),
                 qPrintable(warning->text()));
        for (const QString &quiet :
             {QStringLiteral("community.example.com"), QStringLiteral("https://example.com"),
              QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("http://localhost:8080")}) {
            typed(quiet);
            QVERIFY2(warning->isHidden(), qPrintable(quiet));
        }
        typed(QStringLiteral("http://192.168.1.20:8080"));
        QVERIFY(!warning->isHidden());
    }

    // The keychain enabled but unreachable (the session bus address points at nothing): nothing
    // can be remembered, so the dialog says why and does not offer it.
    void loginWithoutKeychainDoesNotOfferRemember() {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const bool hadBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(profile.filePath(QStringLiteral("no-bus"))));
        const auto restore = qScopeGuard([&] {
            if (hadBus)
                qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
            else
                qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        });
        Client client(Client::Options{profile.path(), true});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(30000));
        QVERIFY(!client.sessionPersistent());
        QVERIFY2(client.keychainProblem().contains(QLatin1String("keychain")),
                 qPrintable(client.keychainProblem()));
        LoginDialog dialog(&client);
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("LoginRemember"));
        QVERIFY(remember);
        QVERIFY(!remember->isChecked());
        QVERIFY(!remember->isEnabled());
        bool told = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            told |= label->text().contains(client.keychainProblem());
        QVERIFY(told);
    }

    // Another account on a profile whose account has unsent work: the dialog says so and signs
    // in only when asked again for that account; the same account signs in at once.
    void anotherAccountOffersTheUnsentWorkFirst() {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        Profile owner;
        owner.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        owner.handle = QStringLiteral("alice");
        QString error;
        QVERIFY2(owner.save(profile.path(), &error), qPrintable(error));
        {
            const threadcheck::Exempt setup; // the test writes the profile before the app opens it
            CacheDatabase db(QStringLiteral("unsent-setup"));
            QVERIFY2(db.open(profile.filePath(QStringLiteral("cache.sqlite")), &error),
                     qPrintable(error));
            QString mutationId;
            QVERIFY2(outboxstore::enqueue(db, QStringLiteral("post.create"), QStringLiteral("p1"),
                                          {{QStringLiteral("body"), QStringLiteral("未发送")}},
                                          &mutationId, &error),
                     qPrintable(error));
        }
        Client client(Client::Options{profile.path(), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(10000));
        QCOMPARE(client.syncStatus().outboxWaiting, 1);
        LoginDialog dialog(&client);
        QCOMPARE(dialog.handleField()->text(), QStringLiteral("alice"));
        QSignalSpy finished(&client, &Client::loginFinished);

        dialog.handleField()->setText(QStringLiteral("bob"));
        dialog.passwordField()->setText(QStringLiteral("pw"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY(dialog.serverField()->isEnabled()); // not signing in
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("alice")),
                 qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("Discard and sign in"));
        // LYCEUM_SHOTS=DIR: also saves the dialog as it asks.
        if (const QString shots = qEnvironmentVariable("LYCEUM_SHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/login-unsent-work.png")));
        }

        // Back to the owner: no question, and signing in starts at once.
        dialog.handleField()->setText(QStringLiteral("Alice"));
        QVERIFY(dialog.errorLabel()->isHidden());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("Sign in"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY(!dialog.serverField()->isEnabled());
        QVERIFY(finished.wait(30000)); // nothing listens there
        QVERIFY(dialog.serverField()->isEnabled());

        // Another account, confirmed by a second press: it goes ahead.
        dialog.handleField()->setText(QStringLiteral("bob"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY(dialog.serverField()->isEnabled());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("Discard and sign in"));
        finished.clear();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY(!dialog.serverField()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(client.syncStatus().outboxWaiting, 1); // the login failed: nothing was wiped
    }

    void demoLauncherReportsAMissingServer() {
        QTemporaryDir dir;
        DemoLauncher launcher(dir.filePath(QStringLiteral("no-such-server")),
                              dir.filePath(QStringLiteral("data")));
        QSignalSpy failed(&launcher, &DemoLauncher::failed);
        launcher.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("not found")));
    }

    void demoLauncherWaitsForTheListeningLine() {
        QTemporaryDir dir;
        const QString script = writeScript(
            dir,
            QStringLiteral(
                "#!/bin/sh\necho \"seeding\"\nsleep 0.2\n"
                "echo \"lyceum-server: listening on http://127.0.0.1:45678\"\nexec sleep 30\n"));
        DemoLauncher launcher(script, dir.filePath(QStringLiteral("data")));
        QSignalSpy ready(&launcher, &DemoLauncher::ready);
        launcher.start();
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(0).toUrl(), QUrl(QStringLiteral("http://127.0.0.1:45678")));
        QVERIFY(launcher.arguments().contains(QStringLiteral("--demo")));
        QVERIFY(launcher.isRunning());
        launcher.stop();
        QVERIFY(!launcher.isRunning());
    }

    void demoLauncherReportsAnEarlyExit() {
        QTemporaryDir dir;
        const QString script = writeScript(
            dir, QStringLiteral("#!/bin/sh\necho \"cannot open database\" >&2\nexit 3\n"));
        DemoLauncher launcher(script, dir.filePath(QStringLiteral("data")));
        QSignalSpy failed(&launcher, &DemoLauncher::failed);
        launcher.start();
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("exit code 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot open database")), qPrintable(message));
    }

private:
    static QString writeScript(const QTemporaryDir &dir, const QString &text) {
        const QString path = dir.filePath(QStringLiteral("fake-server"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(text.toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QTranslator m_english;
};

QTEST_MAIN(TestUiWidgets)
#include "tst_ui_widgets.moc"
