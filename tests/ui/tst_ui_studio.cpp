// Drafts survive anything: a child process types into a draft through the real editor and is
// killed with SIGKILL mid-typing; on restart the draft holds everything typed up to at most the
// last second. And the draft's history: saves become revisions, a restore brings an older text
// back and can itself be undone.
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/studio_service.h"
#include "studio/draft_editor.h"
#include "studio/draft_store.h"
#include "thread_check.h"

#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;

std::unique_ptr<Client> opened(const QString &dir) {
    auto client = std::make_unique<Client>(Client::Options{dir, false});
    QSignalSpy spy(client.get(), &Client::opened);
    client->open();
    return spy.wait(kTimeout) ? std::move(client) : nullptr;
}

std::optional<Draft> draftOf(Client &client, const QString &id) {
    std::optional<Draft> out;
    bool done = false;
    client.studio().fetchDraft(id, &client, [&](std::optional<Draft> d) {
        out = d;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, kTimeout);
    return out;
}
} // namespace

class TestUiStudio : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Three versions an hour apart, saved at those times into the profile's cache before the app
    // opens it: past the revision gap, each save starts a revision; within it, the newest is
    // updated in place.
    static void writeHistory(const QString &dir, const QString &id, qint64 t0) {
        constexpr qint64 kHour = 3600 * 1000;
        QVERIFY(QDir().mkpath(dir));
        const threadcheck::Exempt setup; // the test writes the profile before the app opens it
        CacheDatabase db(QStringLiteral("history-setup"));
        QString error;
        QVERIFY2(db.open(QDir(dir).filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
        Draft d;
        d.id = id;
        d.kind = QStringLiteral("post");
        d.createdAt = t0;
        for (int i = 1; i <= 3; ++i) {
            d.title = QStringLiteral("第%1稿").arg(i);
            d.body = QStringLiteral("版本 %1 的正文").arg(i);
            QVERIFY2(draftstore::save(db, d, t0 + (i - 1) * kHour, false, &error),
                     qPrintable(error));
            const QVector<DraftRevision> revisions = draftstore::revisions(db, id);
            QCOMPARE(revisions.size(), i);
            QCOMPARE(revisions.last().body, d.body);
            QCOMPARE(revisions.last().savedAt, t0 + (i - 1) * kHour);
        }
        // Within the gap of the newest: it is updated in place, not added to.
        const qint64 third = t0 + 2 * kHour;
        d.body = QStringLiteral("版本 3 的正文，补充");
        QVERIFY(draftstore::save(db, d, third + draftstore::kRevisionGapMs - 1000, false, &error));
        QVector<DraftRevision> revisions = draftstore::revisions(db, id);
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.last().body, QStringLiteral("版本 3 的正文，补充"));
        QCOMPARE(revisions.at(1).body, QStringLiteral("版本 2 的正文"));
        // Just past the gap: a new one.
        d.body = QStringLiteral("版本 4 的正文");
        d.title = QStringLiteral("第4稿");
        QVERIFY(draftstore::save(db, d, third + 2 * draftstore::kRevisionGapMs, false, &error));
        revisions = draftstore::revisions(db, id);
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(revisions.at(2).body, QStringLiteral("版本 3 的正文，补充"));
        QCOMPARE(revisions.last().body, QStringLiteral("版本 4 的正文"));
    }

private Q_SLOTS:
    void killedMidKeystrokeLosesAtMostASecond() {
        const QString profile = m_dir.filePath(QStringLiteral("crash"));
        QString draftId;
        {
            auto client = opened(profile);
            QVERIFY(client);
            draftId = client->studio().newDraft(QStringLiteral("lesson"));
            QSignalSpy saved(&client->studio(), &StudioService::draftSaved);
            QVERIFY(saved.wait(kTimeout));
        }
        QString text;
        for (int i = 0; text.size() < 4000; ++i)
            text += QStringLiteral("Paragraph %1 of the lesson on loops. ").arg(i);
        const QString textPath = m_dir.filePath(QStringLiteral("text.txt"));
        QFile file(textPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        QProcess typist;
        typist.setProgram(QStringLiteral(LYCEUM_BINARY_DIR "/tests/ui/draft_typist"));
        typist.setArguments({profile, draftId, textPath});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        typist.setProcessEnvironment(env);
        // When each count was printed (this process's clock).
        QVector<QPair<qint64, int>> typed;
        connect(&typist, &QProcess::readyReadStandardOutput, this, [&] {
            while (typist.canReadLine()) {
                const QByteArray line = typist.readLine().trimmed();
                if (line.startsWith("typed "))
                    typed.append({QDateTime::currentMSecsSinceEpoch(), line.mid(6).toInt()});
            }
        });
        typist.start();
        QVERIFY(typist.waitForStarted(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(!typed.isEmpty() && typed.last().second >= 150, kTimeout);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        ::kill(pid_t(typist.processId()), SIGKILL);
        QVERIFY(typist.waitForFinished(kTimeout));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
        const int typedAtKill = typed.last().second;
        int typedASecondBefore = 0;
        for (const auto &[at, count] : std::as_const(typed))
            if (at <= killedAt - 1000)
                typedASecondBefore = count;
        QVERIFY(typedASecondBefore > 0);

        auto client = opened(profile);
        QVERIFY(client);
        const std::optional<Draft> d = draftOf(*client, draftId);
        QVERIFY(d);
        // A prefix of what was typed, missing at most what the last second added.
        QVERIFY2(text.startsWith(d->body), qPrintable(d->body.right(40)));
        QVERIFY2(d->body.size() >= typedASecondBefore,
                 qPrintable(QStringLiteral("saved %1, typed %2 a second before the kill, %3 at it")
                                .arg(d->body.size())
                                .arg(typedASecondBefore)
                                .arg(typedAtKill)));
        QVERIFY(d->body.size() <= typedAtKill);
        qInfo("after SIGKILL: %d characters saved; %d typed a second before the kill, %d at it",
              int(d->body.size()), typedASecondBefore, typedAtKill);
    }

    void historyAndRestore() {
        const QString dir = m_dir.filePath(QStringLiteral("history"));
        const QString id = QStringLiteral("draft-history");
        constexpr qint64 kHour = 3600 * 1000;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3 * kHour;
        writeHistory(dir, id, t0);
        if (QTest::currentTestFailed())
            return;
        auto client = opened(dir);
        QVERIFY(client);
        QVector<DraftRevision> revisions;
        bool fetched = false;
        client->studio().fetchDraftRevisions(id, client.get(), [&](QVector<DraftRevision> r) {
            revisions = r;
            fetched = true;
        });
        QTRY_VERIFY(fetched);
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(revisions.first().body, QStringLiteral("版本 1 的正文"));

        // Through the editor: type (the newest revision is an hour old, so the typing starts a
        // fifth), then restore the oldest version, from three hours ago.
        DraftEditor editor(client.get(), id);
        QSignalSpy loaded(&editor, &DraftEditor::loaded);
        editor.show();
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("第4稿"));
        QSignalSpy saved(&editor, &DraftEditor::saved);
        editor.bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.bodyEdit(), QStringLiteral(" more"));
        QVERIFY(saved.wait(kTimeout)); // autosaved without leaving the editor
        QCOMPARE(draftOf(*client, id)->body, QStringLiteral("版本 4 的正文 more"));
        QVERIFY(editor.statusLabel()->text().contains(QStringLiteral(":")));
        editor.openHistory();
        QDialog *history = nullptr;
        QTRY_VERIFY((history = editor.findChild<QDialog *>(QStringLiteral("DraftHistory"))));
        auto *list = history->findChild<QListWidget *>();
        QTRY_COMPARE(list->count(), 5);
        // The oldest entry is the first text.
        list->setCurrentRow(list->count() - 1);
        history->findChild<QPushButton *>(QStringLiteral("RestoreRevision"))->click();
        QSignalSpy reloaded(&editor, &DraftEditor::loaded);
        QVERIFY(reloaded.wait(kTimeout));
        QCOMPARE(editor.bodyEdit()->toPlainText(), QStringLiteral("版本 1 的正文"));
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("第1稿"));
        QCOMPARE(draftOf(*client, id)->body, QStringLiteral("版本 1 的正文"));
        // What the draft had before the restore is in the history, so it can be brought back.
        fetched = false;
        client->studio().fetchDraftRevisions(id, client.get(), [&](QVector<DraftRevision> r) {
            revisions = r;
            fetched = true;
        });
        QTRY_VERIFY(fetched);
        bool kept = false;
        for (const DraftRevision &r : std::as_const(revisions))
            kept = kept || r.body == QStringLiteral("版本 4 的正文 more");
        QVERIFY(kept);
    }
};

QTEST_MAIN(TestUiStudio)
#include "tst_ui_studio.moc"
