// `lyceum-cli done`, `quiz` and `answer` (docs/cli.md, "Learning"): mark a lesson done as the
// app does (kept on this device), print a lesson's quiz as a learner holds it (questions and
// choices only: the device never has the key), and answer a quiz: the attempt is queued in the
// outbox, sent when the server is reachable, and its grade printed once it came back.
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discovery_service.h"
#include "learning/quiz_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

// Restores the saved session without saying anything when there is none (offline use).
bool restoreQuietly(Client &client) {
    bool restored = false;
    await(
        [&](auto quit) {
            return QObject::connect(&client, &Client::sessionRestored, [&restored, quit](bool ok) {
                restored = ok;
                quit();
            });
        },
        [&] { client.restoreSession(); });
    return restored;
}

void refreshQuizzes(Client &client) {
    QEventLoop loop;
    bool done = false;
    QuizService::of(client).refresh({}, &loop, [&](const ApiError &) {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

std::optional<LessonQuiz> readQuiz(Client &client, const QString &lessonId, const QString &quizId) {
    std::optional<LessonQuiz> out;
    QEventLoop loop;
    const auto got = [&](std::optional<LessonQuiz> q) {
        out = std::move(q);
        loop.quit();
    };
    if (!lessonId.isEmpty())
        QuizService::of(client).fetchLessonQuiz(lessonId, &loop, got);
    else
        QuizService::of(client).fetchQuiz(quizId, &loop, got);
    loop.exec();
    return out;
}

QJsonObject quizJson(const quiz::Quiz &z) {
    QJsonArray questions;
    for (const quiz::Question &q : z.questions) {
        QJsonArray choices;
        for (const quiz::Choice &c : q.choices)
            choices.append(
                QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("text"), c.text}});
        questions.append(QJsonObject{{QStringLiteral("id"), q.id},
                                     {QStringLiteral("kind"), quiz::kindName(q.kind)},
                                     {QStringLiteral("text"), q.text},
                                     {QStringLiteral("choices"), choices}});
    }
    return QJsonObject{{QStringLiteral("quiz_id"), z.id},
                       {QStringLiteral("pass_mark"), z.passMark},
                       {QStringLiteral("questions"), questions}};
}

} // namespace

int done(const Invocation &inv) {
    const QString lessonId = inv.values.value(QStringLiteral("lesson"));
    if (lessonId.isEmpty()) {
        *inv.err << tr("done needs --lesson ID.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    QString courseId;
    QEventLoop loop;
    client->discovery().fetchLessonCourse(lessonId, &loop, [&](const QString &id) {
        courseId = id;
        loop.quit();
    });
    loop.exec();
    if (courseId.isEmpty()) {
        *inv.err << tr("The lesson %1 is not in the local cache; run sync first.").arg(lessonId)
                 << '\n';
        return Failed;
    }
    // Stored (homeChanged) or refused (errorOccurred): either ends the wait.
    bool failed = false;
    QEventLoop wait;
    auto errors = QObject::connect(client.get(), &Client::errorOccurred, [&](const ApiError &e) {
        failed = true;
        *inv.err << e.message << '\n';
        wait.quit();
    });
    auto stored = QObject::connect(&client->discovery(), &DiscoveryService::homeChanged, &wait,
                                   &QEventLoop::quit);
    client->discovery().setLessonDone(lessonId, courseId, true);
    wait.exec();
    QObject::disconnect(errors);
    QObject::disconnect(stored);
    if (failed)
        return Failed;
    *inv.out << tr("Lesson %1 is done.").arg(lessonId) << '\n';
    return Ok;
}

int showQuiz(const Invocation &inv) {
    const QString lessonId = inv.values.value(QStringLiteral("lesson"));
    if (lessonId.isEmpty()) {
        *inv.err << tr("quiz needs --lesson ID.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    if (restoreQuietly(*client))
        refreshQuizzes(*client); // offline: what the cache holds
    const std::optional<LessonQuiz> lq = readQuiz(*client, lessonId, {});
    if (!lq) {
        *inv.err << tr("The lesson %1 has no quiz (in the local cache).").arg(lessonId) << '\n';
        return Failed;
    }
    if (inv.json) {
        printJson(inv, quizJson(lq->quiz));
        return Ok;
    }
    *inv.out << tr("Quiz %1 · pass mark %2 %").arg(lq->quiz.id).arg(lq->quiz.passMark) << '\n';
    if (lq->locked)
        *inv.out << tr("Locked: it opens with the course.") << '\n';
    int n = 0;
    for (const quiz::Question &q : lq->quiz.questions) {
        *inv.out << ++n << ". [" << q.id << ", " << quiz::kindName(q.kind) << "] " << q.text
                 << '\n';
        for (const quiz::Choice &c : q.choices)
            *inv.out << "   " << c.id << ") " << c.text << '\n';
    }
    return Ok;
}

int answer(const Invocation &inv) {
    const QString quizId = inv.values.value(QStringLiteral("quiz"));
    QJsonParseError parseError;
    const QJsonDocument answers =
        QJsonDocument::fromJson(inv.values.value(QStringLiteral("answers")).toUtf8(), &parseError);
    if (quizId.isEmpty() || !answers.isObject()) {
        *inv.err << tr("answer needs --quiz ID and --answers JSON, e.g. "
                       "'{\"q1\": [\"b\"], \"q2\": \"text\"}'.")
                 << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    const bool online = restoreQuietly(*client);
    if (online)
        refreshQuizzes(*client); // the questions as the server has them now
    Status queued;
    QString attemptId;
    QEventLoop loop;
    QuizService::of(*client).submit(quizId, answers.object(), &loop,
                                    [&](const Status &s, const QString &id) {
                                        queued = s;
                                        attemptId = id;
                                        loop.quit();
                                    });
    loop.exec();
    if (!queued) {
        *inv.err << queued.errorText() << '\n';
        return Failed;
    }
    if (online) {
        runSync(*client); // sends the outbox first
        refreshQuizzes(*client);
    }
    const std::optional<LessonQuiz> lq = readQuiz(*client, {}, quizId);
    const QVector<QuizAttemptView> attempts = lq ? lq->attempts : QVector<QuizAttemptView>();
    const QuizAttemptView *mine = nullptr;
    for (const QuizAttemptView &a : attempts) {
        if (a.id == attemptId)
            mine = &a;
    }
    if (mine && mine->graded) {
        const quiz::Grade &g = mine->grade;
        if (inv.json)
            printJson(inv, QJsonObject{{QStringLiteral("score"), g.score},
                                       {QStringLiteral("max"), g.max},
                                       {QStringLiteral("passed"), g.passed}});
        else
            *inv.out << (g.passed ? tr("Score %1/%2 · passed") : tr("Score %1/%2 · not passed"))
                            .arg(g.score)
                            .arg(g.max)
                     << '\n';
        return Ok;
    }
    if (mine && mine->pending == OutboxState::Failed) {
        *inv.err << tr("The server refused the attempt: %1").arg(mine->failure) << '\n';
        return Failed;
    }
    *inv.err << tr("The attempt is queued; it is sent and graded with the next flush "
                   "(lyceum-cli flush).")
             << '\n';
    if (inv.json)
        printJson(inv, QJsonObject{{QStringLiteral("queued"), true},
                                   {QStringLiteral("attempt_id"), attemptId}});
    return Ok;
}

} // namespace lyceum::cli
