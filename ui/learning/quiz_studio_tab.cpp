#include "learning/quiz_studio_tab.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "learning/quiz_editor.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lyceum::ui {

QuizStudioTab::QuizStudioTab(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_course(new QComboBox(this))
    , m_lesson(new QComboBox(this))
    , m_editor(new QuizEditor(client, this)) {
    setObjectName(QStringLiteral("QuizStudioTab"));
    m_course->setAccessibleName(tr("Course"));
    m_lesson->setAccessibleName(tr("Lesson"));
    m_course->setMinimumContentsLength(18);
    m_lesson->setMinimumContentsLength(18);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Course"), this));
    row->addWidget(m_course, 1);
    row->addWidget(new QLabel(tr("Lesson"), this));
    row->addWidget(m_lesson, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_editor, 1);
    connect(m_course, &QComboBox::currentIndexChanged, this, &QuizStudioTab::loadLessons);
    connect(m_lesson, &QComboBox::currentIndexChanged, this,
            [this] { m_editor->setLesson(m_lesson->currentData().toString()); });
    reloadCourses();
}

QString QuizStudioTab::tabTitle() {
    return tr("Quizzes");
}

void QuizStudioTab::reloadCourses() {
    if (!m_client)
        return;
    const std::optional<User> me = m_client->currentUser();
    const bool admin = me && me->role == Role::Admin;
    const QString myId = me ? me->id : QString();
    m_client->discovery().fetchCourses(
        this, [this, admin, myId](Result<QVector<CourseSummary>> courses) {
            const QString current = m_course->currentData().toString();
            const QSignalBlocker block(m_course);
            m_course->clear();
            for (const CourseSummary &c : courses ? courses.value() : QVector<CourseSummary>()) {
                if (admin || c.course.creatorId == myId)
                    m_course->addItem(c.course.title, c.course.id);
            }
            m_course->setCurrentIndex(std::max(0, m_course->findData(current)));
            loadLessons();
            Q_EMIT coursesLoaded();
        });
}

void QuizStudioTab::loadLessons() {
    const QString courseId = m_course->currentData().toString();
    if (courseId.isEmpty()) {
        m_lesson->clear();
        m_editor->setLesson({});
        return;
    }
    m_client->discovery().fetchCourse(
        courseId, this, [this, courseId](std::optional<CourseDetail> detail) {
            if (courseId != m_course->currentData().toString())
                return;
            {
                const QSignalBlocker block(m_lesson);
                m_lesson->clear();
                int n = 0;
                for (const Lesson &l : detail ? detail->lessons : QVector<Lesson>())
                    m_lesson->addItem(QStringLiteral("%1. %2").arg(++n).arg(l.title), l.id);
            }
            m_editor->setLesson(m_lesson->currentData().toString());
            Q_EMIT lessonsLoaded();
        });
}

} // namespace lyceum::ui
