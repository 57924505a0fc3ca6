// Every ui model under QAbstractItemModelTester (fatal), through resets and in-place updates;
// the catalogue filter (search as you type, topic, price); formatting helpers.
#include "catalogue/course_filter_model.h"
#include "catalogue/course_list_model.h"
#include "common/format.h"
#include "course/lesson_dialog.h"
#include "course/syllabus_model.h"
#include "discussions/post_list_model.h"
#include "discussions/space_list_model.h"
#include "discussions/thread_list_model.h"
#include "library/library_model.h"
#include "outbox/outbox_model.h"
#include "player/lesson_player.h"
#include "player/player_settings.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

CourseSummary course(const QString &id, const QString &title, const QString &topic, qint64 price,
                     const QString &creator = QStringLiteral("张老师")) {
    CourseSummary summary;
    summary.course.id = id;
    summary.course.title = title;
    summary.course.topic = topic;
    summary.course.price = price;
    summary.course.summary = title + QStringLiteral(" summary");
    summary.course.tags = {QStringLiteral("tag-") + id};
    summary.creatorName = creator;
    summary.lessonCount = 5;
    summary.freePreviewCount = 1;
    return summary;
}

QVector<CourseSummary> sampleCourses() {
    return {course(QStringLiteral("c1"), QStringLiteral("Python 数据分析入门"),
                   QStringLiteral("编程"), 19900),
            course(QStringLiteral("c2"), QStringLiteral("写作的艺术"), QStringLiteral("写作"), 0,
                   QStringLiteral("李作家")),
            course(QStringLiteral("c3"), QStringLiteral("Machine Learning Basics"),
                   QStringLiteral("编程"), 9900, QStringLiteral("Ada")),
            course(QStringLiteral("c4"), QStringLiteral("摄影构图"), QStringLiteral("摄影"), 0)};
}

PostView post(const QString &id, const QString &parent, int depth, const QString &body) {
    PostView view;
    view.post.id = id;
    view.post.threadId = QStringLiteral("t1");
    view.post.parentId = parent;
    view.post.body = body;
    view.post.createdAt = 1000;
    view.authorName = QStringLiteral("learner");
    view.depth = depth;
    return view;
}

ThreadSummary makeThread(const QString &id, int postCount, bool pinned = false) {
    ThreadSummary summary;
    summary.thread.id = id;
    summary.thread.title = QStringLiteral("Thread ") + id;
    summary.thread.postCount = postCount;
    summary.thread.pinned = pinned;
    summary.thread.spaceId = QStringLiteral("s1");
    summary.authorName = QStringLiteral("王同学");
    return summary;
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void courseListModel() {
        CourseListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setCourses(sampleCourses());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(resets.count(), 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(CourseListModel::IdRole).toString(), QStringLiteral("c1"));
        QCOMPARE(first.data(CourseListModel::PriceTextRole).toString(), QStringLiteral("¥199.00"));
        QCOMPARE(model.index(1).data(CourseListModel::IsFreeRole).toBool(), true);
        QCOMPARE(model.topics(), QStringList({QStringLiteral("写作"), QStringLiteral("摄影"),
                                              QStringLiteral("编程")}));

        // Same ids, one field changed: an in-place update, no reset.
        QVector<CourseSummary> updated = sampleCourses();
        updated[2].course.title = QStringLiteral("Machine Learning, Second Edition");
        model.setCourses(updated);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(2).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Machine Learning, Second Edition"));

        // Unchanged data: nothing emitted.
        model.setCourses(updated);
        QCOMPARE(changes.count(), 1);

        // Bought: only the locked count changes, and the card says "Owned".
        updated[0].lessonCount = 3;
        updated[0].lockedCount = 2;
        model.setCourses(updated);
        QVERIFY(!model.index(0).data(CourseListModel::OwnedRole).toBool());
        const int before = int(changes.count());
        updated[0].lockedCount = 0;
        model.setCourses(updated);
        QCOMPARE(changes.count(), before + 1);
        QVERIFY(model.index(0).data(CourseListModel::OwnedRole).toBool());
        QVERIFY(!model.index(1).data(CourseListModel::OwnedRole).toBool()); // free: not "owned"

        // Different rows: a reset.
        updated.removeAt(1);
        model.setCourses(updated);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("c4")), 2);
        model.setCourses({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0)).isValid());
    }

    void courseFilter() {
        CourseListModel source;
        CourseFilterModel filter;
        filter.setSourceModel(&source);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        source.setCourses(sampleCourses());
        QCOMPARE(filter.rowCount(), 4);

        // Search as you type: Chinese substrings, case-insensitive Latin, several terms.
        filter.setSearchText(QStringLiteral("数据"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("MACHINE"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("张老师 摄影"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(CourseListModel::IdRole).toString(), QStringLiteral("c4"));
        filter.setSearchText(QStringLiteral("张老师\u3000python")); // ideographic space
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("李作家"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("tag-c3"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QString());

        filter.setTopic(QStringLiteral("编程"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setPriceFilter(CourseFilterModel::PriceFilter::Paid);
        QCOMPARE(filter.rowCount(), 2);
        filter.setPriceFilter(CourseFilterModel::PriceFilter::Free);
        QCOMPARE(filter.rowCount(), 0);
        filter.setTopic(QString());
        QCOMPARE(filter.rowCount(), 2);

        // The filter follows source updates and resets.
        QVector<CourseSummary> more = sampleCourses();
        more.append(course(QStringLiteral("c5"), QStringLiteral("免费的 Git 课"),
                           QStringLiteral("编程"), 0));
        source.setCourses(more);
        QCOMPARE(filter.rowCount(), 3);
        more[4].course.price = 100;
        source.setCourses(more);
        QCOMPARE(filter.rowCount(), 2);
    }

    void syllabusModel() {
        SyllabusModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        Lesson a;
        a.id = QStringLiteral("l1");
        a.title = QStringLiteral("欢迎");
        a.freePreview = true;
        a.durationSeconds = 305;
        a.body = QStringLiteral("# Hi");
        Lesson b;
        b.id = QStringLiteral("l2");
        b.title = QStringLiteral("深入");
        b.locked = true;
        b.durationSeconds = 3723;
        model.setLessons({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("1. 欢迎"));
        QCOMPARE(model.index(0).data(SyllabusModel::DurationTextRole).toString(),
                 QStringLiteral("5:05"));
        QCOMPARE(model.index(1).data(SyllabusModel::DurationTextRole).toString(),
                 QStringLiteral("1:02:03"));
        QVERIFY(model.index(1).data(SyllabusModel::LockedRole).toBool());
        QVERIFY(model.index(0).data(SyllabusModel::FreePreviewRole).toBool());
        QCOMPARE(model.totalDurationSeconds(), 305 + 3723);

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        b.locked = false; // the course was bought
        b.body = QStringLiteral("text");
        model.setLessons({a, b});
        QCOMPARE(changes.count(), 1);
        QVERIFY(!model.index(1).data(SyllabusModel::LockedRole).toBool());

        // Owned: no "free preview" badge any more; done lessons tick in place.
        QVERIFY(model.index(0).data(SyllabusModel::PreviewBadgeRole).toBool());
        model.setOwned(true);
        QVERIFY(!model.index(0).data(SyllabusModel::PreviewBadgeRole).toBool());
        QVERIFY(model.index(0).data(SyllabusModel::FreePreviewRole).toBool()); // the data stays
        changes.clear();
        model.setDone({QStringLiteral("l1")});
        QCOMPARE(changes.count(), 1);
        QVERIFY(model.index(0).data(SyllabusModel::DoneRole).toBool());
        QVERIFY(!model.index(1).data(SyllabusModel::DoneRole).toBool());
        QCOMPARE(model.doneCount(), 1);
        QCOMPARE(model.nextRow(), 1);
        model.setDone({QStringLiteral("l1"), QStringLiteral("l2")});
        QCOMPARE(model.nextRow(), -1);
        model.setLessons({b});
        QCOMPARE(model.rowCount(), 1);
    }

    void libraryModel() {
        LibraryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        library::Entry a;
        a.courseId = QStringLiteral("c1");
        a.title = QStringLiteral("零基础学 Python");
        a.owned = true;
        a.lessonsTotal = 4;
        a.lessonsDone = 1;
        a.nextLessonId = QStringLiteral("l2");
        a.nextLessonTitle = QStringLiteral("变量");
        a.videoLessonIds = {QStringLiteral("l1"), QStringLiteral("l2")};
        library::Entry b = a;
        b.courseId = QStringLiteral("c2");
        b.owned = false;
        b.nextLessonId.clear();
        b.lessonsDone = 4;
        model.setEntries({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(LibraryModel::ProgressRole).toDouble(), 0.25);
        QVERIFY(model.index(0)
                    .data(LibraryModel::StatusTextRole)
                    .toString()
                    .contains(QStringLiteral("变量")));
        QCOMPARE(model.index(1).data(LibraryModel::NextLessonIdRole).toString(), QString());
        QCOMPARE(model.rowOf(QStringLiteral("c2")), 1);

        // Same rows, new progress: changed in place, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        a.lessonsDone = 2;
        model.setEntries({a, b});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0).data(LibraryModel::LessonsDoneRole).toInt(), 2);
        model.setEntries({b});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void spaceListModel() {
        SpaceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        Space general{QStringLiteral("s1"), QStringLiteral("general"), QStringLiteral("综合讨论"),
                      QStringLiteral("Anything"), 0};
        Space help{QStringLiteral("s2"), QStringLiteral("help"), QStringLiteral("求助"), QString(),
                   1};
        model.setSpaces({general, help});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("综合讨论"));
        QCOMPARE(model.rowOf(QStringLiteral("s2")), 1);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        help.name = QStringLiteral("问答");
        model.setSpaces({general, help});
        QCOMPARE(changes.count(), 1);
        model.setSpaces({help});
        QCOMPARE(model.rowCount(), 1);
        model.setSpaces({});
        QCOMPARE(model.rowCount(), 0);
    }

    void threadListModel() {
        ThreadListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ThreadSummary pinned = makeThread(QStringLiteral("t1"), 4, true);
        ThreadSummary question = makeThread(QStringLiteral("t2"), 1);
        question.thread.kind = ThreadKind::Question;
        question.thread.locked = true;
        model.setThreads({pinned, question});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0).data(ThreadListModel::PinnedRole).toBool());
        QCOMPARE(model.index(0).data(ThreadListModel::ReplyCountRole).toInt(), 3);
        QCOMPARE(model.index(1).data(ThreadListModel::ReplyCountRole).toInt(), 0);
        QVERIFY(model.index(1).data(ThreadListModel::IsQuestionRole).toBool());
        QVERIFY(model.index(1).data(ThreadListModel::LockedRole).toBool());
        QVERIFY(!model.index(1).data(ThreadListModel::IsAnsweredRole).toBool());

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        question.thread.acceptedPostId = QStringLiteral("p9");
        question.pending = true;
        model.setThreads({pinned, question});
        QCOMPARE(changes.count(), 1);
        QVERIFY(model.index(1).data(ThreadListModel::IsAnsweredRole).toBool());
        QVERIFY(model.index(1).data(ThreadListModel::PendingRole).toBool());

        model.setThreads({question, pinned}); // reordered by activity
        QCOMPARE(model.rowOf(QStringLiteral("t1")), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void postListModel() {
        PostListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        PostView opening = post(QStringLiteral("p1"), QString(), 0, QStringLiteral("Question?"));
        PostView reply = post(QStringLiteral("p2"), QStringLiteral("p1"), 1, QStringLiteral("A"));
        PostView nested = post(QStringLiteral("p3"), QStringLiteral("p2"), 2, QStringLiteral("B"));
        model.setPosts({opening, reply, nested}, QStringLiteral("p2"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(PostListModel::DepthRole).toInt(), 2);
        QCOMPARE(model.index(2).data(PostListModel::ParentIdRole).toString(), QStringLiteral("p2"));
        QVERIFY(model.index(0).data(PostListModel::IsOpeningPostRole).toBool());
        QVERIFY(model.index(1).data(PostListModel::IsAcceptedRole).toBool());
        QCOMPARE(model.index(1).data(PostListModel::PendingStateRole).toInt(), -1);

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        nested.reactions = {ReactionCount{QStringLiteral("👍"), 2, true}};
        model.setPosts({opening, reply, nested}, QStringLiteral("p2"));
        QCOMPARE(changes.count(), 1);
        const QVariantList reactions = model.index(2).data(PostListModel::ReactionsRole).toList();
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().toMap().value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(reactions.first().toMap().value(QStringLiteral("mine")).toBool());

        // A new reply written here: one inserted row (no reset) with the pending state visible.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        PostView mine = post(QStringLiteral("p4"), QString(), 0, QStringLiteral("Mine"));
        mine.pending = OutboxState::Waiting;
        model.setPosts({opening, reply, nested, mine}, QStringLiteral("p2"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(model.index(3).data(PostListModel::PendingStateRole).toInt(),
                 int(OutboxState::Waiting));
        mine.pending = OutboxState::Failed;
        mine.failure = QStringLiteral("thread_locked");
        model.setPosts({opening, reply, nested, mine}, QStringLiteral("p2"));
        QCOMPARE(model.index(3).data(PostListModel::FailureRole).toString(),
                 QStringLiteral("thread_locked"));
        // Deleted posts keep their place but lose their body.
        reply.post.deleted = true;
        model.setPosts({opening, reply, nested, mine});
        QVERIFY(model.index(1).data(PostListModel::BodyRole).toString().isEmpty());
        QVERIFY(!model.index(1).data(PostListModel::IsAcceptedRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void outboxModel() {
        OutboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        OutboxEntry reply;
        reply.seq = 7;
        reply.type = QStringLiteral("post.create");
        reply.entityId = QStringLiteral("p1");
        reply.argsJson = QStringLiteral(
            R"({"id":"p1","thread_id":"t1","parent_id":"p0","body":"第一行\n第二行 很长的回复"})");
        OutboxEntry thread;
        thread.seq = 8;
        thread.type = QStringLiteral("thread.create");
        thread.entityId = QStringLiteral("t2");
        thread.state = OutboxState::Failed;
        thread.errorMessage = QStringLiteral("The space is closed.");
        thread.argsJson = QStringLiteral(R"({"id":"t2","title":"新话题","body":"正文"})");
        OutboxEntry reaction;
        reaction.seq = 9;
        reaction.type = QStringLiteral("reaction.add");
        reaction.state = OutboxState::Sending;
        reaction.argsJson = QStringLiteral(R"({"post_id":"p1","emoji":"👍"})");
        model.setEntries({reply, thread, reaction},
                         {{QStringLiteral("t1"), QStringLiteral("问答")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.failedCount(), 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(OutboxModel::SeqRole).toLongLong(), 7);
        QCOMPARE(first.data(OutboxModel::TitleRole).toString(), QStringLiteral("Reply in “问答”"));
        QCOMPARE(first.data(OutboxModel::SnippetRole).toString(),
                 QStringLiteral("第一行 第二行 很长的回复"));
        QCOMPARE(first.data(OutboxModel::ThreadIdRole).toString(), QStringLiteral("t1"));
        QCOMPARE(first.data(OutboxModel::ParentIdRole).toString(), QStringLiteral("p0"));
        QCOMPARE(first.data(OutboxModel::StateTextRole).toString(),
                 QStringLiteral("Waiting to send"));
        QVERIFY(first.data(OutboxModel::ReasonRole).toString().isEmpty());
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(OutboxModel::TitleRole).toString(),
                 QStringLiteral("New thread: 新话题"));
        QCOMPARE(second.data(OutboxModel::StateRole).toInt(), int(OutboxState::Failed));
        QCOMPARE(second.data(OutboxModel::ReasonRole).toString(),
                 QStringLiteral("The space is closed."));
        QVERIFY(second.data().toString().contains(QStringLiteral("The space is closed.")));
        const QModelIndex third = model.index(2);
        QCOMPARE(third.data(OutboxModel::TitleRole).toString(), QStringLiteral("Reaction 👍"));
        QVERIFY(third.data(OutboxModel::BodyRole).toString().isEmpty());
        QCOMPARE(third.data(OutboxModel::StateTextRole).toString(), QStringLiteral("Sending…"));
        QCOMPARE(OutboxModel::snippet(QString(100, QLatin1Char('x')), 10).size(), 10);
        model.setEntries({thread});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->seq, 8);
        QVERIFY(!model.entryAt(1));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void formatting() {
        QCOMPARE(Format::price(19900, QStringLiteral("CNY")), QStringLiteral("¥199.00"));
        QCOMPARE(Format::price(5, QStringLiteral("CNY")), QStringLiteral("¥0.05"));
        QCOMPARE(Format::price(1234, QStringLiteral("USD")), QStringLiteral("$12.34"));
        QCOMPARE(Format::price(0, QStringLiteral("CNY")), QStringLiteral("Free"));
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(Format::relativeTime(now - 10'000, now), QStringLiteral("just now"));
        QCOMPARE(Format::relativeTime(now - 5 * 60'000, now), QStringLiteral("5 minutes ago"));
        QCOMPARE(Format::relativeTime(now - 60'000, now), QStringLiteral("1 minute ago"));
        QCOMPARE(Format::relativeTime(now - 3 * 3'600'000, now), QStringLiteral("3 hours ago"));
        QCOMPARE(Format::relativeTime(now - 30 * 3'600'000, now), QStringLiteral("yesterday"));
        QCOMPARE(Format::duration(59), QStringLiteral("0:59"));
        QCOMPARE(Format::initials(QStringLiteral("王小明")), QStringLiteral("王"));
        QCOMPARE(Format::initials(QStringLiteral(" ada")), QStringLiteral("A"));
        QCOMPARE(Format::price(199900, QStringLiteral("CNY")), QStringLiteral("¥1,999.00"));
    }

    // The chapter list follows playback; "play the next lesson" skips lessons without a video.
    void playerFollowsAndSkips() {
        const QVector<Chapter> chapters{{0, QStringLiteral("一"), QStringLiteral("One")},
                                        {30000, QStringLiteral("二"), QStringLiteral("Two")},
                                        {90000, QStringLiteral("三"), QStringLiteral("Three")}};
        QCOMPARE(LessonPlayer::chapterAt(chapters, 0), 0);
        QCOMPARE(LessonPlayer::chapterAt(chapters, 29999), 0);
        QCOMPARE(LessonPlayer::chapterAt(chapters, 30000), 1);
        QCOMPARE(LessonPlayer::chapterAt(chapters, 500000), 2);
        QCOMPARE(LessonPlayer::chapterAt({{5000, {}, {}}}, 100), -1);
        const auto lesson = [](const char *id, bool video, bool locked = false) {
            Lesson l;
            l.id = QLatin1String(id);
            l.videoAssetId = video ? QStringLiteral("a-") + l.id : QString();
            l.locked = locked;
            return l;
        };
        const QVector<Lesson> playlist{lesson("l1", true), lesson("l2", false),
                                       lesson("l3", true, true), lesson("l4", true),
                                       lesson("l5", false)};
        QCOMPARE(LessonPlayer::nextWithVideo(playlist, QStringLiteral("l1"))->id,
                 QStringLiteral("l4"));
        QVERIFY(!LessonPlayer::nextWithVideo(playlist, QStringLiteral("l4")));
        QVERIFY(!LessonPlayer::nextWithVideo(playlist, QStringLiteral("unknown")));

        // A length is a video's: a text-only lesson shows none, a video lesson (locked or not)
        // does.
        Lesson text = lesson("l2", false);
        text.title = QStringLiteral("Reading");
        text.body = QStringLiteral("Some text");
        text.durationSeconds = 600;
        QVERIFY(!LessonDialog(text, QStringLiteral("Course"))
                     .metaLabel()
                     ->text()
                     .contains(QStringLiteral("10:00")));
        Lesson locked = lesson("l3", true, true);
        locked.durationSeconds = 600;
        QVERIFY(LessonDialog(locked, QStringLiteral("Course"))
                    .metaLabel()
                    ->text()
                    .contains(QStringLiteral("10:00")));
    }

    // Player defaults saved by Settings; values the settings file should not hold read as the
    // defaults.
    void playerDefaultsRefuseWhatTheyDoNotKnow() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_models"));
        QSettings settings;
        settings.setValue(QStringLiteral("player/speed"), QStringLiteral("ultra"));
        settings.setValue(QStringLiteral("player/captions"), QStringLiteral("<script>"));
        settings.setValue(QStringLiteral("player/captionPercent"), 100000);
        QCOMPARE(PlayerDefaults::load(), PlayerDefaults{});
        settings.setValue(QStringLiteral("player/speed"), 7.0);
        settings.setValue(QStringLiteral("player/captionPercent"), -5);
        QCOMPARE(PlayerDefaults::load(), PlayerDefaults{});
        const PlayerDefaults chosen{1.25, false, 150};
        chosen.save();
        QCOMPARE(PlayerDefaults::load(), chosen);
        settings.clear();
    }

    void initTestCase() {
        // Plural forms ("1 minute ago") come from the English catalogue.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/lyceum_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
