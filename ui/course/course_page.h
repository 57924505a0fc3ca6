// A course: header (title, creator, topic, tags, price, or "Owned" once it is the user's), its
// Markdown description, the syllabus with lock, free-preview and done marks, the user's progress
// ("n of m lessons", live as lessons are marked done), ratings and reviews, and the course's
// threads. A locked lesson offers the course and its membership (lesson_paywall.h).
#pragma once

#include "domain/commerce.h"
#include "domain/entities.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QHBoxLayout;
class QStackedWidget;
class QTimer;

namespace lyceum {
class Client;
struct CourseDetail;
} // namespace lyceum

namespace lyceum::ui {

class MarkdownView;
class ReviewsPanel;
class SyllabusModel;
class ThreadListModel;

class CoursePage : public QWidget {
    Q_OBJECT
public:
    explicit CoursePage(Client *client, QWidget *parent = nullptr);
    ~CoursePage() override;

    void openCourse(const QString &courseId);
    void scrollToReviews();
    // Opens the course, then that lesson once the syllabus is in.
    // seconds > 0: play from there (a lyceum:// lesson link's ?t=).
    void openCourseAtLesson(const QString &courseId, const QString &lessonId, qint64 seconds = 0);
    QString courseId() const { return m_courseId; }
    // "Start learning" after a purchase: opens the course and, once it is owned (the
    // entitlement arrives through the feed), its next lesson (the first not done).
    void startLearning(const QString &courseId);
    // The back button names where it goes: "Home", "Search", "Catalogue"…
    void setBackTarget(const QString &name);
    QPushButton *backButton() const { return m_back; }

    QListView *syllabusView() const { return m_syllabusView; }
    QListView *threadListView() const { return m_threadsView; }
    SyllabusModel *syllabusModel() const { return m_syllabus; }
    ThreadListModel *threadModel() const { return m_threads; }
    QPushButton *buyButton() const { return m_buy; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QLabel *ownedLabel() const { return m_owned; }
    ReviewsPanel *reviewsPanel() const { return m_reviews; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *priceLabel() const { return m_price; }

Q_SIGNALS:
    void backRequested();
    void threadActivated(const QString &threadId);
    void courseLoaded(const QString &courseId);
    // The user asked to buy the course / to see the memberships that include it.
    void buyRequested(const lyceum::Course &course);
    void membershipRequested();
    // A locked lesson's offer of the membership that includes the course.
    void tierRequested(const lyceum::Tier &tier);

private:
    void setUpWidgets();
    QWidget *buildRightColumn();
    void buildLeftColumn();
    QLayout *buildHeader();
    void setChips(const lyceum::Course &course);
    void connectSignals();
    void reload();
    void apply(const std::optional<CourseDetail> &detail);
    void loadProgress();
    void showProgress();
    void openLesson(int row, qint64 seconds = 0);
    void askQuestion();

    Client *m_client;
    class CertificateButton *m_certificate = nullptr; // learning/certificate_button.h
    SyllabusModel *m_syllabus;
    ThreadListModel *m_threads;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_creator;
    QLabel *m_price;
    QPushButton *m_buy;
    QPushButton *m_member;
    QPushButton *m_copyLink;
    QLabel *m_owned;
    Course m_course;
    QLabel *m_facts;
    QWidget *m_chips;
    QHBoxLayout *m_chipsLayout;
    QLabel *m_summary;
    MarkdownView *m_description;
    QListView *m_syllabusView;
    QListView *m_threadsView;
    QLabel *m_threadsEmpty;
    QPushButton *m_ask;
    QTimer *m_reloadTimer;
    ReviewsPanel *m_reviews;
    QLabel *m_rating;
    QScrollArea *m_scroll;
    QString m_pendingLesson;
    qint64 m_pendingSeconds = 0;
    QString m_courseId;
    QString m_courseTitle;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    bool m_isOwned = false; // every lesson is open to the user
    bool m_startWhenOwned = false;
};

} // namespace lyceum::ui
