// Every page of the main window, walked through its QAccessible tree and by the keyboard,
// against a real lyceum-server (a child process) with the demo community, signed in as the
// admin (who sees every page, moderation and studio included):
// - every focusable, visible accessible object has a name (icon-only buttons, fields with their
//   labels, the items of lists, whose models give Qt::AccessibleTextRole where the display text
//   is not enough);
// - every widget that takes Tab focus is reached by pressing Tab from the page's first one
//   (QWidget::focusNextPrevChild, as a person's Tab key does);
// - the window fits: at its 800x560 minimum every page keeps that size (no page forces it
//   wider), and the default size follows the screen's available geometry;
// - switching the language at run time rebuilds the window in the new language and keeps the
//   open page; a theme change does the same.
#include "../integration/server_process.h"
#include "catalogue/catalogue_page.h"
#include "client/client.h"
#include "common/theme.h"
#include "course/course_page.h"
#include "discussions/discussions_page.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "i18n/language.h"
#include "shell/main_window.h"
#include "shell/sidebar.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QButtonGroup>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options o{dir, false};
    o.live = false;
    auto client = std::make_unique<Client>(o);
    QSignalSpy opened(client.get(), &Client::opened);
    client->open();
    if (!opened.wait(kTimeout))
        return nullptr;
    QSignalSpy loggedIn(client.get(), &Client::loginFinished);
    client->login(server, handle, QStringLiteral("lyceum-demo"), false);
    if (!loggedIn.wait(kTimeout) || loggedIn.first().at(0).value<ApiError>().isError())
        return nullptr;
    QSignalSpy synced(client.get(), &Client::syncFinished);
    client->syncNow();
    if (!synced.wait(60000))
        return nullptr;
    return client;
}

QString describe(QAccessibleInterface *iface) {
    QObject *object = iface->object();
    QString where = object ? QString::fromLatin1(object->metaObject()->className()) %
                                 QLatin1Char('#') % object->objectName()
                           : QStringLiteral("(item)");
    if (!object && iface->parent() && iface->parent()->object())
        where += QStringLiteral(" in ") %
                 QString::fromLatin1(iface->parent()->object()->metaObject()->className()) %
                 QLatin1Char('#') % iface->parent()->object()->objectName();
    return where % QStringLiteral(" role ") % QString::number(int(iface->role()));
}

// Focusable accessible objects on screen without a name, depth first.
void unnamed(QAccessibleInterface *iface, QStringList &out, int depth = 0) {
    if (!iface || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if (state.focusable && !state.disabled && iface->text(QAccessible::Name).trimmed().isEmpty())
        out << describe(iface);
    const int n = iface->childCount();
    for (int i = 0; i < n && i < 400; ++i)
        unnamed(iface->child(i), out, depth + 1);
}

bool takesTab(const QWidget *w, const QWidget *window) {
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isEnabled() &&
           w->isVisibleTo(window) && !w->focusProxy();
}

// Widgets that take Tab focus but are not reached by pressing Tab around the whole chain.
QStringList outOfTabReach(QWidget *window) {
    QList<QWidget *> wanted;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (takesTab(w, window))
            wanted << w;
    if (wanted.isEmpty())
        return {};
    wanted.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    for (int i = 0; i < wanted.size() * 2 + 4; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget *w : std::as_const(wanted)) {
        // Tab enters an exclusive group of buttons once (like radio buttons); the arrow keys
        // move within it (QAbstractButton's keyboard handling).
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (button && button->group() && button->group()->exclusive()) {
            const QList<QAbstractButton *> members = button->group()->buttons();
            if (std::any_of(members.begin(), members.end(),
                            [&](QAbstractButton *m) { return reached.contains(m); }))
                continue;
        }
        if (!reached.contains(w))
            missing << QString::fromLatin1(w->metaObject()->className()) % QLatin1Char('#') %
                           w->objectName() % QLatin1Char(' ') % w->accessibleName();
    }
    return missing;
}

} // namespace

class TestUiAccessibility : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_admin;

    // Adds what is wrong on the page shown to `problems`.
    void checkPage(MainWindow &window, const QString &page, QStringList &problems) {
        QTest::qWait(150); // fetches answer and lists fill
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
        QVERIFY(root);
        QStringList nameless;
        unnamed(root, nameless);
        nameless.removeDuplicates();
        if (!nameless.isEmpty())
            problems << page % QStringLiteral(": focusable without a name: ") %
                            nameless.join(QStringLiteral(", "));
        const QStringList missing = outOfTabReach(&window);
        if (!missing.isEmpty())
            problems << page % QStringLiteral(": out of Tab reach: ") %
                            missing.join(QStringLiteral(", "));
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_accessibility"));
        QVERIFY(m_dir.isValid());
        QAccessible::setActive(true);
        theme::apply(*qApp, QStringLiteral("en"), theme::Appearance{});
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_admin = signedIn(m_dir.filePath(QStringLiteral("admin")), m_server.url(),
                           QStringLiteral("admin"));
        QVERIFY(m_admin);
    }

    void everyPageNamedAndReachable() {
        MainWindow window(m_admin.get(), QStringLiteral("en"));
        window.resize(1280, 820);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<std::pair<QString, std::function<void()>>> pages = {
            {QStringLiteral("home"), [&] { window.showHome(); }},
            {QStringLiteral("catalogue"), [&] { window.showCatalogue(); }},
            {QStringLiteral("search"), [&] { window.showSearch(); }},
            {QStringLiteral("discussions"), [&] { window.showDiscussions(); }},
            {QStringLiteral("wallet"), [&] { window.showWallet(); }},
            {QStringLiteral("downloads"), [&] { window.showDownloads(); }},
            {QStringLiteral("moderation"), [&] { window.showModeration(); }},
            {QStringLiteral("studio"), [&] { window.showStudio(); }},
        };
        QStringList problems;
        for (const auto &[name, show] : pages) {
            show();
            checkPage(window, name, problems);
        }
        // A thread open in Discussions, and a course page.
        window.showDiscussions();
        ThreadListModel *threads = window.discussionsPage()->threadModel();
        QTRY_VERIFY_WITH_TIMEOUT(threads->rowCount() > 0, kTimeout);
        window.discussionsPage()->threadListView()->setCurrentIndex(threads->index(0));
        QTRY_VERIFY_WITH_TIMEOUT(!window.discussionsPage()->threadView()->threadId().isEmpty(),
                                 kTimeout);
        checkPage(window, QStringLiteral("thread"), problems);
        const QModelIndex course = window.cataloguePage()->courseView()->model()->index(0, 0);
        QVERIFY(course.isValid());
        window.openCourse(course.data(Qt::UserRole + 1).toString());
        checkPage(window, QStringLiteral("course"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void windowFitsTheScreen() {
        QCOMPARE(MainWindow::defaultSize(QSize(1920, 1040)), QSize(1280, 840));
        QCOMPARE(MainWindow::defaultSize(QSize(1024, 700)), QSize(921, 630));
        QCOMPARE(MainWindow::defaultSize(QSize(800, 560)), QSize(800, 560));
        MainWindow window(m_admin.get(), QStringLiteral("en"));
        QVERIFY(window.minimumSize().width() <= 800 && window.minimumSize().height() <= 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(800, 560);
        const QList<std::pair<QString, std::function<void()>>> pages = {
            {QStringLiteral("home"), [&] { window.showHome(); }},
            {QStringLiteral("catalogue"), [&] { window.showCatalogue(); }},
            {QStringLiteral("search"), [&] { window.showSearch(); }},
            {QStringLiteral("discussions"), [&] { window.showDiscussions(); }},
            {QStringLiteral("wallet"), [&] { window.showWallet(); }},
            {QStringLiteral("downloads"), [&] { window.showDownloads(); }},
            {QStringLiteral("moderation"), [&] { window.showModeration(); }},
            {QStringLiteral("studio"), [&] { window.showStudio(); }},
        };
        for (const auto &[name, show] : pages) {
            show();
            QTest::qWait(100);
            QVERIFY2(window.size() == QSize(800, 560),
                     qPrintable(name % QStringLiteral(" forces ") %
                                QString::number(window.width()) % QLatin1Char('x') %
                                QString::number(window.height())));
        }
        // Narrow: icons-only sidebar, spaces in a menu; wide: both back.
        window.showDiscussions();
        QVERIFY(window.sidebar()->isCompact());
        QVERIFY(window.discussionsPage()->isCompact());
        QTRY_VERIFY(window.discussionsPage()->spaceMenuButton()->isVisible());
        QVERIFY(!window.discussionsPage()->spaceView()->isVisible());
        window.resize(1400, 860);
        QTRY_VERIFY(!window.sidebar()->isCompact());
        QVERIFY(!window.discussionsPage()->isCompact());
        QVERIFY(window.discussionsPage()->spaceView()->isVisible());
    }

    void languageAndThemeApplyAtOnce() {
        QVERIFY(language::switchTo(*qApp, QStringLiteral("en")));
        MainWindow window(m_admin.get(), QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showDiscussions();
        ThreadListModel *threads = window.discussionsPage()->threadModel();
        QTRY_VERIFY_WITH_TIMEOUT(threads->rowCount() > 0, kTimeout);
        const QString threadId = threads->index(0).data(ThreadListModel::IdRole).toString();
        window.openThread(threadId);
        QTRY_COMPARE(window.discussionsPage()->threadView()->threadId(), threadId);
        QCOMPARE(window.sidebar()->button(Sidebar::Catalogue)->text(), QStringLiteral("Catalogue"));

        QVERIFY(language::switchTo(*qApp, QStringLiteral("zh_CN")));
        QTRY_COMPARE(window.rebuildCount(), 1);
        QCOMPARE(window.sidebar()->button(Sidebar::Catalogue)->text(), QStringLiteral("课程"));
        QCOMPARE(window.windowTitle(),
                 QCoreApplication::translate("lyceum::ui::MainWindow", "Lyceum"));
        QTRY_COMPARE(window.discussionsPage()->threadView()->threadId(), threadId);
        QTRY_VERIFY(window.discussionsPage()->isVisible());

        theme::Appearance dark;
        dark.scheme = theme::Scheme::Dark;
        theme::apply(*qApp, QStringLiteral("zh_CN"), dark);
        QTRY_COMPARE(window.rebuildCount(), 2);
        QVERIFY(theme::current().dark);
        QVERIFY(qApp->palette().color(QPalette::Window).lightnessF() < 0.5);
        QTRY_COMPARE(window.discussionsPage()->threadView()->threadId(), threadId);

        QVERIFY(language::switchTo(*qApp, QStringLiteral("en")));
        theme::apply(*qApp, QStringLiteral("en"), theme::Appearance{});
        QTRY_COMPARE(window.sidebar()->button(Sidebar::Catalogue)->text(),
                     QStringLiteral("Catalogue"));
    }
};

QTEST_MAIN(TestUiAccessibility)
#include "tst_ui_accessibility.moc"
