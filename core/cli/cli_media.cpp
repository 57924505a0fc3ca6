// lyceum-cli lessons and download: a course's lessons as the cache has them, and a lesson's video
// kept for offline viewing (sealed, docs/media.md) for headless use.
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discovery_service.h"
#include "client/media_service.h"
#include "media/sealed_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}
} // namespace

int lessons(const Invocation &inv) {
    const QString courseId = inv.values.value(QStringLiteral("course"));
    if (courseId.isEmpty()) {
        *inv.err << tr("lessons needs --course ID.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    std::optional<CourseDetail> detail;
    QEventLoop loop;
    client->discovery().fetchCourse(courseId, &loop, [&](std::optional<CourseDetail> d) {
        detail = std::move(d);
        loop.quit();
    });
    loop.exec();
    if (!detail) {
        *inv.err << tr("No course %1 here; sync first, or check the id.").arg(courseId) << '\n';
        return Failed;
    }
    if (inv.json) {
        QJsonArray out;
        for (const Lesson &l : std::as_const(detail->lessons))
            out.append(QJsonObject{{QStringLiteral("id"), l.id},
                                   {QStringLiteral("title"), l.title},
                                   {QStringLiteral("position"), l.position},
                                   {QStringLiteral("duration"), l.durationSeconds},
                                   {QStringLiteral("free_preview"), l.freePreview},
                                   {QStringLiteral("locked"), l.locked},
                                   {QStringLiteral("has_video"), !l.videoAssetId.isEmpty()}});
        printJson(inv, out);
        return Ok;
    }
    for (const Lesson &l : std::as_const(detail->lessons)) {
        *inv.out << l.id << '\t' << l.durationSeconds / 60 << ':'
                 << QString::number(l.durationSeconds % 60).rightJustified(2, u'0') << '\t'
                 << (l.videoAssetId.isEmpty() ? tr("text") : tr("video")) << '\t'
                 << (l.locked ? tr("locked") : (l.freePreview ? tr("preview") : QString())) << '\t'
                 << l.title << '\n';
    }
    return Ok;
}

int download(const Invocation &inv) {
    const QString lessonId = inv.values.value(QStringLiteral("lesson"));
    if (lessonId.isEmpty()) {
        *inv.err << tr("download needs --lesson ID.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    runSync(*client); // the lesson as the server has it now
    ApiError result;
    await(
        [&](auto quit) {
            return QObject::connect(
                &client->media(), &MediaService::downloadFinished,
                [&result, quit, lessonId](const QString &id, const ApiError &e) {
                    if (id != lessonId)
                        return;
                    result = e;
                    quit();
                });
        },
        [&] { client->media().startDownload(lessonId); });
    if (result.isError()) {
        *inv.err << tr("The video could not be downloaded: %1").arg(result.message) << '\n';
        return Failed;
    }
    QVector<Download> all;
    QEventLoop loop;
    client->media().fetchDownloads(&loop, [&](QVector<Download> d) {
        all = std::move(d);
        loop.quit();
    });
    loop.exec();
    for (const Download &d : std::as_const(all)) {
        if (d.lessonId != lessonId)
            continue;
        const qint64 stored = QFileInfo(d.path).size();
        if (inv.json) {
            printJson(inv, QJsonObject{{QStringLiteral("lesson_id"), d.lessonId},
                                       {QStringLiteral("size"), d.size},
                                       {QStringLiteral("stored"), stored},
                                       {QStringLiteral("path"), d.path},
                                       {QStringLiteral("encrypted"), d.encrypted}});
        } else {
            *inv.out << tr("Downloaded “%1”: %2 bytes stored (sealed), %3 bytes of video.")
                            .arg(d.title)
                            .arg(stored)
                            .arg(d.size)
                     << '\n';
        }
        return Ok;
    }
    *inv.err << tr("The download finished but is not listed.") << '\n';
    return Failed;
}

} // namespace lyceum::cli
