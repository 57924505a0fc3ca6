// Nothing on the GUI thread reads or writes files or the database (docs/architecture.md,
// "Threads"). The test build compiles the check in (LYCEUM_THREAD_CHECKS): the cache's entry
// points and the file helpers of the client core (image store, spam model files, downloads)
// report a call made on the GUI thread of a QGuiApplication. Here: the check fires (recorded,
// and fatal in a child process), and the client core's services that used to touch the disk on
// the caller's thread (the spam models read on first use while painting posts, images read and
// written on the caller's thread) now do it on a worker, without one violation.
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/moderation_service.h"
#include "client/studio_service.h"
#include "moderation/moderation_files.h"
#include "spam/spam_model.h"
#include "studio/image_store.h"
#include "thread_check.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lyceum;

namespace {

// Records violations instead of dying, for the scope of one test.
class Recorder {
public:
    Recorder() {
        m_before = threadcheck::setHandler(
            [this](const char *where) { m_where << QString::fromLatin1(where); });
    }
    ~Recorder() { threadcheck::setHandler(m_before); }
    const QStringList &where() const { return m_where; }

private:
    threadcheck::Handler m_before;
    QStringList m_where;
};

QByteArray trainedModel() {
    spam::SpamModel model;
    for (int i = 0; i < 3; ++i) {
        model.learn(
            QStringLiteral("加微信 13900001111 免费领取红包 http://cheap.example/%1").arg(i), true);
        model.learn(QStringLiteral("请问第%1课的作业怎么提交？").arg(i), false);
    }
    return model.save();
}

} // namespace

class TestThreadChecks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theTestBuildChecks() { QVERIFY(threadcheck::enabled()); }

    // The cache's entry point and each file helper report a call on the GUI thread.
    void callsOnTheGuiThreadAreCaught() {
        Recorder recorder;
        {
            CacheDatabase db(QStringLiteral("gui-thread"));
            QString error;
            db.open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error);
        }
        QVERIFY2(recorder.where().contains(QStringLiteral("CacheDatabase::open")),
                 qPrintable(recorder.where().join(u',')));
        QString error;
        moderationfiles::loadModel(m_dir.filePath(QStringLiteral("none.lyspam")), &error);
        QVERIFY(recorder.where().contains(QStringLiteral("moderationfiles::loadModel")));
        imagestore::exists(m_dir.path(), QStringLiteral("abc"));
        QVERIFY(recorder.where().contains(QStringLiteral("imagestore::exists")));
    }

    // The same calls on another thread are fine, and an exempt scope (a test's own setup) too.
    void callsElsewhereAreNot() {
        Recorder recorder;
        QThread *thread = QThread::create([this] {
            QString error;
            moderationfiles::loadModel(m_dir.filePath(QStringLiteral("none.lyspam")), &error);
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        {
            const threadcheck::Exempt setup;
            imagestore::exists(m_dir.path(), QStringLiteral("abc"));
        }
        QVERIFY2(recorder.where().isEmpty(), qPrintable(recorder.where().join(u',')));
    }

    // Without a handler the check is fatal and names the place: a child process opens the cache
    // on its GUI thread and dies.
    void aViolationIsFatal() {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LYCEUM_THREAD_CHECK_CHILD"), m_dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("childOpensTheCache")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0,
                 output.constData());
        QVERIFY2(output.contains("GUI thread: CacheDatabase::open"), output.constData());
    }

    void childOpensTheCache() {
        const QString dir = qEnvironmentVariable("LYCEUM_THREAD_CHECK_CHILD");
        if (dir.isEmpty())
            QSKIP("run by aViolationIsFatal in a child process");
        CacheDatabase db(QStringLiteral("child"));
        QString error;
        db.open(QDir(dir).filePath(QStringLiteral("child.sqlite")), &error);
        QFAIL("the check did not stop the process");
    }

    // The spam models are read when the profile opens, on the cache worker; scoring while
    // painting touches no disk. Images are added on the worker too.
    void theClientKeepsTheGuiThreadOffTheDisk() {
        const QString profile = m_dir.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(profile));
        const QByteArray model = trainedModel();
        for (const QString &name :
             {QStringLiteral("spam-model.lyspam"), QStringLiteral("community-spam.lyspam")}) {
            QFile file(QDir(profile).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(model), model.size());
        }
        QImage picture(40, 20, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QString png = m_dir.filePath(QStringLiteral("picture.png"));
        QVERIFY(picture.save(png));

        Recorder recorder;
        QString added;
        {
            Client client(Client::Options{profile, false});
            QSignalSpy modelRead(&client.moderation(), &ModerationService::spamModelChanged);
            QSignalSpy opened(&client, &Client::opened);
            // Before the profile is read: nothing scored, nothing read here.
            QVERIFY(!client.moderation().isLikelySpam(QStringLiteral("加微信 免费领取红包")));
            client.open();
            QVERIFY(opened.wait(10000));
            QVERIFY(modelRead.wait(10000) || !modelRead.isEmpty());
            // Read now: this moderator's model scores (it has seen spam and ham).
            QVERIFY(client.moderation().spamScore(QStringLiteral("免费领取红包")).has_value());
            client.moderation().isLikelySpam(QStringLiteral("加微信 免费领取红包"));
            client.moderation().learnSpam(QStringLiteral("第四课的作业在哪里？"), false);

            bool answered = false;
            client.studio().addImage(png, &client, [&](const QString &id, const QString &error) {
                added = id;
                answered = true;
                QVERIFY2(error.isEmpty(), qPrintable(error));
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
            QVERIFY(!added.isEmpty());
        }
        QVERIFY2(recorder.where().isEmpty(), qPrintable(recorder.where().join(u',')));
        QVERIFY(QFile::exists(imagestore::path(profile, added)));
    }
};

int main(int argc, char **argv) {
    QApplication app(argc, argv); // a GUI thread: the checks apply
    TestThreadChecks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_thread_checks.moc"
