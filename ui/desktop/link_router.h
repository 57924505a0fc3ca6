// Opens a lyceum:// link in the main window: a course, a lesson at a second, a thread, a post.
// A link into another community than the one this window is signed in to asks first ("Sign in
// there?"); yes hands it on (otherCommunityRequested) so the app can open or create that
// community's profile. An invalid link is said, never followed in part.
#pragma once

#include "links/lyceum_link.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <functional>

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class MainWindow;

class LinkRouter : public QObject {
    Q_OBJECT
public:
    LinkRouter(Client *client, MainWindow *window, QObject *parent = nullptr);

    void open(const QString &text);
    // The question shown for a link into another community (null when none is open).
    QMessageBox *pendingQuestion() const { return m_question; }

Q_SIGNALS:
    void otherCommunityRequested(const QString &link, const QUrl &server);
    void opened(const lyceum::LyceumLink &link); // navigation started

private:
    void navigate(const LyceumLink &link);
    void askAboutOtherCommunity(const LyceumLink &link);
    void findLessonCourse(const QString &lessonId, std::function<void(QString)> done);

    Client *m_client;
    MainWindow *m_window;
    QPointer<QMessageBox> m_question;
};

// Puts a link on the clipboard; false (nothing copied) when the link cannot be made.
bool copyLinkToClipboard(const QUrl &link);

} // namespace lyceum::ui
