// A child process for tst_ui_studio: opens a profile, opens a draft in the real DraftEditor and
// types a text into it one key every few milliseconds, printing "typed N" after each key, until
// it is killed.
//   draft_typist PROFILE_DIR DRAFT_ID TEXT_FILE
#include "client/client.h"
#include "studio/draft_editor.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace lyceum;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc != 4)
        return 2;
    QFile textFile(QString::fromLocal8Bit(argv[3]));
    if (!textFile.open(QIODevice::ReadOnly))
        return 2;
    const QString text = QString::fromUtf8(textFile.readAll());
    Client client(Client::Options{QString::fromLocal8Bit(argv[1]), false});
    QObject::connect(&client, &Client::opened, &app, [&] {
        auto *editor = new ui::DraftEditor(&client, QString::fromLocal8Bit(argv[2]));
        editor->show();
        QObject::connect(editor, &ui::DraftEditor::loaded, &app, [editor, text] {
            auto *timer = new QTimer(editor);
            auto typed = std::make_shared<int>(0);
            QObject::connect(timer, &QTimer::timeout, editor, [editor, text, typed, timer] {
                if (*typed >= text.size()) {
                    timer->stop();
                    return;
                }
                // Through the widget, as a keyboard would (QTest::keyClicks types ASCII only;
                // the text is ASCII).
                QTest::keyClick(editor->bodyEdit(), text.at(*typed).toLatin1());
                ++*typed;
                std::printf("typed %d\n", *typed);
                std::fflush(stdout);
            });
            timer->start(15);
        });
    });
    QObject::connect(&client, &Client::openFailed, &app, [] { QCoreApplication::exit(3); });
    client.open();
    return app.exec();
}
