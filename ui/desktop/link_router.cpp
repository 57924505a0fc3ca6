#include "desktop/link_router.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <cstdio>

namespace lyceum::ui {

namespace {
// With LYCEUM_LINK_PROBE set, what the router did is printed on stdout for the tests that drive
// the real binary (tests/desktop/tst_single_instance.cpp). Never active otherwise.
void probe(const char *what, const QString &detail) {
    if (!qEnvironmentVariableIsSet("LYCEUM_LINK_PROBE"))
        return;
    std::printf("link-probe: %s %s\n", what, qPrintable(detail));
    std::fflush(stdout);
}

// A message that does not block: links arrive from the local socket, not from a user's click.
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text) {
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

LinkRouter::LinkRouter(Client *client, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window) {}

void LinkRouter::open(const QString &text) {
    const std::optional<LyceumLink> link = parseLyceumLink(text);
    if (!link) {
        probe("refused", QString::number(text.size()));
        tell(m_window, QMessageBox::Warning, tr("Link not opened"),
             tr("This is not a Lyceum link Lyceum can open."));
        return;
    }
    if (!link->pointsInto(m_client->serverUrl())) {
        askAboutOtherCommunity(*link);
        return;
    }
    navigate(*link);
}

void LinkRouter::navigate(const LyceumLink &link) {
    switch (link.kind) {
    case LyceumLink::Kind::Course:
        m_window->openCourse(link.id);
        break;
    case LyceumLink::Kind::Lesson:
        findLessonCourse(link.id, [this, link](const QString &courseId) {
            if (courseId.isEmpty()) {
                tell(m_window, QMessageBox::Information, tr("Lesson not found"),
                     tr("This lesson is not on this computer yet. It appears once Lyceum has "
                        "synced, if your account may see it."));
                return;
            }
            m_window->openLesson(courseId, link.id, link.seconds);
        });
        break;
    case LyceumLink::Kind::Thread:
        m_window->openThread(link.id);
        break;
    case LyceumLink::Kind::Post:
        m_window->openThreadAt(link.id, link.postId);
        break;
    }
    probe("opened", link.toUrl().toString());
    Q_EMIT opened(link);
}

// A link names a lesson, not its course: one cache read finds it (empty when not cached).
void LinkRouter::findLessonCourse(const QString &lessonId, std::function<void(QString)> done) {
    m_client->discovery().fetchLessonCourse(lessonId, this, std::move(done));
}

void LinkRouter::askAboutOtherCommunity(const LyceumLink &link) {
    if (m_question)
        m_question->close();
    const QUrl server = link.serverUrl();
    m_question = new QMessageBox(
        QMessageBox::Question, tr("Open a link from another community?"),
        tr("This link points into the community at %1, which this "
           "window is not signed in to.")
            .arg(server.host() + (link.port > 0 ? u':' + QString::number(link.port) : QString())),
        QMessageBox::NoButton, m_window);
    m_question->setObjectName(QStringLiteral("ForeignLinkQuestion"));
    m_question->setInformativeText(
        tr("Lyceum only talks to that server if you sign in there. Links cannot sign you in."));
    QPushButton *signIn = m_question->addButton(tr("Sign in there…"), QMessageBox::AcceptRole);
    m_question->addButton(tr("Cancel"), QMessageBox::RejectRole);
    m_question->setDefaultButton(signIn);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = link.toUrl().toString();
    connect(m_question, &QMessageBox::buttonClicked, this,
            [this, signIn, text, server](QAbstractButton *button) {
                if (button == signIn)
                    Q_EMIT otherCommunityRequested(text, server);
            });
    m_question->open();
    probe("asked", server.toString());
}

bool copyLinkToClipboard(const QUrl &link) {
    if (link.isEmpty())
        return false;
    QApplication::clipboard()->setText(link.toString());
    return true;
}

} // namespace lyceum::ui
