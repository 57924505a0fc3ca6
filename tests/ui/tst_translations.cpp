// The Simplified Chinese catalogue is complete (no unfinished or empty entry, plural forms
// included), and the compiled catalogue embedded in lyceum_ui translates what the UI shows.
#include "i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chineseCatalogueIsComplete() {
        QFile file(QStringLiteral(LYCEUM_SOURCE_DIR "/translations/lyceum_zh_CN.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    type == QLatin1String("obsolete"))
                    problems << context + QStringLiteral(": ") + source + QStringLiteral(" [") +
                                    type + QLatin1Char(']');
                // Plural entries carry <numerusform> children; others carry the text.
                const QString text =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (text.isEmpty())
                    problems << context + QStringLiteral(": ") + source +
                                    QStringLiteral(" [empty]");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void compiledChineseTranslates() {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/lyceum_zh_CN.qm")));
        QCOMPARE(translator.translate("lyceum::ui::Sidebar", "Catalogue"), QStringLiteral("课程"));
        QCOMPARE(translator.translate("lyceum::ui::Sidebar", "Discussions"),
                 QStringLiteral("讨论"));
        QCOMPARE(translator.translate("lyceum::ui::Sidebar", "Settings"), QStringLiteral("设置"));
        QCOMPARE(translator.translate("Format", "Free"), QStringLiteral("免费"));
        QCOMPARE(translator.translate("lyceum::ui::AppSession", "Starting the demo community…"),
                 QStringLiteral("正在启动演示社群…"));
        QCOMPARE(translator.translate("Format", "%n minute(s) ago", nullptr, 5),
                 QStringLiteral("%n 分钟前")); // %n is filled by QCoreApplication::translate
    }

    // Sentences made in core/ (errors shown by the login dialog, the status bar, the CLI) are
    // scanned by lupdate too, under the context core passes to QCoreApplication::translate.
    void compiledChineseTranslatesCoreMessages() {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/lyceum_zh_CN.qm")));
        QCOMPARE(translator.translate("lyceum::CredentialStore",
                                      "The saved session is damaged; please log in again."),
                 QStringLiteral("保存的登录信息已损坏，请重新登录。"));
        QCOMPARE(translator.translate("lyceum::Client",
                                      "The keychain is turned off for this profile; you stay "
                                      "signed in only until Lyceum quits."),
                 QStringLiteral("此个人资料已关闭钥匙串，登录状态仅保持到 Lyceum 退出为止。"));
        // Sentences from helper functions outside a class, under the contexts the code uses.
        QCOMPARE(translator.translate("lyceum::ApiClient", "The server refused the connection. "
                                                           "It may be down; try again later."),
                 QStringLiteral("服务器拒绝了连接，可能暂时无法使用，请稍后重试。"));
        QCOMPARE(
            translator.translate("lyceum::Outbox", "The thread was locked before this arrived."),
            QStringLiteral("在它送达之前，该话题已被锁定。"));
        QCOMPARE(translator.translate("lyceum::localmutations",
                                      "The thread is locked; replies are closed."),
                 QStringLiteral("该话题已锁定，不能再回复。"));
    }

    void installFollowsTheChoice() {
        QVERIFY(
            lyceum::ui::language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("lyceum::ui::Sidebar", "Discussions"),
                 QStringLiteral("讨论"));
        QCOMPARE(QCoreApplication::translate("Format", "%n minute(s) ago", nullptr, 5),
                 QStringLiteral("5 分钟前"));
        QCOMPARE(lyceum::ui::language::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(lyceum::ui::language::supported().contains(
            lyceum::ui::language::resolve(QStringLiteral("xx"))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
