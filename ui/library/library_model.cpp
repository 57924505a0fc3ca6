#include "library/library_model.h"

#include "common/format.h"

#include <algorithm>

namespace lyceum::ui {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractListModel(parent) {}

void LibraryModel::setEntries(const QVector<library::Entry> &entries) {
    const bool sameRows = std::equal(
        m_entries.begin(), m_entries.end(), entries.begin(), entries.end(),
        [](const library::Entry &a, const library::Entry &b) { return a.courseId == b.courseId; });
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    for (int row = 0; row < entries.size(); ++row) {
        if (m_entries.at(row) == entries.at(row))
            continue;
        m_entries[row] = entries.at(row);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int LibraryModel::rowOf(const QString &courseId) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).courseId == courseId)
            return row;
    }
    return -1;
}

void LibraryModel::setQuizNotes(const QHash<QString, QString> &notes) {
    if (notes == m_quizNotes)
        return;
    m_quizNotes = notes;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

int LibraryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const library::Entry &e = m_entries.at(index.row());
    const auto status = [&] {
        QString text = tr("%1 of %n lesson(s) done", nullptr, e.lessonsTotal).arg(e.lessonsDone);
        if (!e.nextLessonId.isEmpty())
            text += QStringLiteral(" · ") + tr("Next: %1").arg(e.nextLessonTitle);
        else if (e.lessonsTotal > 0)
            text += QStringLiteral(" · ") + tr("Finished");
        if (const QString quiz = m_quizNotes.value(e.courseId); !quiz.isEmpty())
            text += QStringLiteral(" · ") + quiz;
        return text;
    };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::AccessibleTextRole:
        return QString(e.title + QStringLiteral(", ") + (e.owned ? tr("owned") : tr("following")) +
                       QStringLiteral(", ") + status());
    case Qt::ToolTipRole:
        return e.lastOpenedAt > 0 ? tr("Last opened %1").arg(Format::relativeTime(e.lastOpenedAt))
                                  : tr("Not opened yet");
    case IdRole:
        return e.courseId;
    case CreatorNameRole:
        return e.creatorName;
    case OwnedRole:
        return e.owned;
    case ProgressRole:
        return e.progress();
    case LessonsDoneRole:
        return e.lessonsDone;
    case LessonsTotalRole:
        return e.lessonsTotal;
    case NextLessonIdRole:
        return e.nextLessonId;
    case NextLessonTitleRole:
        return e.nextLessonTitle;
    case LastOpenedRole:
        return e.lastOpenedAt;
    case VideoLessonsRole:
        return e.videoLessonIds;
    case StatusTextRole:
        return status();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "courseId"},
                  {TitleRole, "title"},
                  {CreatorNameRole, "creatorName"},
                  {OwnedRole, "owned"},
                  {ProgressRole, "progress"},
                  {LessonsDoneRole, "lessonsDone"},
                  {LessonsTotalRole, "lessonsTotal"},
                  {NextLessonIdRole, "nextLessonId"},
                  {NextLessonTitleRole, "nextLessonTitle"},
                  {LastOpenedRole, "lastOpenedAt"},
                  {VideoLessonsRole, "videoLessons"},
                  {StatusTextRole, "statusText"}});
    return names;
}

} // namespace lyceum::ui
