// The catalogue: a card grid of every published course in the cache, filtered as the user
// types (search over the cache, no network), by topic and by price.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace lyceum {
class Client;
struct CourseSummary;
} // namespace lyceum

namespace lyceum::ui {

class CourseCardDelegate;
class CourseFilterModel;
class CourseListModel;

class CataloguePage : public QWidget {
    Q_OBJECT
public:
    explicit CataloguePage(Client *client, QWidget *parent = nullptr);

    void focusSearch();
    void reload();
    QLineEdit *searchField() const { return m_search; }
    QListView *courseView() const { return m_view; }
    CourseListModel *courseModel() const { return m_model; }

Q_SIGNALS:
    void courseActivated(const QString &courseId);

private:
    void setUpGrid();
    void connectKeyboard();
    void connectFilters();
    void applyCourses(const QVector<CourseSummary> &courses);
    void updateTopics();
    void updateCountAndEmptyState();
    void clearFilters();
    void updateGrid();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Client *m_client;
    CourseListModel *m_model;
    CourseFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_topic;
    QComboBox *m_price;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QListView *m_view;
    CourseCardDelegate *m_delegate;
    QLabel *m_emptyText;
    QPushButton *m_clearFilters;
    QTimer *m_reloadTimer;
    bool m_loaded = false;
    QString m_loadError; // why the last read of the catalogue failed; empty when it did not
};

} // namespace lyceum::ui
