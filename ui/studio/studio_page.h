// The creator studio (Ctrl+6, creators and admins): drafts of courses, lessons, posts and
// announcements written offline with their history, published now or at a time the server
// keeps, with the two versions side by side when the published item or another device changed
// meanwhile; and the creator's analytics.
#pragma once

#include "studio/draft_status.h"
#include "studio/draft_store.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class AnalyticsView;
class PricingPage;
class CourseStudio;
class DraftEditor;

class StudioPage : public QWidget {
    Q_OBJECT
public:
    explicit StudioPage(Client *client, QWidget *parent = nullptr);

    void reload();
    static constexpr int kStateRole = Qt::UserRole + 1; // a list item's draftstatus::Status
    static QString stateName(draftstatus::Status status, qint64 publishAt);
    void newDraft(const QString &kind);
    void openDraft(const QString &id);
    void publishCurrent(qint64 publishAtMs = 0); // as confirmed: queues the publish
    // Checks the draft, then asks in PublishConfirmDialog what will happen; publishes when
    // confirmed (publishAtMs 0: now).
    void requestPublish(qint64 publishAtMs = 0);
    void previewCurrent();  // "Preview as learner"
    void scheduleCurrent(); // asks for the time
    void compareCurrent();  // the side-by-side dialog for the current conflict

    QListWidget *list() const { return m_list; }
    DraftEditor *editor() const { return m_editor; }
    QLabel *publishStatus() const { return m_status; }
    QLabel *conflictBanner() const { return m_banner; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *previewButton() const { return m_preview; }
    QLabel *stateLabel() const { return m_state; } // draft, scheduled, published, changed
    QTabWidget *tabs() const { return m_tabs; }
    AnalyticsView *analytics() const { return m_analytics; }
    PricingPage *sales() const { return m_sales; }
    CourseStudio *courses() const { return m_courses; }
    // Opens the draft that edits this published course (made from it when there is none).
    void editCourse(const QString &courseId);

private:
    void buildEditorPane();
    QWidget *buildDraftList();
    void connectActions();
    void connectClient();
    void updateStatus();
    void deleteCurrent();
    QString placeName() const;
    void showState(draftstatus::Status status, qint64 publishAt);

    Client *m_client;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QStackedWidget *m_right;
    QVBoxLayout *m_editorHost;
    DraftEditor *m_editor = nullptr;
    QWidget *m_bannerBox;
    QLabel *m_banner;
    QPushButton *m_compare;
    QLabel *m_status;
    QPushButton *m_cancelSchedule;
    QPushButton *m_schedule;
    QPushButton *m_publish;
    QPushButton *m_preview;
    QLabel *m_state;
    AnalyticsView *m_analytics;
    PricingPage *m_sales;
    CourseStudio *m_courses;
    enum class Conflict { None, OtherDevice, Published } m_conflict = Conflict::None;
};

} // namespace lyceum::ui
