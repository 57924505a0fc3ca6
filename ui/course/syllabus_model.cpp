#include "course/syllabus_model.h"

#include "common/format.h"

#include <algorithm>

namespace lyceum::ui {

SyllabusModel::SyllabusModel(QObject *parent)
    : QAbstractListModel(parent) {}

void SyllabusModel::setLessons(const QVector<Lesson> &lessons) {
    const bool sameIds =
        std::equal(m_lessons.begin(), m_lessons.end(), lessons.begin(), lessons.end(),
                   [](const Lesson &a, const Lesson &b) { return a.id == b.id; });
    if (!sameIds) {
        beginResetModel();
        m_lessons = lessons;
        endResetModel();
        return;
    }
    for (int row = 0; row < lessons.size(); ++row) {
        if (m_lessons.at(row) == lessons.at(row))
            continue;
        m_lessons[row] = lessons.at(row);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int SyllabusModel::totalDurationSeconds() const {
    int total = 0;
    for (const Lesson &lesson : m_lessons)
        total += lesson.durationSeconds;
    return total;
}

void SyllabusModel::setOwned(bool owned) {
    if (owned == m_owned)
        return;
    m_owned = owned;
    if (!m_lessons.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lessons.size()) - 1));
}

void SyllabusModel::setDone(const QSet<QString> &lessonIds) {
    const QSet<QString> before = m_done;
    m_done = lessonIds;
    for (int row = 0; row < m_lessons.size(); ++row) {
        const QString &id = m_lessons.at(row).id;
        if (before.contains(id) != m_done.contains(id))
            Q_EMIT dataChanged(index(row), index(row));
    }
}

int SyllabusModel::doneCount() const {
    int n = 0;
    for (const Lesson &lesson : m_lessons)
        n += m_done.contains(lesson.id) ? 1 : 0;
    return n;
}

int SyllabusModel::nextRow() const {
    for (int row = 0; row < m_lessons.size(); ++row) {
        if (!m_done.contains(m_lessons.at(row).id))
            return row;
    }
    return -1;
}

void SyllabusModel::setOutline(const QVector<CourseSection> &sections,
                               const QHash<QString, QString> &lessonSection) {
    Q_EMIT layoutAboutToBeChanged();
    m_sections = sections;
    m_lessonSection = lessonSection;
    Q_EMIT layoutChanged(); // the headings change the rows' heights
}

QString SyllabusModel::sectionTitleAt(int row) const {
    const bool shown =
        m_sections.size() > 1 || (m_sections.size() == 1 && !m_sections.first().title.isEmpty());
    if (!shown || row < 0 || row >= m_lessons.size())
        return {};
    // A lesson naming no section the outline has is in the first one.
    const auto sectionOf = [this](int r) {
        const QString id = m_lessonSection.value(m_lessons.at(r).id);
        for (qsizetype i = 0; i < m_sections.size(); ++i)
            if (m_sections.at(i).id == id)
                return i;
        return qsizetype(0);
    };
    const qsizetype section = sectionOf(row);
    if (row > 0 && sectionOf(row - 1) == section)
        return {};
    const QString title = m_sections.at(section).title;
    return title.isEmpty() ? tr("Lessons") : title;
}

int SyllabusModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lessons.size());
}

QVariant SyllabusModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Lesson &lesson = m_lessons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(QString::number(index.row() + 1) % QStringLiteral(". ") % lesson.title);
    case Qt::ToolTipRole:
        if (lesson.locked)
            return tr("Locked: buy the course to open this lesson.");
        if (m_done.contains(lesson.id))
            return tr("Done");
        if (lesson.freePreview && !m_owned)
            return tr("Free preview: open to everyone.");
        return QVariant();
    case SectionTitleRole:
        return sectionTitleAt(index.row());
    case Qt::AccessibleTextRole: {
        QString text = QString::number(index.row() + 1) % QStringLiteral(". ") % lesson.title;
        if (const QString section = sectionTitleAt(index.row()); !section.isEmpty())
            text = section % QStringLiteral(": ") % text;
        if (lesson.locked)
            text += QStringLiteral(", ") % tr("locked");
        else if (lesson.freePreview && !m_owned)
            text += QStringLiteral(", ") % tr("free preview");
        if (m_done.contains(lesson.id))
            text += QStringLiteral(", ") % tr("done");
        return text;
    }
    case IdRole:
        return lesson.id;
    case PositionRole:
        return index.row() + 1;
    case TitleRole:
        return lesson.title;
    case DurationRole:
        return lesson.durationSeconds;
    case DurationTextRole:
        // A video lesson says so beside its length.
        return lesson.durationSeconds > 0
                   ? (lesson.videoAssetId.isEmpty() ? QString() : QStringLiteral("▶ ")) +
                         Format::duration(lesson.durationSeconds)
                   : QString();
    case FreePreviewRole:
        return lesson.freePreview;
    case LockedRole:
        return lesson.locked;
    case BodyRole:
        return lesson.body;
    case DoneRole:
        return m_done.contains(lesson.id);
    case PreviewBadgeRole:
        return lesson.freePreview && !m_owned;
    default:
        return QVariant();
    }
}

Qt::ItemFlags SyllabusModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SyllabusModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "lessonId"},
                  {PositionRole, "position"},
                  {TitleRole, "title"},
                  {DurationRole, "duration"},
                  {DurationTextRole, "durationText"},
                  {FreePreviewRole, "freePreview"},
                  {LockedRole, "locked"},
                  {BodyRole, "body"},
                  {DoneRole, "done"},
                  {PreviewBadgeRole, "previewBadge"}});
    return names;
}

} // namespace lyceum::ui
