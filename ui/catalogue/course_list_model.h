// The catalogue's courses, one row per CourseSummary from Client::fetchCourses. setCourses()
// keeps rows (and the view's selection) when the same courses come back in the same order and
// only their fields changed; otherwise it resets.
#pragma once

#include "client/client.h"

#include <QAbstractListModel>

namespace lyceum::ui {

class CourseListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        CreatorNameRole,
        TopicRole,
        TagsRole,
        PriceRole,     // qint64, minor units
        PriceTextRole, // "¥199.00" / "Free"
        IsFreeRole,
        LessonCountRole,
        FreePreviewCountRole,
        ThreadCountRole,
        UpdatedAtRole,
        SearchTextRole, // lower-cased title, summary, creator, topic and tags
        OwnedRole,      // a paid course whose every lesson is open to the user (bought)
    };

    explicit CourseListModel(QObject *parent = nullptr);

    void setCourses(const QVector<CourseSummary> &courses);
    const QVector<CourseSummary> &courses() const { return m_courses; }
    QStringList topics() const; // distinct, sorted
    int rowOf(const QString &courseId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<CourseSummary> m_courses;
};

} // namespace lyceum::ui
