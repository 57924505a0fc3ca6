// The community switcher in a running session, driven by the keyboard: the demo session (a real
// demo server) lists the demo, a second remembered profile and "Add a community…"; choosing the
// other profile asks for a restart into exactly that profile and leaves this window as it is;
// "Add a community…" asks for a restart into a new, unused profile folder; and a session started
// the way the restart starts it opens that profile (here: not signed in, so the sign-in dialog).
#include "client/client.h"
#include "desktop/profile_list.h"
#include "desktop/profile_switcher.h"
#include "login/login_dialog.h"
#include "shell/app_session.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::ui;

class TestProfileSwitch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

    QString path(const QString &name) const { return m_home.filePath(name); }
    StartupOptions options(bool demo, const QString &profileDir) const {
        StartupOptions o;
        o.demo = demo;
        o.profileDir = profileDir;
        o.language = QStringLiteral("en");
        o.serverBinary = qEnvironmentVariable("LYCEUM_SERVER_BIN");
        o.demoDataDir = path(QStringLiteral("demo-server"));
        o.demoProfileDir = path(QStringLiteral("profiles/demo"));
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        // The settings (the list of profiles) live in the test's own folder.
        qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LyceumTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ProfileSwitch"));
        QVERIFY(!qEnvironmentVariable("LYCEUM_SERVER_BIN").isEmpty());
    }

    void switchesByKeyboardIntoTheChosenProfile() {
        const QString other = path(QStringLiteral("profiles/other"));
        QVERIFY(QDir().mkpath(other));
        {
            QSettings settings;
            ProfileList(&settings, path(QStringLiteral("profiles/demo"))).remember(other);
        }
        AppSession session(options(true, QString()));
        QSignalSpy quit(&session, &AppSession::quitRequested);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow() && session.mainWindow()->isVisible(), 60000);
        auto *switcher = session.mainWindow()->findChild<ProfileSwitcher *>();
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 3); // the demo, the other profile, "Add a community…"
        QCOMPARE(switcher->currentIndex(), 0);
        QVERIFY(switcher->itemText(1).contains(QStringLiteral("Not signed in")));
        QCOMPARE(switcher->itemText(2), QStringLiteral("Add a community…"));

        QSignalSpy switched(switcher, &ProfileSwitcher::switchRequested);
        switcher->setFocus();
        QTest::keyClick(switcher, Qt::Key_Down);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(QDir::cleanPath(switched.first().at(0).toString()), QDir::cleanPath(other));
        QCOMPARE(switched.first().at(1).toBool(), false);
        QCOMPARE(quit.count(), 1);
        QVERIFY(session.restartRequested());
        QCOMPARE(session.restartArguments().size(), 2);
        QCOMPARE(session.restartArguments().at(0), QStringLiteral("--profile"));
        QCOMPARE(QDir::cleanPath(session.restartArguments().at(1)), QDir::cleanPath(other));
        // This process stays on the demo until it is replaced.
        QCOMPARE(switcher->currentIndex(), 0);

        // "Add a community…": a new folder, neither the demo's nor the other one.
        QSignalSpy added(switcher, &ProfileSwitcher::addRequested);
        switcher->setCurrentIndex(1);
        QTest::keyClick(switcher, Qt::Key_Down);
        QCOMPARE(added.count(), 1);
        QCOMPARE(quit.count(), 2);
        const QStringList args = session.restartArguments();
        QCOMPARE(args.size(), 2);
        QCOMPARE(args.at(0), QStringLiteral("--profile"));
        QVERIFY(!args.at(1).isEmpty());
        QVERIFY(QDir::cleanPath(args.at(1)) != QDir::cleanPath(other));
        QVERIFY(QDir::cleanPath(args.at(1)) !=
                QDir::cleanPath(path(QStringLiteral("profiles/demo"))));
        QVERIFY(!QFileInfo::exists(args.at(1) + QStringLiteral("/profile.json")));
        session.shutdown();
    }

    void theRestartOpensThatProfile() {
        const QString other = path(QStringLiteral("profiles/other"));
        AppSession session(options(false, other));
        session.start();
        LoginDialog *login = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QWidgetList windows = QApplication::topLevelWidgets();
                for (QWidget *window : windows) {
                    if (auto *dialog = qobject_cast<LoginDialog *>(window);
                        dialog && dialog->isVisible())
                        login = dialog;
                }
                return login != nullptr;
            }(),
            30000);
        QVERIFY(session.client());
        QVERIFY(session.client()->serverUrl().isEmpty()); // a new community: nothing signed in
        QVERIFY(!session.mainWindow() || !session.mainWindow()->isVisible());
        session.shutdown();
    }
};

QTEST_MAIN(TestProfileSwitch)
#include "tst_profile_switch.moc"
