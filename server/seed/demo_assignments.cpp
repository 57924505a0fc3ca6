#include "server/seed/demo_assignments.h"

#include "server/learning/assignment_storage.h"
#include "server/storage/storage.h"

#include <algorithm>

namespace lyceum::server {

void seedDemoAssignments(Storage &storage, const SeedData &data) {
    // The free Python course (the one the demo's tour opens), else the first free course.
    auto course = std::find_if(data.courses.begin(), data.courses.end(), [](const Course &c) {
        return c.id == QLatin1String("c-python-zero") && c.price == 0;
    });
    if (course == data.courses.end())
        course = std::find_if(data.courses.begin(), data.courses.end(),
                              [](const Course &c) { return c.price == 0 && c.published; });
    if (course == data.courses.end())
        return;
    const Lesson *first = nullptr;
    for (const Lesson &l : data.lessons) {
        if (l.courseId == course->id && (!first || l.position < first->position))
            first = &l;
    }
    if (!first)
        return;
    QVector<const User *> learners;
    for (const User &u : data.users) {
        if (u.role == Role::Learner && u.handle != QLatin1String("learner") && learners.size() < 2)
            learners << &u;
    }
    const qint64 at = std::max(course->createdAt, first->createdAt) + 3LL * 24 * 3600 * 1000;
    Assignment a;
    a.lessonId = first->id;
    a.courseId = course->id;
    a.instructions = QStringLiteral(
        "用自己的话总结本课的三个要点，并举一个你工作中的例子。\n\n"
        "Summarise the lesson's three main points in your own words, with one example from "
        "your own work. A screenshot or a PDF is welcome.");
    a.rubric = {{QStringLiteral("要点完整 Key points"), 6},
                {QStringLiteral("例子贴切 Example"), 4}};
    a.allowFiles = true;
    a.fileKinds = {QStringLiteral("image"), QStringLiteral("pdf"), QStringLiteral("text")};
    a.maxFileBytes = 900 * 1024;
    a.maxFiles = 3;
    a.updatedAt = at;
    AssignmentStorage &store = *storage.assignments();
    Transaction tx(storage);
    store.putAssignment(a);
    static const char *const kBodies[] = {
        "1. 先定义问题，再找数据。\n2. 小步验证。\n3. 复盘。\n\n例子：上个月我们用 A/B "
        "测试验证了新的注册流程。",
        "Three points: start small, measure, repeat. At work I applied it to our weekly "
        "report: one chart first, then the rest.",
    };
    for (int i = 0; i < learners.size(); ++i) {
        Submission s;
        s.id = QStringLiteral("demo-sub-%1").arg(i + 1);
        s.lessonId = a.lessonId;
        s.courseId = a.courseId;
        s.userId = learners.at(i)->id;
        s.body = QString::fromUtf8(kBodies[i]);
        s.submittedAt = at + i * 3600 * 1000;
        if (i == 0) {
            s.status = SubmissionStatus::Accepted;
            s.scores = {6, 3};
            s.feedback = QStringLiteral("总结得很好！例子可以再具体一点，比如写出转化率的变化。");
            s.reviewerId = course->creatorId;
            s.reviewedAt = s.submittedAt + 20 * 3600 * 1000;
        }
        store.putSubmission(s);
    }
    tx.commit();
}

} // namespace lyceum::server
