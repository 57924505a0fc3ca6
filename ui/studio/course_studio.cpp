#include "studio/course_studio.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "client/studio_service.h"
#include "studio/outline_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace lyceum::ui {

CourseStudio::CourseStudio(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_courses(new QListWidget(this))
    , m_outline(new OutlineEditor(client, this))
    , m_edit(new QPushButton(tr("Edit the course…"), this)) {
    setObjectName(QStringLiteral("CourseStudio"));
    m_courses->setObjectName(QStringLiteral("StudioCourses"));
    m_courses->setAccessibleName(tr("Your courses"));
    // A long title ends in "…" (whole in its tooltip) rather than scrolling the list sideways.
    m_courses->setTextElideMode(Qt::ElideRight);
    m_courses->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_edit->setObjectName(QStringLiteral("EditCourse"));
    m_edit->setToolTip(tr("Its title, description and price, in a draft"));
    m_edit->setEnabled(false);
    auto *hint = new QLabel(tr("Drag lessons and sections into the order learners should follow, "
                               "or use Alt+Up and Alt+Down."),
                            this);
    hint->setObjectName(QStringLiteral("Muted"));
    hint->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_edit);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_outline, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_courses);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(split);
    connect(m_courses, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showCourse(item->data(Qt::UserRole).toString());
    });
    // Lessons published or arranged elsewhere show once pulled, unless an order is being made.
    connect(m_client, &Client::syncFinished, this, [this] {
        QListWidgetItem *item = m_courses->currentItem();
        if (isVisible() && item && !m_outline->hasUnsavedOrder())
            showCourse(item->data(Qt::UserRole).toString());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_courses->currentItem())
            Q_EMIT editCourseRequested(item->data(Qt::UserRole).toString());
    });
}

void CourseStudio::reload() {
    const std::optional<User> me = m_client->currentUser();
    const QString myId = me ? me->id : QString();
    const bool admin = me && me->role == Role::Admin;
    m_client->discovery().fetchCourses(
        this, [this, myId, admin](Result<QVector<CourseSummary>> courses) {
            const QString current = m_courses->currentItem()
                                        ? m_courses->currentItem()->data(Qt::UserRole).toString()
                                        : QString();
            const QSignalBlocker block(m_courses);
            m_courses->clear();
            for (const CourseSummary &c : courses.valueOr({})) {
                if (c.course.creatorId != myId && !admin)
                    continue;
                auto *item = new QListWidgetItem(c.course.title, m_courses);
                item->setData(Qt::UserRole, c.course.id);
                item->setToolTip(c.course.title);
                if (c.course.id == current)
                    m_courses->setCurrentItem(item);
            }
            if (!m_courses->currentItem() && m_courses->count() > 0) {
                m_courses->setCurrentRow(0);
                showCourse(m_courses->item(0)->data(Qt::UserRole).toString());
            }
        });
}

void CourseStudio::showCourse(const QString &courseId) {
    m_edit->setEnabled(!courseId.isEmpty());
    m_client->discovery().fetchCourse(
        courseId, this, [this, courseId](std::optional<CourseDetail> detail) {
            if (!detail)
                return;
            m_client->studio().fetchOutline(
                courseId, this, [this, courseId, detail](courseoutline::Stored outline) {
                    QListWidgetItem *item = m_courses->currentItem();
                    if (item && item->data(Qt::UserRole).toString() == courseId)
                        m_outline->setCourse(*detail, outline);
                });
        });
}

} // namespace lyceum::ui
