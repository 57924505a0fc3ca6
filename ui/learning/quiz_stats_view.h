// The creator's quiz figures in the studio's analytics (issue 23): per question of the chosen
// course's quizzes, how many answered, how many right and the wrong answer chosen most, from
// GET /studio/quiz-stats (computed on the server, for the course's creator only). An empty state
// when there is nothing to show.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class QuizStatsView : public QWidget {
    Q_OBJECT
public:
    explicit QuizStatsView(Client *client, QWidget *parent = nullptr);
    void setCourse(const QString &courseId); // empty: every course (asks to choose one)
    void showStats(const QJsonObject &stats);

    QTableWidget *table() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void loaded();

private:
    Client *m_client;
    QString m_courseId;
    QLabel *m_empty;
    QTableWidget *m_table;
};

} // namespace lyceum::ui
