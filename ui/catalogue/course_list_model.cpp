#include "catalogue/course_list_model.h"

#include "common/format.h"

#include <algorithm>

namespace lyceum::ui {

CourseListModel::CourseListModel(QObject *parent)
    : QAbstractListModel(parent) {}

static bool sameCourseIds(const QVector<CourseSummary> &a, const QVector<CourseSummary> &b) {
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(),
        [](const CourseSummary &x, const CourseSummary &y) { return x.course.id == y.course.id; });
}

static bool sameSummary(const CourseSummary &a, const CourseSummary &b) {
    return a.course == b.course && a.creatorName == b.creatorName &&
           a.lessonCount == b.lessonCount && a.freePreviewCount == b.freePreviewCount &&
           a.threadCount == b.threadCount &&
           a.lockedCount == b.lockedCount; // a purchase or a refund changes only this
}

void CourseListModel::setCourses(const QVector<CourseSummary> &courses) {
    if (!sameCourseIds(m_courses, courses)) {
        beginResetModel();
        m_courses = courses;
        endResetModel();
        return;
    }
    for (int row = 0; row < courses.size(); ++row) {
        if (sameSummary(m_courses.at(row), courses.at(row)))
            continue;
        m_courses[row] = courses.at(row);
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
    }
}

QStringList CourseListModel::topics() const {
    QStringList result;
    for (const CourseSummary &summary : m_courses) {
        const QString topic = Format::topicName(summary.course); // in the interface language
        if (!topic.isEmpty() && !result.contains(topic))
            result << topic;
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

int CourseListModel::rowOf(const QString &courseId) const {
    for (int row = 0; row < m_courses.size(); ++row) {
        if (m_courses.at(row).course.id == courseId)
            return row;
    }
    return -1;
}

int CourseListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_courses.size());
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CourseSummary &summary = m_courses.at(index.row());
    const Course &course = summary.course;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return course.title;
    case Qt::ToolTipRole:
        return course.summary.isEmpty() ? course.title : course.summary;
    case Qt::AccessibleTextRole:
        return QString(course.title % QStringLiteral(", ") % summary.creatorName %
                       QStringLiteral(", ") %
                       (summary.entitled() && !course.isFree()
                            ? tr("owned")
                            : Format::price(course.price, course.currency)));
    case IdRole:
        return course.id;
    case SummaryRole:
        return course.summary;
    case CreatorNameRole:
        return summary.creatorName;
    case TopicRole:
        return Format::topicName(course);
    case TagsRole:
        return course.tags;
    case PriceRole:
        return course.price;
    case PriceTextRole:
        return Format::price(course.price, course.currency);
    case IsFreeRole:
        return course.isFree();
    case LessonCountRole:
        return summary.lessonCount;
    case FreePreviewCountRole:
        return summary.freePreviewCount;
    case ThreadCountRole:
        return summary.threadCount;
    case UpdatedAtRole:
        return course.updatedAt;
    case SearchTextRole:
        return QStringList({course.title, course.summary, summary.creatorName, course.topic,
                            course.topicNames.en, course.topicNames.zh,
                            course.tags.join(QLatin1Char(' '))})
            .join(QLatin1Char('\n'))
            .toLower();
    case OwnedRole:
        return summary.entitled() && !course.isFree();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> CourseListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "courseId"},
                  {TitleRole, "title"},
                  {SummaryRole, "summary"},
                  {CreatorNameRole, "creatorName"},
                  {TopicRole, "topic"},
                  {TagsRole, "tags"},
                  {PriceRole, "price"},
                  {PriceTextRole, "priceText"},
                  {IsFreeRole, "isFree"},
                  {LessonCountRole, "lessonCount"},
                  {FreePreviewCountRole, "freePreviewCount"},
                  {ThreadCountRole, "threadCount"},
                  {UpdatedAtRole, "updatedAt"},
                  {SearchTextRole, "searchText"},
                  {OwnedRole, "owned"}});
    return names;
}

} // namespace lyceum::ui
