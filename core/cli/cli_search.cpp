// lyceum-cli search: the cache's full-text search (search/search_index.h), offline.
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discovery_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

QString kindName(SearchHit::Kind kind) {
    switch (kind) {
    case SearchHit::Kind::Course:
        return QStringLiteral("course");
    case SearchHit::Kind::Lesson:
        return QStringLiteral("lesson");
    case SearchHit::Kind::Thread:
        return QStringLiteral("thread");
    case SearchHit::Kind::Post:
        return QStringLiteral("post");
    }
    return QString();
}

// Marks as [brackets] for a terminal; JSON keeps them as they are.
QString bracketed(QString text) {
    text.replace(search::kMarkStart, QLatin1Char('['));
    text.replace(search::kMarkEnd, QLatin1Char(']'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

int searchCache(const Invocation &inv) {
    const QString query = inv.positional.join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) {
        *inv.err << tr("search needs the words to look for.") << '\n';
        return Usage;
    }
    bool ok = true;
    const int limit = inv.values.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000) {
        *inv.err << tr("--limit must be a number from 1 to 1000.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    QVector<SearchHit> hits;
    QEventLoop loop;
    client->discovery().search(query, limit, &loop, [&](QVector<SearchHit> result) {
        hits = std::move(result);
        loop.quit();
    });
    loop.exec();
    if (inv.json) {
        QJsonArray array;
        for (const SearchHit &h : std::as_const(hits)) {
            array.append(QJsonObject{
                {QStringLiteral("kind"), kindName(h.kind)},
                {QStringLiteral("id"), h.id},
                {QStringLiteral("title"), bracketed(h.title)},
                {QStringLiteral("snippet"), bracketed(h.snippet)},
                {QStringLiteral("course"), h.courseId},
                {QStringLiteral("thread"), h.threadId},
                {QStringLiteral("score"), h.score},
            });
        }
        printJson(inv, array);
        return Ok;
    }
    if (hits.isEmpty())
        *inv.out << tr("Nothing found for %1.").arg(query) << '\n';
    for (const SearchHit &h : std::as_const(hits)) {
        *inv.out << kindName(h.kind) << '\t' << h.id << '\t' << bracketed(h.title);
        if (!h.snippet.isEmpty())
            *inv.out << '\t' << bracketed(h.snippet);
        *inv.out << '\n';
    }
    return Ok;
}

} // namespace lyceum::cli
