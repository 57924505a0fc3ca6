// lyceum-cli library: the courses the user owns or follows, with their progress and next
// lesson, from the cache and the progress kept on this device (library/library.h). Offline.
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discovery_service.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

QJsonObject entryJson(const library::Entry &e) {
    return {{QStringLiteral("course_id"), e.courseId},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("owned"), e.owned},
            {QStringLiteral("progress"), e.progress()},
            {QStringLiteral("lessons_done"), e.lessonsDone},
            {QStringLiteral("lessons_total"), e.lessonsTotal},
            {QStringLiteral("next_lesson_id"),
             e.nextLessonId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.nextLessonId)}};
}

} // namespace

int myLibrary(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    QVector<library::Entry> entries;
    QString failure;
    QEventLoop loop;
    client->discovery().fetchLibrary(&loop, [&](Result<QVector<library::Entry>> r) {
        if (r)
            entries = std::move(r).value();
        else
            failure = r.error().message;
        loop.quit();
    });
    loop.exec();
    if (!failure.isEmpty()) {
        *inv.err << tr("The library could not be read: %1").arg(failure) << '\n';
        return Failed;
    }
    if (inv.json) {
        QJsonArray out;
        for (const library::Entry &e : std::as_const(entries))
            out.append(entryJson(e));
        printJson(inv, out);
        return Ok;
    }
    for (const library::Entry &e : std::as_const(entries)) {
        *inv.out << e.courseId << '\t' << e.lessonsDone << '/' << e.lessonsTotal << '\t'
                 << (e.owned ? tr("owned") : tr("following")) << '\t' << e.title << '\t'
                 << (e.nextLessonId.isEmpty() ? tr("all done")
                                              : tr("next: %1").arg(e.nextLessonTitle))
                 << '\n';
    }
    return Ok;
}

} // namespace lyceum::cli
