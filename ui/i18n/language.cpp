#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace lyceum::ui::language {

QStringList supported() {
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString systemLanguage() {
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &language : wanted) {
        if (language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (language.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString savedChoice() {
    const QString saved = QSettings().value(QLatin1String(settingsKey)).toString();
    return supported().contains(saved) ? saved : QString();
}

void saveChoice(const QString &language) {
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), language);
}

QString resolve(const QString &commandLine) {
    if (supported().contains(commandLine))
        return commandLine;
    const QString saved = savedChoice();
    return saved.isEmpty() ? systemLanguage() : saved;
}

namespace {
const auto kTranslatorName = QStringLiteral("lyceum-translator");
QString &installedLanguage() {
    static QString language;
    return language;
}
} // namespace

QString current() {
    return installedLanguage();
}

bool switchTo(QCoreApplication &app, const QString &language) {
    const QList<QTranslator *> old = app.findChildren<QTranslator *>(kTranslatorName);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
    return install(app, language);
}

bool install(QCoreApplication &app, const QString &language) {
    auto *ours = new QTranslator(&app);
    ours->setObjectName(kTranslatorName);
    if (!ours->load(QStringLiteral(":/i18n/lyceum_") % language % QStringLiteral(".qm"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard dialog buttons, context menus of line edits).
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(QStringLiteral("qt_") % language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    installedLanguage() = language;
    return true;
}

} // namespace lyceum::ui::language
