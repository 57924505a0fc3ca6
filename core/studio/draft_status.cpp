#include "studio/draft_status.h"

#include "studio/draft_sync.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace lyceum::draftstatus {

QString digestOf(const Draft &d) {
    QStringList parts{d.kind,
                      d.title,
                      d.body,
                      d.courseId,
                      d.spaceId,
                      QString::number(d.extra.value(QLatin1StringView("price")).toInteger()),
                      d.extra.value(QLatin1StringView("free_preview")).toBool()
                          ? QStringLiteral("1")
                          : QStringLiteral("0")};
    for (const QJsonValue &v : d.extra.value(QLatin1StringView("outline")).toArray())
        parts << v[QLatin1StringView("title")].toString();
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

Status statusOf(CacheDatabase &db, const Draft &d, qint64 nowMs) {
    using Stage = draftsync::PublishState::Stage;
    const draftsync::PublishState publish = draftsync::publishState(db, d);
    if (d.publishRequestedAt > 0 && publish.stage != Stage::Failed) {
        if (d.publishAt > nowMs)
            return Status::Scheduled;
        if (publish.stage == Stage::Waiting)
            return Status::Waiting;
        const QString digest = d.extra.value(QLatin1StringView("published_digest")).toString();
        if (!digest.isEmpty())
            return digest == digestOf(d) ? Status::Published : Status::Changed;
    }
    if (!d.targetId.isEmpty()) {
        const draftsync::PublishedVersion v = draftsync::publishedVersion(db, d.id);
        if (v.found)
            return v.title == d.title && v.body == d.body ? Status::Published : Status::Changed;
    }
    return Status::Draft;
}

QVector<Entry> entries(CacheDatabase &db, qint64 nowMs) {
    QVector<Entry> out;
    for (Draft &d : draftstore::drafts(db)) {
        const Status status = statusOf(db, d, nowMs);
        out.append({std::move(d), status});
    }
    return out;
}

} // namespace lyceum::draftstatus
