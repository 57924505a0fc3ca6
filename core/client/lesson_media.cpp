#include "client/lesson_media.h"

#include <QJsonObject>
#include <algorithm>

namespace lyceum {

QVector<Chapter> chaptersFromJson(const QJsonArray &array) {
    QVector<Chapter> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QJsonObject title = o.value(QLatin1StringView("title")).toObject();
        out.append({o.value(QLatin1StringView("start_ms")).toInteger(),
                    title.value(QLatin1StringView("zh")).toString(),
                    title.value(QLatin1StringView("en")).toString()});
    }
    std::sort(out.begin(), out.end(),
              [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    return out;
}

QJsonArray toJson(const QVector<Chapter> &chapters) {
    QJsonArray out;
    for (const Chapter &c : chapters)
        out.append(
            QJsonObject{{QStringLiteral("start_ms"), c.startMs},
                        {QStringLiteral("title"), QJsonObject{{QStringLiteral("zh"), c.titleZh},
                                                              {QStringLiteral("en"), c.titleEn}}}});
    return out;
}

} // namespace lyceum
