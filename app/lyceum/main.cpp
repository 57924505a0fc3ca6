// lyceum: the desktop client.
//   lyceum                     the demo community (a local lyceum-server with demo data)
//   lyceum --profile DIR       a real community profile (login when there is no session)
//   lyceum --lang zh_CN|en     the UI language for this run
//   lyceum --theme light|dark|system   the colour scheme for this run (Settings saves one)
//   lyceum --screenshot DIR    save a PNG of every screen, then quit (scripts/screenshots.sh)
//   lyceum --open URL          open a lyceum:// link (also a bare URL argument, as desktops pass
//                              it); handed to the running instance of the profile if there is one
//   lyceum --version           print the version (no display needed)
#include "common/theme.h"
#include "demo/demo_launcher.h"
#include "desktop/profile_list.h"
#include "desktop/single_instance.h"
#include "desktop/url_open_events.h"
#include "i18n/language.h"
#include "links/lyceum_link.h"
#include "platform/process_control.h"
#include "shell/app_session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QProcess>
#include <QSettings>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

// --version before QApplication, so it works with no display (scripts, package checks).
bool printVersionIfAsked(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("lyceum %s\n", LYCEUM_VERSION);
            return true;
        }
    }
    return false;
}

// The profile a run belongs to: --profile, --demo, the profile a link points into, or the one
// opened last (the demo when none).
void chooseProfile(StartupOptions *options, bool demoAsked, const QString &profileAsked) {
    if (!profileAsked.isEmpty()) {
        options->demo = false;
        options->profileDir = QDir(profileAsked).absolutePath();
        return;
    }
    options->demo = true;
    if (demoAsked)
        return;
    QSettings settings;
    const ProfileList profiles(&settings, DemoLauncher::demoProfileDir());
    QString dir;
    if (const auto link = parseLyceumLink(options->openLink))
        dir = profiles.findForLink(*link);
    if (dir.isEmpty())
        dir = profiles.last();
    if (!dir.isEmpty() && QDir(dir).exists()) {
        options->demo = false;
        options->profileDir = dir;
    }
}

// The language must be known before the first translated string, so --lang is read early.
QString installLanguage(QApplication &app) {
    QString requested;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            requested = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            requested = args.at(i).mid(7);
    }
    const QString language = language::resolve(requested);
    if (!language::install(app, language))
        std::fprintf(stderr, "lyceum: the %s translation is missing\n", qPrintable(language));
    return language;
}

StartupOptions parseCommandLine(QApplication &app, const QString &language) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lyceum, a desktop client for learning communities."));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo community."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the account profile in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: zh_CN or en."),
        QStringLiteral("language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save screenshots of every screen to <dir>, then quit."),
        QStringLiteral("dir"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, for example 1024x700."),
        QStringLiteral("WxH"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour scheme: light, dark or system."),
        QStringLiteral("scheme"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("main",
                                    "Open a lyceum:// link (in the running window, if any)."),
        QStringLiteral("url"));
    parser.addOptions({demo, profile, lang, screenshot, size, open, themeOption});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QCoreApplication::translate("main", "A lyceum:// link to open."),
                                 QStringLiteral("[url]"));
    parser.process(app);

    theme::Appearance appearance = theme::savedAppearance();
    if (parser.isSet(themeOption)) {
        const auto scheme = theme::parseScheme(parser.value(themeOption));
        if (!scheme) {
            std::fprintf(stderr, "lyceum: --theme takes light, dark or system\n");
            std::exit(2); // as QCommandLineParser::process does for a bad option
        }
        appearance.scheme = *scheme;
    }
    theme::apply(app, language, appearance);

    StartupOptions options;
    options.language = language;
    options.openLink = parser.value(open);
    if (options.openLink.isEmpty() && !parser.positionalArguments().isEmpty())
        options.openLink = parser.positionalArguments().constFirst();
    chooseProfile(&options, parser.isSet(demo), parser.value(profile));
    options.screenshotDir = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() == 2)
            options.windowSize = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    return options;
}

// Restarts as the session asked: into another profile, or the same command line without a
// --lang given for this run (the new process picks the saved language).
void restart(const AppSession &session) {
    if (!session.restartArguments().isEmpty()) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                session.restartArguments());
        return;
    }
    const QStringList args = QCoreApplication::arguments();
    QStringList restartArgs;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(QLatin1String("--lang=")))
            restartArgs << args.at(i);
    }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), restartArgs);
}

} // namespace

int main(int argc, char *argv[]) {
    if (printVersionIfAsked(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lyceum"));
    QApplication::setApplicationName(QStringLiteral("Lyceum"));
    QApplication::setApplicationVersion(QStringLiteral(LYCEUM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lyceum.Lyceum"));
    // The installed icon (packaging/icons), for the window and the tray.
    if (const QIcon icon = QIcon::fromTheme(QStringLiteral("org.lyceum.Lyceum")); !icon.isNull())
        QApplication::setWindowIcon(icon);
    const QString language = installLanguage(app);
    const StartupOptions options = parseCommandLine(app, language);

    // One window per profile: a second start hands its link over and exits. Screenshot tours and
    // start-up probes run beside a user's window, so they stay out of it.
    std::unique_ptr<SingleInstance> instance;
    if (options.screenshotDir.isEmpty() && !qEnvironmentVariableIsSet("LYCEUM_STARTUP_PROBE")) {
        instance = std::make_unique<SingleInstance>(options.demo ? DemoLauncher::demoProfileDir()
                                                                 : options.profileDir);
        if (instance->handOver(options.openLink))
            return 0;
        QString error;
        if (!instance->listen(&error)) {
            std::fprintf(stderr, "lyceum: %s\n", qPrintable(error));
            return 1;
        }
    }
    // SIGTERM and SIGINT end the event loop like Quit does, so the demo server is stopped.
    if (!platform::quitOnTerminationSignals())
        std::fprintf(stderr, "lyceum: the termination signal handlers could not be installed\n");

    AppSession session(options);
    QObject::connect(&session, &AppSession::quitRequested, &app, &QApplication::quit);
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::linkReceived, &session,
                         &AppSession::openLink);
        QObject::connect(instance.get(), &SingleInstance::raiseRequested, &session,
                         &AppSession::raiseWindow);
    }
    // macOS delivers links opened elsewhere as QFileOpenEvent.
    UrlOpenEvents urlEvents;
    app.installEventFilter(&urlEvents);
    QObject::connect(&urlEvents, &UrlOpenEvents::linkOpened, &session, &AppSession::openLink);
    session.start();
    const int code = QApplication::exec();
    session.shutdown();
    instance.reset(); // free the profile's name before a restarted process asks for it
    if (session.restartRequested())
        restart(session);
    return code;
}
