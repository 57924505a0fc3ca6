#include "shell/screenshot_tour.h"

#include "catalogue/catalogue_page.h"
#include "catalogue/course_list_model.h"
#include "client/client.h"
#include "composer/composer.h"
#include "composer/new_thread_dialog.h"
#include "course/course_page.h"
#include "discussions/discussions_page.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "home/home_page.h"
#include "login/login_dialog.h"
#include "outbox/outbox_panel.h"
#include "search/search_page.h"
#include "search/search_results_model.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"

#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>
#include <cstdio>

namespace lyceum::ui {

ScreenshotTour::ScreenshotTour(MainWindow *window, Client *client, QString directory,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_directory(std::move(directory)) {}

void ScreenshotTour::save(QWidget *widget, const QString &name) {
    const QString path = QDir(m_directory).filePath(name % QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "screenshot: could not write %s\n", qPrintable(path));
    else
        std::fprintf(stdout, "screenshot: %s\n", qPrintable(path));
}

void ScreenshotTour::start() {
    QDir().mkpath(m_directory);
    m_steps = {
        [this] {
            auto *login = new LoginDialog(m_client, m_window);
            login->setAttribute(Qt::WA_DeleteOnClose);
            login->setServer(m_client->serverUrl());
            login->setHandle(m_client->handle());
            login->show();
            QTimer::singleShot(300, this, [this, login] {
                save(login, QStringLiteral("login"));
                login->close();
            });
        },
        [this] { m_window->showHome(); },
        [this] { save(m_window, QStringLiteral("home")); },
        [this] {
            m_window->showCatalogue();
            save(m_window, QStringLiteral("catalogue"));
        },
        [this] {
            const auto &courses = m_window->cataloguePage()->courseModel()->courses();
            const QString query = courses.isEmpty() ? QString() : courses.first().course.topic;
            m_window->cataloguePage()->focusSearch();
            m_window->cataloguePage()->searchField()->setText(query);
        },
        [this] {
            save(m_window, QStringLiteral("catalogue-search"));
            m_window->cataloguePage()->searchField()->clear();
        },
        [this] {
            // Demo content is mostly Chinese: a two-character word, then a mixed query.
            m_window->showSearch();
            m_window->searchPage()->field()->setText(QStringLiteral("学习"));
        },
        [this] {
            save(m_window, QStringLiteral("search"));
            m_window->searchPage()->field()->setText(QStringLiteral("SQL 索引"));
        },
        [this] {
            save(m_window, QStringLiteral("search-mixed"));
            m_window->searchPage()->field()->clear();
        },
        [this] { save(m_window, QStringLiteral("search-empty")); },
        [this] { m_window->searchPage()->field()->setText(QStringLiteral("pandsa")); },
        [this] {
            save(m_window, QStringLiteral("search-typo"));
            m_window->searchPage()->field()->setText(QStringLiteral("LEFT JOIN 金额翻倍"));
        },
        [this] {
            // A question with SQL in its replies, opened from the search as a learner would.
            SearchPage *search = m_window->searchPage();
            if (search->model()->rowCount() > 0)
                Q_EMIT search->resultsView()->activated(search->model()->index(0));
        },
        [this] { save(m_window, QStringLiteral("thread-code")); },
        [this] { m_window->showDownloads(); },
        [this] { save(m_window, QStringLiteral("downloads")); },
        [this] {
            CourseListModel *model = m_window->cataloguePage()->courseModel();
            // A paid course shows locks and free-preview marks; prefer one.
            QString id;
            for (const CourseSummary &summary : model->courses()) {
                if (!summary.course.isFree() && summary.freePreviewCount > 0) {
                    id = summary.course.id;
                    break;
                }
            }
            if (id.isEmpty() && model->rowCount() > 0)
                id = model->courses().first().course.id;
            m_window->openCourse(id);
        },
        [this] { save(m_window, QStringLiteral("course")); },
        [this] {
            m_window->showDiscussions();
            DiscussionsPage *page = m_window->discussionsPage();
            ThreadListModel *threads = page->threadModel();
            // The thread with the most replies shows nesting best.
            int best = 0;
            for (int row = 0; row < threads->rowCount(); ++row) {
                if (threads->index(row).data(ThreadListModel::ReplyCountRole).toInt() >
                    threads->index(best).data(ThreadListModel::ReplyCountRole).toInt())
                    best = row;
            }
            if (threads->rowCount() > 0)
                page->threadListView()->setCurrentIndex(threads->index(best));
        },
        [this] {
            Composer *composer = m_window->discussionsPage()->threadView()->composer();
            composer->setText(tr("Thanks, this helped! A **short** example:\n\n"
                                 "```\nprint(\"你好\")\n```"));
            composer->focusEditor();
        },
        [this] { save(m_window, QStringLiteral("thread")); },
        [this] {
            m_window->discussionsPage()->threadView()->composer()->tabs()->setCurrentIndex(1);
        },
        [this] {
            save(m_window, QStringLiteral("thread-preview"));
            m_window->discussionsPage()->threadView()->composer()->clear();
        },
        [this] {
            auto *dialog = new NewThreadDialog(tr("General"), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->titleField()->setText(tr("How do you plan your study week?"));
            dialog->composer()->setText(tr("I am trying to fit **two lessons** a week into a busy "
                                           "schedule. What works for you?"));
            dialog->show();
            QTimer::singleShot(300, this, [this, dialog] {
                save(dialog, QStringLiteral("new-thread"));
                dialog->close();
            });
        },
        [this] {
            SettingsDialog *dialog = m_window->openSettingsDialog();
            dialog->show();
            QTimer::singleShot(300, this, [this, dialog] {
                save(dialog, QStringLiteral("settings"));
                dialog->close();
            });
        },
    };
    if (m_stopServer) {
        m_steps << [this] {
            m_stopServer();
            ThreadView *view = m_window->discussionsPage()->threadView();
            m_window->showDiscussions();
            view->composer()->setText(tr("Writing this on the train; it goes out when I am back "
                                         "online."));
            view->composer()->sendButton()->click();
        } << [this] {
            save(m_window, QStringLiteral("offline"));
        } << [this] {
            OutboxPanel *panel = m_window->openOutbox();
            QTimer::singleShot(300, this, [this, panel] {
                save(panel, QStringLiteral("outbox"));
                panel->close();
            });
        };
    }
    // Let the first sync land before the first picture.
    QTimer::singleShot(2500, this, &ScreenshotTour::next);
}

void ScreenshotTour::next() {
    if (m_step >= m_steps.size()) {
        Q_EMIT finished();
        return;
    }
    m_steps.at(m_step++)();
    QTimer::singleShot(900, this, &ScreenshotTour::next);
}

} // namespace lyceum::ui
