// "Ratings and reviews" on the course page: the average and the distribution of stars, the
// user's own rating form (when enrolled), and the reviews, newest or most helpful first, with
// helpful votes and the creator's answers (the creator may answer from here). Everything is
// read from the cache and written through the outbox, so it works offline.
#pragma once

#include "client/client.h"
#include "client/reviews_service.h"

#include <QWidget>
#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace lyceum::ui {

class ReviewsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewsPanel(Client *client, QWidget *parent = nullptr);

    void setCourse(const QString &courseId); // loads (again)
    void reload();

    // For tests and screenshots.
    QWidget *rateForm() const { return m_form; }
    QButtonGroup *stars() const { return m_stars; }
    QPlainTextEdit *reviewEdit() const { return m_text; }
    QPushButton *submitButton() const { return m_submit; }
    QComboBox *sortBox() const { return m_sort; }
    QLabel *averageLabel() const { return m_average; }
    const CourseReviews &shown() const { return m_data; }
    // The review cards' widgets, in display order (object name "ReviewCard").
    QList<QWidget *> cards() const;
    // Asks for the creator's answer (a multi-line input dialog by default); nullopt: cancelled.
    using AnswerPrompt = std::function<std::optional<QString>(const QString &current)>;
    void setAnswerPrompt(AnswerPrompt prompt) { m_prompt = std::move(prompt); }

Q_SIGNALS:
    void loaded(); // reviews shown after setCourse / a cache change

private:
    QLayout *buildSummary();
    void apply(CourseReviews reviews);
    void rebuildCards();
    QWidget *makeCard(const ReviewView &view);
    void submit();
    void answer(const ReviewView &view);

    Client *m_client;
    QString m_courseId;
    CourseReviews m_data;
    QLabel *m_average;
    QLabel *m_averageStars;
    QLabel *m_count;
    QVector<QLabel *> m_bars; // index 0: five stars
    QComboBox *m_sort;
    QWidget *m_form;
    QLabel *m_formTitle;
    QButtonGroup *m_stars;
    QPlainTextEdit *m_text;
    QPushButton *m_submit;
    QLabel *m_empty;
    QVBoxLayout *m_cards;
    AnswerPrompt m_prompt;
};

} // namespace lyceum::ui
