// A thread of 10,000 replies in a real cache, read through a real Client: the windowed post
// model under QAbstractItemModelTester (open, fetchMore, fetchOlder, a jump, trimming, a live
// reply, an edit); the thread view opening it with a screenful of widgets, jumping to a reply
// deep in it (on screen and highlighted), scrolling by the wheel, and taking a live reply as one
// inserted row and an edit as one changed row; folding a post's replies away and back, by the
// mouse and the keyboard, and a jump into a folded reply unfolding it.
#include "../core/long_thread_fixture.h"
#include "client/client.h"
#include "discussions/post_list_model.h"
#include "discussions/post_list_view.h"
#include "discussions/post_widget.h"
#include "discussions/thread_view.h"
#include "markdown/markdown_view.h"
#include "thread_check.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kReplies = 10000;
constexpr int kTimeout = 20000;

// Writes posts into the cache the way a sync would (a second connection to the same file).
bool writePost(const QString &cachePath, const Post &post) {
    const threadcheck::Exempt setup; // the test's own writer, standing in for a sync
    CacheDatabase db(QStringLiteral("test-writer"));
    QString error;
    if (!db.open(cachePath, &error) || !db.begin(&error))
        return false;
    {
        EntityWriter writer(db.db());
        if (!writer.upsert(post, &error))
            return false;
    }
    return db.commit(&error);
}

Post reply(const QString &id, const QString &parentId) {
    Post post;
    post.id = id;
    post.threadId = QStringLiteral("t-long");
    post.parentId = parentId;
    post.authorId = QStringLiteral("u3");
    post.body = QStringLiteral("A live reply 实时回复 ") + id;
    post.createdAt = 1800000000000;
    return post;
}

// A held row whose replies all end inside the held rows: a new reply to it lands among them.
int rowWithRoomAfter(const PostListModel &model, int from) {
    for (int row = from; row + 1 < model.rowCount(); ++row) {
        int end = row + 1;
        while (end < model.rowCount() && model.postAt(end)->depth > model.postAt(row)->depth)
            ++end;
        if (end < model.rowCount())
            return row;
    }
    return -1;
}

struct Spies {
    explicit Spies(const PostListModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , refreshed(model, &PostListModel::refreshed) {}
    QSignalSpy inserted, removed, changed, reset, refreshed;
};

} // namespace

class TestThreadWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_profile;
    QString m_cachePath;
    testing::LongThread m_thread;
    std::unique_ptr<Client> m_client;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_profile.isValid());
        m_cachePath = m_profile.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            const threadcheck::Exempt setup; // the test writes the profile before the app opens it
            QVERIFY2(testing::writeLongThread(m_cachePath, kReplies, &m_thread, &error),
                     qPrintable(error));
        }
        Client::Options options;
        options.profileDir = m_profile.path();
        options.useKeychain = false;
        options.autoFlush = false;
        options.live = false;
        m_client = std::make_unique<Client>(options);
        QSignalSpy opened(m_client.get(), &Client::opened);
        m_client->open();
        QVERIFY(opened.wait(kTimeout));
    }

    void modelPassesTesterThroughWindowsAndLiveChanges() {
        PostListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &PostListModel::windowLoaded);
        model.openThread(QStringLiteral("t-long"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
        QCOMPARE(model.totalPosts(), kReplies + 1);
        QVERIFY(model.index(0).data(PostListModel::IsOpeningPostRole).toBool());
        // The tester itself calls fetchMore whenever it may: wait for it, then fetch once more.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
        const int held = model.rowCount();
        QVERIFY(held >= 2 * PostListModel::kWindow);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), held + PostListModel::kWindow, kTimeout);
        QCOMPARE(model.index(150).data(PostListModel::PositionRole).toInt(), 150);

        // A jump deep in, then older rows above it.
        model.openAtPosition(8000);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kTimeout);
        const int first = model.firstPosition();
        QVERIFY(first > 7800 && first <= 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout); // the tester's fetchMore
        QVERIFY(model.canFetchOlder());
        const QString top = model.postAt(0)->post.id;
        model.fetchOlder();
        QTRY_COMPARE_WITH_TIMEOUT(model.firstPosition(), first - PostListModel::kWindow, kTimeout);
        QCOMPARE(model.rowOf(top), PostListModel::kWindow);

        // Scrolling on and on keeps at most kMaxRows, letting go of the top.
        for (int i = 0; i < 8; ++i) {
            const int before = model.firstPosition() + model.rowCount();
            QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore(QModelIndex()), kTimeout);
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.firstPosition() + model.rowCount() > before, kTimeout);
        }
        QCOMPARE(model.rowCount(), PostListModel::kMaxRows);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);

        // At the end of the thread (where the tester has nothing more to fetch, so every
        // signal below is the change's own), a live reply: exactly one inserted row.
        model.openAtPosition(model.totalPosts() - 1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        const int parentRow = rowWithRoomAfter(model, 10);
        QVERIFY(parentRow >= 0);
        const QString parentId = model.postAt(parentRow)->post.id;
        {
            Spies spies(&model);
            QVERIFY(writePost(m_cachePath, reply(QStringLiteral("live-1"), parentId)));
            model.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(spies.refreshed.count(), 1, kTimeout);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(spies.inserted.first().at(1).toInt(), spies.inserted.first().at(2).toInt());
            const int row = model.rowOf(QStringLiteral("live-1"));
            QCOMPARE(spies.inserted.first().at(1).toInt(), row);
            QCOMPARE(model.postAt(row)->depth, model.postAt(parentRow)->depth + 1);
            QCOMPARE(spies.removed.count(), 0);
            QCOMPARE(spies.changed.count(), 0);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(model.totalPosts(), kReplies + 2);
        }
        // An edit: exactly one changed row.
        {
            Spies spies(&model);
            Post edited = model.postAt(parentRow)->post;
            edited.body = QStringLiteral("Edited 已编辑");
            edited.editedAt = 1800000000001;
            QVERIFY(writePost(m_cachePath, edited));
            model.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(spies.refreshed.count(), 1, kTimeout);
            QCOMPARE(spies.changed.count(), 1);
            QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), parentRow);
            QCOMPARE(spies.changed.first().at(1).toModelIndex().row(), parentRow);
            QCOMPARE(spies.inserted.count(), 0);
            QCOMPARE(spies.removed.count(), 0);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(model.index(parentRow).data(PostListModel::EditedAtRole).toLongLong(),
                     edited.editedAt);
        }
    }

    void viewOpensLongThreadAndJumpsToADeepReply() {
        ThreadView view(m_client.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openThread(QStringLiteral("t-long"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.postWidgets().isEmpty(), kTimeout);
        // A screenful of widgets, not one per post.
        QVERIFY2(view.findChildren<PostWidget *>().size() < 60,
                 qPrintable(QString::number(view.findChildren<PostWidget *>().size())));
        QCOMPARE(view.postWidgets().first()->postId(), m_thread.postIds.first());

        // Jump to a reply deep in the thread: loaded around it, on screen, highlighted.
        const QString deep = m_thread.postIds.at(9000);
        view.openThreadAt(QStringLiteral("t-long"), deep);
        QTRY_VERIFY_WITH_TIMEOUT(view.postWidget(deep) != nullptr, kTimeout);
        QCOMPARE(view.highlightedPostId(), deep);
        PostWidget *target = view.postWidget(deep);
        QVERIFY(target->isVisible());
        QVERIFY(target->property("highlighted").toBool());
        const QRect shown = view.postList()->viewport()->rect();
        QVERIFY(shown.contains(target->geometry().topLeft()));
        QVERIFY(view.postModel()->firstPosition() > 8000);
        QVERIFY(view.findChildren<PostWidget *>().size() < 60);
        QVERIFY(view.postModel()->rowCount() <= PostListModel::kMaxRows);

        // A live reply to it: one inserted row, the view still at the same post.
        QTRY_VERIFY_WITH_TIMEOUT(!view.postModel()->isLoading(), kTimeout);
        {
            Spies spies(view.postModel());
            QVERIFY(writePost(m_cachePath, reply(QStringLiteral("live-2"), deep)));
            Q_EMIT m_client->cacheChanged();
            QTRY_COMPARE_WITH_TIMEOUT(spies.refreshed.count(), 1, kTimeout);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(spies.removed.count(), 0);
            QTRY_VERIFY(view.postWidget(deep) != nullptr);
        }
        // Its edit: one changed row, shown in a new widget for that post alone.
        {
            Spies spies(view.postModel());
            const QList<PostWidget *> others = view.postWidgets();
            Post edited = view.postModel()->postAt(view.postModel()->rowOf(deep))->post;
            edited.body = QStringLiteral("Edited deep reply 深处的回复");
            edited.editedAt = 1800000000002;
            QVERIFY(writePost(m_cachePath, edited));
            Q_EMIT m_client->cacheChanged();
            QTRY_COMPARE_WITH_TIMEOUT(spies.refreshed.count(), 1, kTimeout);
            QCOMPARE(spies.changed.count(), 1);
            QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
            QTRY_VERIFY(view.postWidget(deep) != nullptr);
            QVERIFY(view.postWidget(deep)->body()->toPlainText().contains(
                QStringLiteral("深处的回复")));
            QVERIFY(view.postWidget(deep)->property("highlighted").toBool());
            int kept = 0;
            for (PostWidget *widget : others)
                kept += view.postWidgets().contains(widget);
            QCOMPARE(kept, others.size() - 1); // only the edited post's widget was made again
        }

        // The wheel, 300 notches down: more rows come in, the widgets stay a screenful.
        QWidget *viewport = view.postList()->viewport();
        const int startPosition = view.postModel()->firstPosition() + view.postList()->topRow();
        for (int i = 0; i < 300; ++i) {
            const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
            QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport, &wheel);
            if (i % 20 == 0)
                QTest::qWait(20); // lets fetched windows come in
        }
        QTRY_VERIFY_WITH_TIMEOUT(!view.postModel()->isLoading(), kTimeout);
        QVERIFY(view.postModel()->firstPosition() + view.postList()->topRow() > startPosition);
        QVERIFY(view.findChildren<PostWidget *>().size() < 60);
        QVERIFY(view.postModel()->rowCount() <= PostListModel::kMaxRows);
    }

    void foldsRepliesAndUnfoldsForAJump() {
        ThreadView view(m_client.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openThread(QStringLiteral("t-long"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.postWidgets().isEmpty(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!view.postModel()->isLoading(), kTimeout);
        // A held post with at least two replies under it and a post after them.
        const PostListModel *model = view.postModel();
        int row = -1;
        int replies = 0;
        for (int r = 1; r + 1 < model->rowCount() && row < 0; ++r) {
            int end = r + 1;
            while (end < model->rowCount() && model->postAt(end)->depth > model->postAt(r)->depth)
                ++end;
            if (end - r - 1 >= 2 && end < model->rowCount()) {
                row = r;
                replies = end - r - 1;
            }
        }
        QVERIFY(row > 0);
        const QString parentId = model->postAt(row)->post.id;
        const QString childId = model->postAt(row + 1)->post.id;
        const QString nextId = model->postAt(row + replies + 1)->post.id;
        view.postList()->scrollToRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(view.postWidget(parentId) != nullptr, kTimeout);
        PostWidget *parent = view.postWidget(parentId);
        QVERIFY(parent->foldButton()->isVisible());
        QCOMPARE(parent->foldButton()->text(), QStringLiteral("▾"));
        QVERIFY(!parent->foldButton()->accessibleName().isEmpty());

        // Folded: its replies have no widget and take no room; the next post follows it.
        QTest::mouseClick(parent->foldButton(), Qt::LeftButton);
        QTRY_VERIFY(view.postWidget(parentId) != nullptr);
        parent = view.postWidget(parentId);
        QVERIFY(view.postList()->isFolded(parentId));
        QVERIFY(view.postList()->isRowHidden(row + 1));
        QVERIFY(!view.postList()->isRowHidden(row + replies + 1));
        QVERIFY(view.postWidget(childId) == nullptr);
        QVERIFY(parent->foldButton()->text().contains(QString::number(replies)));
        QTRY_VERIFY(view.postWidget(nextId) != nullptr);
        QCOMPARE(view.postWidget(nextId)->geometry().top(), parent->geometry().bottom() + 1);
        // The longer label is laid out whole, not clipped to the short one's width.
        QTRY_VERIFY(parent->foldButton()->width() >= parent->foldButton()->sizeHint().width());
        if (const QString shots = qEnvironmentVariable("LYCEUM_SHOTS"); !shots.isEmpty())
            QVERIFY(view.grab().save(shots + QStringLiteral("/thread-folded.png")));

        // Unfolded by the keyboard: the replies are back under it.
        parent->foldButton()->setFocus();
        QTest::keyClick(parent->foldButton(), Qt::Key_Space);
        QTRY_VERIFY(view.postWidget(childId) != nullptr);
        QVERIFY(!view.postList()->isFolded(parentId));
        QVERIFY(!view.postList()->isRowHidden(row + 1));

        // Folded again, a jump to one of its replies unfolds it and shows the reply.
        view.postList()->toggleFold(parentId);
        QTRY_VERIFY(view.postWidget(childId) == nullptr);
        view.openThreadAt(QStringLiteral("t-long"), childId);
        QTRY_VERIFY_WITH_TIMEOUT(view.postWidget(childId) != nullptr, kTimeout);
        QCOMPARE(view.highlightedPostId(), childId);
        QVERIFY(!view.postList()->isFolded(parentId));
    }
};

QTEST_MAIN(TestThreadWindow)
#include "tst_ui_thread_window.moc"
