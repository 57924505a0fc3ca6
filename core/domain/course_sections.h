// A course's outline in sections (docs/studio.md, "Course outline"), shared by the client and
// the server: the section type, its limits, its JSON, and the mutation that arranges a course.
// Kept beside Course and Lesson rather than in them: the feed carries a course's "sections"
// and a lesson's "section_id" as extra fields of those entities (docs/protocol.md), which the
// cache stores in its own columns.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QVector>
#include <optional>

namespace lyceum {

// A named group of a course's lessons; its place is its index in the course's sections. An
// empty title is the default section made for a course's existing lessons (shown "Lessons").
struct CourseSection {
    QString id;
    QString title;
    friend bool operator==(const CourseSection &, const CourseSection &) = default;
};

inline constexpr int kMaxSections = 100;     // in one course
inline constexpr int kMaxSectionTitle = 200; // characters

// [{id, title}] in order.
QJsonArray sectionsToJson(const QVector<CourseSection> &sections);
// nullopt and *error when it is not an array of at most kMaxSections {id, title} with valid
// ids and titles within kMaxSectionTitle.
std::optional<QVector<CourseSection>> sectionsFromJson(const QJsonValue &value, QString *error);

namespace mutations {
// course.outline {course_id, sections: [{id, title, lessons: [ids]}]} (docs/protocol.md).
inline constexpr QLatin1StringView kCourseOutline("course.outline");
} // namespace mutations

} // namespace lyceum
