// What lyceum:// links need from the cache (docs/architecture.md, "Links").
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/client_private.h"

#include <QSqlQuery>

namespace lyceum {

void Client::fetchLessonCourse(const QString &lessonId, QObject *context,
                               std::function<void(QString)> done) {
    d->cache->run<QString>(
        context,
        [lessonId](CacheDatabase &db) {
            QSqlQuery q(db.db());
            q.prepare(QStringLiteral("SELECT course_id FROM lessons WHERE id = ?"));
            q.addBindValue(lessonId);
            if (!q.exec() || !q.next())
                return QString();
            return q.value(0).toString();
        },
        std::move(done));
}

} // namespace lyceum
