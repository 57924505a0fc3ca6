// What is left to pass in a course, for the course page and the library: "Quiz: 80 % · passed",
// "2 quizzes left", from the cache (quiz_store.h); follows QuizService::quizzesChanged.
#pragma once

#include "learning/quiz_store.h"

#include <QLabel>

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class QuizSummaryLabel : public QLabel {
    Q_OBJECT
public:
    QuizSummaryLabel(Client *client, QWidget *parent = nullptr);
    // Shows the course's state; asks the server for the course's latest grades (if online).
    void setCourse(const QString &courseId);

    // Empty for a course without quizzes.
    static QString summaryText(const CourseQuizzes &course);

private:
    void reload();

    Client *m_client;
    QString m_courseId;
};

} // namespace lyceum::ui
