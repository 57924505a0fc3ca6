#include "domain/course_sections.h"

#include "domain/entities.h"
#include "domain/mutation_defs.h"

#include <QJsonObject>

namespace lyceum {

QJsonArray sectionsToJson(const QVector<CourseSection> &sections) {
    QJsonArray out;
    for (const CourseSection &s : sections)
        out.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}});
    return out;
}

std::optional<QVector<CourseSection>> sectionsFromJson(const QJsonValue &value, QString *error) {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = QStringLiteral("sections: ") + why;
        return std::nullopt;
    };
    if (!value.isArray() || value.toArray().size() > kMaxSections)
        return fail(QStringLiteral("must be an array of at most %1 sections").arg(kMaxSections));
    QVector<CourseSection> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonValue id = v[QLatin1StringView("id")];
        const QJsonValue title = v[QLatin1StringView("title")];
        if (!id.isString() || !isValidId(id.toString()) || !title.isString() ||
            mutations::characterCount(title.toString()) > kMaxSectionTitle)
            return fail(QStringLiteral("each section needs an id and a title of at most %1 "
                                       "characters")
                            .arg(kMaxSectionTitle));
        out.append({id.toString(), title.toString()});
    }
    return out;
}

} // namespace lyceum
