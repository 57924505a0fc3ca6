// lyceum-cli library --json against the real lyceum-server --demo: an array of exactly
// {course_id, title, owned, progress, lessons_done, lessons_total, next_lesson_id}; a new
// learner's library is empty; a bought course is listed as owned with no progress and its first
// lesson next; a free course whose lesson was opened is listed as followed, not owned; once
// every lesson of the bought course is marked done (progress kept on this device), progress is
// 1 and next_lesson_id is null. Hostile input: an unknown option and a missing profile.
#include "cli_runner.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QJsonObject entryFor(const QJsonArray &library, const QString &courseId) {
    for (const QJsonValue &v : library)
        if (v[QLatin1String("course_id")].toString() == courseId)
            return v.toObject();
    return {};
}

// Writes lesson progress into the profile's cache as the app does (the CLI has no command for
// it: progress is what the learner does in the player).
bool recordProgress(const QString &profile, const QStringList &done, const QString &courseId,
                    const QString &openedLesson, const QString &openedCourse) {
    Client client(Client::Options{profile, false});
    QSignalSpy opened(&client, &Client::opened);
    client.open();
    if (!opened.wait(30000))
        return false;
    for (const QString &lesson : done)
        client.discovery().setLessonDone(lesson, courseId, true);
    if (!openedLesson.isEmpty())
        client.discovery().lessonOpened(openedLesson, openedCourse);
    // The cache worker runs jobs in order: this read comes after the writes.
    bool read = false;
    client.discovery().fetchLessonProgress(&client,
                                           [&](QVector<reco::LessonProgress>) { read = true; });
    return QTest::qWaitFor([&] { return read; }, 30000);
}

} // namespace

class TestCliLibrary : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;

    QJsonArray library(const QString &profile) {
        const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("library"),
                                 QStringLiteral("--json")});
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        if (r.code != 0 || !doc.isArray())
            qWarning() << "library failed:" << r.code << r.out << r.err;
        return doc.array();
    }

    QJsonArray lessons(const QString &profile, const QString &course) {
        const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("lessons"),
                                 QStringLiteral("--course"), course, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array();
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

    void libraryJson() {
        const QString profile = m_profiles.filePath(QStringLiteral("learner"));
        CliRun r = runCli({QStringLiteral("--server"), m_server.url().toString(),
                           QStringLiteral("--profile"), profile, QStringLiteral("login"),
                           QStringLiteral("--user"), QStringLiteral("learner"),
                           QStringLiteral("--password-stdin")},
                          "lyceum-demo\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")}).code, 0);
        QVERIFY(library(profile).isEmpty()); // nothing bought or opened yet

        // Buy a paid course; pick a free one to follow.
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("courses"),
                    QStringLiteral("--json")});
        QString paid, free;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const bool entitled = v[QLatin1String("entitled")].toBool();
            const qint64 price = v[QLatin1String("price")].toInteger();
            if (paid.isEmpty() && price > 0 && !entitled && v[QLatin1String("lessons")].toInt() > 1)
                paid = v[QLatin1String("id")].toString();
            if (free.isEmpty() && price == 0 && v[QLatin1String("lessons")].toInt() > 0)
                free = v[QLatin1String("id")].toString();
        }
        QVERIFY(!paid.isEmpty() && !free.isEmpty());
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("buy"),
                    QStringLiteral("--course"), paid, QStringLiteral("--card"),
                    QStringLiteral("4242424242424242")});
        QVERIFY2(r.code == 0, r.err.constData());

        const QJsonArray paidLessons = lessons(profile, paid);
        const QJsonArray freeLessons = lessons(profile, free);
        QVERIFY(paidLessons.size() > 1 && !freeLessons.isEmpty());
        QJsonArray shelf = library(profile);
        QCOMPARE(shelf.size(), 1);
        const QJsonObject bought = shelf.first().toObject();
        QStringList keys = bought.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("course_id"), QStringLiteral("lessons_done"),
                                    QStringLiteral("lessons_total"),
                                    QStringLiteral("next_lesson_id"), QStringLiteral("owned"),
                                    QStringLiteral("progress"), QStringLiteral("title")}));
        QCOMPARE(bought[QLatin1String("course_id")].toString(), paid);
        QVERIFY(bought[QLatin1String("owned")].toBool());
        QCOMPARE(bought[QLatin1String("progress")].toDouble(), 0.0);
        QCOMPARE(bought[QLatin1String("lessons_done")].toInt(), 0);
        QCOMPARE(bought[QLatin1String("lessons_total")].toInt(), int(paidLessons.size()));
        QCOMPARE(bought[QLatin1String("next_lesson_id")].toString(),
                 paidLessons.first()[QLatin1String("id")].toString());
        QVERIFY(!bought[QLatin1String("title")].toString().isEmpty());

        // One lesson of the paid course done, a free lesson opened.
        QVERIFY(recordProgress(profile, {paidLessons.first()[QLatin1String("id")].toString()}, paid,
                               freeLessons.first()[QLatin1String("id")].toString(), free));
        shelf = library(profile);
        QCOMPARE(shelf.size(), 2);
        const QJsonObject followed = entryFor(shelf, free);
        QVERIFY(!followed.isEmpty());
        QVERIFY(!followed[QLatin1String("owned")].toBool());
        QCOMPARE(followed[QLatin1String("lessons_done")].toInt(), 0);
        const QJsonObject started = entryFor(shelf, paid);
        QCOMPARE(started[QLatin1String("lessons_done")].toInt(), 1);
        QCOMPARE(started[QLatin1String("progress")].toDouble(), 1.0 / paidLessons.size());
        QCOMPARE(started[QLatin1String("next_lesson_id")].toString(),
                 paidLessons.at(1)[QLatin1String("id")].toString());

        // Every lesson done: progress 1 and a null next lesson.
        QStringList all;
        for (const QJsonValue &l : paidLessons)
            all << l[QLatin1String("id")].toString();
        QVERIFY(recordProgress(profile, all, paid, {}, {}));
        const QJsonObject finished = entryFor(library(profile), paid);
        QCOMPARE(finished[QLatin1String("progress")].toDouble(), 1.0);
        QCOMPARE(finished[QLatin1String("lessons_done")].toInt(), int(paidLessons.size()));
        QVERIFY(finished.contains(QLatin1String("next_lesson_id")));
        QVERIFY(finished[QLatin1String("next_lesson_id")].isNull());

        // Plain text names the state of each.
        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("library")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(paid.toUtf8()) && r.out.contains(free.toUtf8()));
    }

    void hostileInput() {
        // An unknown option, no profile, and a profile directory that holds no cache.
        CliRun r = runCli({QStringLiteral("--profile"), m_profiles.filePath(QStringLiteral("x")),
                           QStringLiteral("library"), QStringLiteral("--bogus")});
        QVERIFY(r.code != 0);
        r = runCli({QStringLiteral("library"), QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        QVERIFY(!r.err.isEmpty());
        r = runCli({QStringLiteral("--profile"), m_profiles.filePath(QStringLiteral("empty")),
                    QStringLiteral("library"), QStringLiteral("--json")});
        // A fresh profile: an empty library, valid JSON.
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
        QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
