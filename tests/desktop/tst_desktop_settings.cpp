// Start at login writes and removes the XDG autostart entry (a valid desktop entry that starts
// this program), and the tray's unread badge is drawn only when there is something unread.
#include "desktop/autostart.h"
#include "desktop/tray_badge.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum::ui;

class TestDesktopSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QStandardPaths::setTestModeEnabled(false);
    }

    void startAtLoginWritesAndRemovesTheEntry() {
        const QString path = autostart::entryPath();
        QVERIFY(path.startsWith(m_config.path() + QStringLiteral("/autostart/")));
        QVERIFY(!autostart::isEnabled());
        QString error;
        // A path that needs quoting in Exec.
        QVERIFY2(autostart::setEnabled(true, &error, QStringLiteral("/opt/my apps/\"lyceum\"")),
                 qPrintable(error));
        QVERIFY(autostart::isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("Exec=\"/opt/my apps/\\\"lyceum\\\"\"\n"), text.constData());
        file.close();
        if (!QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
            QProcess validate;
            validate.start(QStringLiteral("desktop-file-validate"), {path});
            QVERIFY(validate.waitForFinished(30000));
            QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
        }
        QVERIFY(autostart::setEnabled(false, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!autostart::isEnabled());
        QVERIFY(autostart::setEnabled(false, &error)); // already off: fine
    }

    void theBadgeShowsOnlyWhenSomethingIsUnread() {
        QCOMPARE(unreadBadgeText(0), QString());
        QCOMPARE(unreadBadgeText(-3), QString());
        QCOMPARE(unreadBadgeText(7), QStringLiteral("7"));
        QCOMPARE(unreadBadgeText(99), QStringLiteral("99"));
        QCOMPARE(unreadBadgeText(100), QStringLiteral("99+"));
        QPixmap white(32, 32);
        white.fill(Qt::white);
        const QIcon base(white);
        const QImage plain = iconWithUnreadBadge(base, 0).pixmap(32, 32).toImage();
        const QImage badged = iconWithUnreadBadge(base, 5).pixmap(32, 32).toImage();
        QCOMPARE(plain.pixelColor(28, 4), QColor(Qt::white));
        if (qEnvironmentVariableIsSet("LYCEUM_BADGE_PNG"))
            badged.save(qEnvironmentVariable("LYCEUM_BADGE_PNG"));
        QVERIFY(badged.pixelColor(22, 16) != QColor(Qt::white)); // inside the badge
        QCOMPARE(badged.pixelColor(4, 28), QColor(Qt::white));   // the rest untouched
    }
};

QTEST_MAIN(TestDesktopSettings)
#include "tst_desktop_settings.moc"
