// lyceum-cli done, quiz and answer against the real lyceum-server --demo (child processes both):
// `quiz --json` is exactly {quiz_id, pass_mark, questions: [{id, kind, text, choices}]} and
// neither its output nor any file of the profile (the SQLite cache and its journal) holds the
// answer key or an explanation before the learner answered; after answering they may (the
// grade), which proves the sweep would see them. `answer` prints exactly {score, max, passed};
// full-width letters count as the accepted answer; the attempts limit, unknown questions and a
// malformed --answers are refused; offline the attempt is queued. `done` marks a lesson done as
// the app does (the library counts it).
#include "cli_runner.h"
#include "server_process.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum::test;

namespace {

const QString kQuiz = QStringLiteral("qz-l-python-zero-2");
// Explanations of the demo quiz (server/seed/demo_quizzes.cpp): they and the key's field names
// may reach the device only with this learner's grade (none of them is in a lesson's text).
const QByteArray kMarkers[] = {QByteArrayLiteral("a 和 b 指向同一个列表"),
                               QByteArrayLiteral("键必须可哈希"), QByteArrayLiteral("\"correct\""),
                               QByteArrayLiteral("\"accepted\"")};

// Whether any file under the profile holds a marker (the cache, its WAL, profile.json).
QString keyInProfile(const QString &profile) {
    QDirIterator it(profile, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &m : kMarkers) {
            if (bytes.contains(m))
                return f.fileName() + QStringLiteral(": ") + QString::fromUtf8(m);
        }
    }
    return {};
}

// JSON written with single quotes, which moc's parser takes more kindly than raw strings.
QString json(const char *text) {
    return QString::fromUtf8(text).replace(u'\'', u'"');
}

QStringList sortedKeys(const QJsonObject &o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliQuiz : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;
    QString m_profile;

    CliRun cli(const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile} + args);
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
        m_profile = m_profiles.filePath(QStringLiteral("learner"));
        const CliRun r = runCli({QStringLiteral("--server"), m_server.url().toString(),
                                 QStringLiteral("--profile"), m_profile, QStringLiteral("login"),
                                 QStringLiteral("--user"), QStringLiteral("learner"),
                                 QStringLiteral("--password-stdin")},
                                "lyceum-demo\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("sync")}).code, 0);
    }

    void quizJsonHoldsNoAnswers() {
        const CliRun r = cli({QStringLiteral("quiz"), QStringLiteral("--lesson"),
                              QStringLiteral("l-python-zero-2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isObject());
        QCOMPARE(sortedKeys(doc.object()),
                 (QStringList{QStringLiteral("pass_mark"), QStringLiteral("questions"),
                              QStringLiteral("quiz_id")}));
        QCOMPARE(doc[QLatin1String("quiz_id")].toString(), kQuiz);
        QCOMPARE(doc[QLatin1String("pass_mark")].toInt(), 60);
        const QJsonArray questions = doc[QLatin1String("questions")].toArray();
        QCOMPARE(questions.size(), 4);
        for (const QJsonValue &q : questions)
            QCOMPARE(sortedKeys(q.toObject()),
                     (QStringList{QStringLiteral("choices"), QStringLiteral("id"),
                                  QStringLiteral("kind"), QStringLiteral("text")}));
        QCOMPARE(questions.at(2)[QLatin1String("kind")].toString(), QStringLiteral("true_false"));
        for (const QByteArray &m : kMarkers)
            QVERIFY(!r.out.contains(m));
        const QString leak = keyInProfile(m_profile);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        // A lesson without a quiz.
        QCOMPARE(cli({QStringLiteral("quiz"), QStringLiteral("--lesson"),
                      QStringLiteral("l-python-zero-1")})
                     .code,
                 1);
    }

    void answerIsGradedOnTheServer() {
        const CliRun r = cli(
            {QStringLiteral("answer"), QStringLiteral("--quiz"), kQuiz, QStringLiteral("--answers"),
             json("{'q1': ['b'], 'q2': ['list', 'dict', 'tuple'], 'q3': ['false'], "
                  "'q4': ' ＬＥＮ '}"),
             QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject grade = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(sortedKeys(grade), (QStringList{QStringLiteral("max"), QStringLiteral("passed"),
                                                 QStringLiteral("score")}));
        QCOMPARE(grade[QLatin1String("score")].toInt(), 4);
        QCOMPARE(grade[QLatin1String("max")].toInt(), 4);
        QVERIFY(grade[QLatin1String("passed")].toBool());
        // Now the grade with its explanations is on the device: the sweep sees it.
        QVERIFY(!keyInProfile(m_profile).isEmpty());
    }

    void attemptsAndHostileAnswers() {
        const auto answer = [&](const QString &json) {
            return cli({QStringLiteral("answer"), QStringLiteral("--quiz"),
                        QStringLiteral("qz-l-python-zero-3"), QStringLiteral("--answers"), json});
        };
        QCOMPARE(answer(QStringLiteral("not json")).code, 2);
        QCOMPARE(answer(QStringLiteral("[1, 2]")).code, 2);
        CliRun r = answer(json("{'q9': ['a']}"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("q9"));
        QCOMPARE(answer(json("{'q1': 'a'}")).code, 1); // text for a choice question
        QCOMPARE(answer(json("{'q2': '") + QString(500, u'x') + json("'}")).code, 1);
        for (int i = 0; i < 3; ++i) { // three attempts allowed
            r = answer(json("{'q1': ['b'], 'q2': 'continue'}"));
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(r.out.contains("0/2"));
        }
        r = answer(json("{'q1': ['a'], 'q2': 'break'}"));
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void doneMarksALesson() {
        QCOMPARE(cli({QStringLiteral("done")}).code, 2);
        CliRun r = cli({QStringLiteral("done"), QStringLiteral("--lesson"),
                        QStringLiteral("l-python-zero-1")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("library"), QStringLiteral("--json")});
        bool counted = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v[QLatin1String("course_id")].toString() == QStringLiteral("c-python-zero"))
                counted = v[QLatin1String("lessons_done")].toInt() == 1;
        }
        QVERIFY(counted);
        QCOMPARE(cli({QStringLiteral("done"), QStringLiteral("--lesson"), QStringLiteral("l-nope")})
                     .code,
                 1);
    }

    // Last: the server goes away; the attempt is kept in the outbox.
    void offlineAttemptIsQueued() {
        m_server.stop();
        const CliRun r =
            cli({QStringLiteral("answer"), QStringLiteral("--quiz"), kQuiz,
                 QStringLiteral("--answers"), json("{'q1': ['a']}"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out)[QLatin1String("queued")].toBool());
        const CliRun outbox = cli({QStringLiteral("outbox"), QStringLiteral("--json")});
        QVERIFY(outbox.out.contains("quiz.attempt"));
    }
};

QTEST_GUILESS_MAIN(TestCliQuiz)
#include "tst_cli_quiz.moc"
