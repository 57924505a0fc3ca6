// course.outline (docs/studio.md, "Course outline"): a course's lessons in sections, in order,
// as the creator arranged them. The whole outline is sent each time, so the server checks it
// as one: every lesson of the course exactly once, no lesson of another course, no section of
// another course, sections flat (they do not nest, so no cycle can be made). Owner or staff
// only (the rule book's PublishDraft on the course's creator).
#include "server/studio/studio_outline.h"

#include "domain/codec.h"
#include "domain/course_sections.h"
#include "domain/mutation_defs.h"
#include "server/storage/storage.h"

#include <QJsonArray>
#include <QSet>

namespace lyceum::server {

namespace {

StudioService::Outcome invalid(const QString &message) {
    return {0, QStringLiteral("invalid_field"), message, {}};
}

struct OutlineIn {
    QString courseId;
    QVector<CourseSection> sections;
    QVector<QStringList> lessons; // per section, in order
};

// The shape alone (no storage): ids, sizes, duplicates, nesting.
std::optional<QString> readOutline(const QJsonObject &args, OutlineIn *out) {
    const QJsonValue course = args.value(QLatin1StringView("course_id"));
    if (!course.isString() || !isValidId(course.toString()))
        return QStringLiteral("course.outline: course_id must be an id");
    out->courseId = course.toString();
    const QJsonValue sections = args.value(QLatin1StringView("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty() ||
        sections.toArray().size() > kMaxSections)
        return QStringLiteral("course.outline: sections must be an array of 1 to %1 sections")
            .arg(kMaxSections);
    QSet<QString> seen; // section and lesson ids alike: no id may appear twice
    for (const QJsonValue &v : sections.toArray()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("id") && it.key() != QLatin1String("title") &&
                it.key() != QLatin1String("lessons"))
                return QStringLiteral("course.outline: a section has only id, title and "
                                      "lessons (sections do not nest)");
        const QString id = o.value(QLatin1StringView("id")).toString();
        const QJsonValue title = o.value(QLatin1StringView("title"));
        if (!isValidId(id) || (!title.isUndefined() && !title.isString()) ||
            mutations::characterCount(title.toString().trimmed()) > kMaxSectionTitle)
            return QStringLiteral("course.outline: each section needs an id and a title of at "
                                  "most %1 characters")
                .arg(kMaxSectionTitle);
        const QJsonValue lessons = o.value(QLatin1StringView("lessons"));
        if (!lessons.isArray())
            return QStringLiteral("course.outline: each section lists its lessons (an array)");
        if (seen.contains(id))
            return QStringLiteral("course.outline: the id %1 appears more than once").arg(id);
        seen.insert(id);
        QStringList ids;
        for (const QJsonValue &l : lessons.toArray()) {
            const QString lesson = l.toString();
            if (!l.isString() || !isValidId(lesson))
                return QStringLiteral("course.outline: lessons are listed by id");
            if (seen.contains(lesson))
                return QStringLiteral("course.outline: the id %1 appears more than once")
                    .arg(lesson);
            seen.insert(lesson);
            ids << lesson;
        }
        out->sections.append({id, title.toString().trimmed()});
        out->lessons.append(ids);
    }
    return std::nullopt;
}

} // namespace

OutlineService::OutlineService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_rules(storage, clock) {}

StudioService::Outcome OutlineService::apply(const User &user, const QJsonObject &args) {
    OutlineIn in;
    if (const std::optional<QString> wrong = readOutline(args, &in))
        return invalid(*wrong);
    const std::optional<Course> course = m_storage.courseById(in.courseId);
    if (!course)
        return {0, QStringLiteral("not_found"), QStringLiteral("No such course."), {}};
    if (const Verdict refusal =
            m_rules.check(user, Action::PublishDraft, Target::ownedBy(course->creatorId)))
        return {0, refusal->code, QStringLiteral("Only the course's creator can arrange it."), {}};
    StudioStorage &studio = *m_storage.studio();
    for (const CourseSection &s : std::as_const(in.sections)) {
        const QString owner = studio.sectionCourse(s.id);
        if (!owner.isEmpty() && owner != in.courseId)
            return invalid(QStringLiteral("course.outline: the section %1 belongs to another "
                                          "course")
                               .arg(s.id));
    }
    QHash<QString, Lesson> lessons;
    for (const Lesson &l : studio.lessonsOf(in.courseId))
        lessons.insert(l.id, l);
    qsizetype listed = 0;
    for (const QStringList &ids : std::as_const(in.lessons))
        for (const QString &id : ids) {
            if (!lessons.contains(id))
                return invalid(
                    QStringLiteral("course.outline: %1 is not a lesson of this course").arg(id));
            ++listed;
        }
    if (listed != lessons.size())
        return invalid(QStringLiteral("course.outline: every lesson of the course must be listed "
                                      "once (%1 of %2 are)")
                           .arg(listed)
                           .arg(lessons.size()));

    studio.putSections(in.courseId, in.sections);
    qint64 seq = 0;
    int position = 0;
    for (qsizetype i = 0; i < in.sections.size(); ++i)
        for (const QString &id : in.lessons.at(i)) {
            Lesson l = lessons.value(id);
            ++position;
            if (l.position == position && studio.sectionOfLesson(id) == in.sections.at(i).id)
                continue;
            studio.placeLesson(id, in.sections.at(i).id, position);
            l.position = position;
            seq = studio.putLesson(l);
        }
    seq = studio.putCourse(*course); // carries the new sections
    return {seq, {}, {}, {}};
}

} // namespace lyceum::server
