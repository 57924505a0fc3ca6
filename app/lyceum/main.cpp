// lyceum: the desktop client.
//   lyceum                     the demo community (a local lyceum-server with demo data)
//   lyceum --profile DIR       a real community profile (login when there is no session)
//   lyceum --lang zh_CN|en     the UI language for this run
//   lyceum --theme light|dark|system   the colour scheme for this run (Settings saves one)
//   lyceum --screenshot DIR    save a PNG of every screen, then quit (scripts/screenshots.sh)
#include "common/theme.h"
#include "i18n/language.h"
#include "shell/app_session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProcess>
#include <cstdio>

using namespace lyceum::ui;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lyceum"));
    QApplication::setApplicationName(QStringLiteral("Lyceum"));
    QApplication::setApplicationVersion(QStringLiteral(LYCEUM_VERSION));

    // The language must be known before the first translated string, so --lang is read early.
    QString requestedLanguage;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            requestedLanguage = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            requestedLanguage = args.at(i).mid(7);
    }
    const QString language = language::resolve(requestedLanguage);
    if (!language::install(app, language))
        std::fprintf(stderr, "lyceum: the %s translation is missing\n", qPrintable(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lyceum, a desktop client for learning communities."));
    parser.addHelpOption();
    parser.addVersionOption();
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
    parser.addOptions({demo, profile, lang, screenshot, size, themeOption});
    parser.process(app);

    theme::Appearance appearance = theme::savedAppearance();
    if (parser.isSet(themeOption)) {
        const auto scheme = theme::parseScheme(parser.value(themeOption));
        if (!scheme) {
            std::fprintf(stderr, "lyceum: --theme takes light, dark or system\n");
            return 2;
        }
        appearance.scheme = *scheme;
    }
    theme::apply(app, language, appearance);

    StartupOptions options;
    options.language = language;
    options.demo = parser.isSet(demo) || !parser.isSet(profile);
    if (parser.isSet(profile))
        options.profileDir = QDir(parser.value(profile)).absolutePath();
    options.screenshotDir = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() == 2)
            options.windowSize = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }

    AppSession session(options);
    QObject::connect(&session, &AppSession::quitRequested, &app, &QApplication::quit);
    session.start();
    const int code = QApplication::exec();
    session.shutdown();

    if (session.restartRequested()) {
        // The new process picks the saved language, so drop a --lang given for this run.
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
    return code;
}
