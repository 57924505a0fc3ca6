#include "demo_community.h"

#include "demo_data.h"
#include "demo_random.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace lyceum::demo {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

bool hasChinese(const QString &text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// A thread while its posts are being written.
struct ThreadDraft {
    Thread thread;
    QVector<Post> posts;
    QVector<int> depth;       // 0: opening post, 1: top-level reply, 2-3: nested
    QVector<bool> answerable; // whether a generated follow-up may reply to this post
    QSet<QString> usedBodies;
    QString lang;                        // "zh" or "en"
    QString topic;                       // topic key for the reply bank; may be empty
    QString style;                       // "", "checkin", "welcome"
    QString creatorId;                   // the course creator when the thread belongs to a course
    const Bank *courseReplies = nullptr; // comments about the thread's course, if any
    bool creatorReplied = false;         // the creator answers at most once with a generated reply
    QString courseTitle;
    QString lessonTitle;
    qint64 maxGap = kHour;
    int day = 1;           // the streak day a check-in talks about
    bool campaign = false; // a shared check-in thread: each reply is about its own course
};

class Expander {
public:
    explicit Expander(const DemoData &data)
        : m_data(data)
        , m_rng(data.seed) {}

    std::optional<DemoCommunity> run(QString *error);

private:
    void fail(const QString &what) {
        if (m_error.isEmpty())
            m_error = what;
    }
    QString userId(const QString &handle) {
        const QString id = QStringLiteral("u-") + handle;
        if (!m_userIndex.contains(id))
            fail(QStringLiteral("unknown user handle '%1'").arg(handle));
        return id;
    }
    const Bank &bank(const QString &name) {
        static const Bank empty;
        const auto it = m_data.banks.constFind(name);
        if (it == m_data.banks.constEnd()) {
            fail(QStringLiteral("replies.json has no bank '%1'").arg(name));
            return empty;
        }
        return *it;
    }
    int number(const char *name, int fallback) const {
        return m_data.numbers.value(QString::fromLatin1(name), fallback);
    }
    qint64 dayStart(int daysAgo) {
        return m_data.baseTime - qint64(daysAgo) * kDay + m_rng.between(7 * 60, 23 * 60) * kMinute;
    }

    void buildUsers();
    void buildCourses();
    void buildSeedThreads();
    void buildLessonThreads();
    void buildIntroThreads();
    void buildCheckinThreads();
    void addReactionsAndEdits();

    ThreadDraft startThread(const QString &title, ThreadKind kind, const QString &authorId,
                            qint64 start, int expectedPosts);
    void setCourseContext(ThreadDraft &draft, const QString &courseId, int lesson);
    int addPost(ThreadDraft &draft, const QString &authorId, const QString &body, int parent);
    void addGeneratedReplies(ThreadDraft &draft, int count);
    QString pickResponder(const ThreadDraft &draft, const QString &notThis);
    QString pickText(ThreadDraft &draft, const QStringList &texts, const QString &replyTo);
    QString fill(const ThreadDraft &draft, QString text, const QString &replyTo);
    void finishThread(ThreadDraft &draft);
    void pickCourseForCheckin(ThreadDraft &draft);
    QString decorated(const QString &lang, const QString &body);

    const DemoData &m_data;
    SplitMix64 m_rng;
    DemoCommunity m_out;
    QString m_error;
    QHash<QString, int> m_userIndex; // user id -> index in m_out.users
    QHash<QString, QString> m_userLang;
    QStringList m_learners;
    QHash<QString, QStringList> m_learnersByLang;
    QString m_moderatorId;
    QHash<QString, int> m_courseIndex; // course id -> index in m_out.courses
    QHash<QString, const CourseSeed *> m_courseSeeds;
    QHash<QString, QString> m_lessonIds; // course id + '#' + position -> lesson id
    QHash<QString, QString> m_lessonTitles;
};

void Expander::buildUsers() {
    for (const UserSeed &seed : m_data.users) {
        User user;
        user.id = QStringLiteral("u-") + seed.handle;
        user.handle = seed.handle;
        user.displayName = seed.name;
        user.role = seed.role;
        user.bio = seed.bio;
        const bool staff = seed.role != Role::Learner;
        user.createdAt = m_data.baseTime -
                         (staff ? m_rng.between(200, 240) : m_rng.between(95, 190)) * kDay -
                         m_rng.below(kDay);
        if (m_userIndex.contains(user.id))
            fail(QStringLiteral("user handle '%1' appears twice").arg(seed.handle));
        m_userIndex.insert(user.id, static_cast<int>(m_out.users.size()));
        m_userLang.insert(user.id, seed.lang);
        if (seed.role == Role::Learner) {
            m_learners << user.id;
            m_learnersByLang[seed.lang] << user.id;
        } else if (seed.role == Role::Moderator && m_moderatorId.isEmpty()) {
            m_moderatorId = user.id;
        }
        m_out.users << user;
    }
    for (const char *handle : {"learner", "creator", "moderator", "admin"})
        m_out.loginHandles << QString::fromLatin1(handle);
    if (m_learners.size() < 2 || m_moderatorId.isEmpty())
        fail(QStringLiteral("community.json needs learners and a moderator"));
}

void Expander::buildCourses() {
    for (const CourseSeed &seed : m_data.courses) {
        Course course;
        course.id = seed.id;
        course.creatorId = userId(seed.creator);
        course.title = seed.title;
        course.summary = seed.summary;
        course.description = seed.description;
        course.tags = seed.tags;
        course.prerequisites = seed.prerequisites;
        course.topic = m_data.topics.value(seed.topic);
        course.topicNames = {m_data.topicsEn.value(seed.topic), course.topic};
        if (course.topic.isEmpty())
            fail(QStringLiteral("course '%1' has an unknown topic '%2'").arg(seed.id, seed.topic));
        course.price = seed.price;
        course.currency = seed.currency;
        course.published = seed.published;
        course.createdAt = m_data.baseTime - qint64(seed.daysAgo) * kDay +
                           m_rng.between(9 * 60, 22 * 60) * kMinute;
        course.updatedAt =
            course.createdAt + m_rng.between(1, std::max(2, seed.daysAgo / 3)) * kDay;
        if (m_courseIndex.contains(course.id))
            fail(QStringLiteral("course id '%1' appears twice").arg(course.id));
        if (seed.lessons.size() < 1)
            fail(QStringLiteral("course '%1' has no lessons").arg(course.id));
        if (!m_out.loginHandles.contains(seed.creator))
            m_out.loginHandles << seed.creator;
        m_courseIndex.insert(course.id, static_cast<int>(m_out.courses.size()));
        m_courseSeeds.insert(course.id, &seed);

        qint64 lessonTime = course.createdAt;
        for (int i = 0; i < seed.lessons.size(); ++i) {
            const LessonSeed &ls = seed.lessons.at(i);
            Lesson lesson;
            lesson.id = QStringLiteral("l-%1-%2").arg(course.id.mid(2)).arg(i + 1);
            lesson.courseId = course.id;
            lesson.position = i + 1;
            lesson.title = ls.title;
            lesson.body = ls.body;
            lesson.durationSeconds = ls.minutes * 60 + static_cast<int>(m_rng.below(60));
            lesson.freePreview = ls.preview;
            lessonTime += m_rng.between(20, 180) * kMinute;
            lesson.createdAt = lessonTime;
            lesson.updatedAt =
                std::min(course.updatedAt, lessonTime + m_rng.between(1, 72) * kHour);
            lesson.updatedAt = std::max(lesson.updatedAt, lesson.createdAt);
            m_lessonIds.insert(course.id + u'#' + QString::number(i + 1), lesson.id);
            m_lessonTitles.insert(lesson.id, lesson.title);
            m_out.lessons << lesson;
        }
        course.updatedAt = std::max(course.updatedAt, lessonTime);
        m_out.courses << course;
    }
    for (const Course &course : std::as_const(m_out.courses)) {
        for (const QString &id : course.prerequisites) {
            const bool known = std::any_of(m_out.courses.begin(), m_out.courses.end(),
                                           [&](const Course &c) { return c.id == id; });
            if (!known || id == course.id)
                fail(QStringLiteral("course '%1' names an unknown prerequisite '%2'")
                         .arg(course.id, id));
        }
    }
}

ThreadDraft Expander::startThread(const QString &title, ThreadKind kind, const QString &authorId,
                                  qint64 start, int expectedPosts) {
    ThreadDraft draft;
    draft.thread.id = QStringLiteral("t-%1").arg(m_out.threads.size() + 1, 4, 10, QLatin1Char('0'));
    draft.thread.title = title;
    draft.thread.kind = kind;
    draft.thread.authorId = authorId;
    draft.thread.createdAt = start;
    draft.day = static_cast<int>(m_rng.between(3, 45));
    draft.lang = hasChinese(title) ? QStringLiteral("zh") : QStringLiteral("en");
    const qint64 room = m_data.baseTime - 2 * kHour - start;
    draft.maxGap = std::clamp(room / (expectedPosts + 1), 5 * kMinute, 30 * kHour);
    return draft;
}

void Expander::setCourseContext(ThreadDraft &draft, const QString &courseId, int lesson) {
    const auto it = m_courseIndex.constFind(courseId);
    if (it == m_courseIndex.constEnd()) {
        fail(QStringLiteral("thread '%1' names an unknown course '%2'")
                 .arg(draft.thread.title, courseId));
        return;
    }
    const Course &course = m_out.courses.at(*it);
    draft.creatorId = course.creatorId;
    draft.courseTitle = course.title;
    draft.topic = m_courseSeeds.value(courseId)->topic;
    draft.courseReplies = &m_courseSeeds.value(courseId)->replies;
    if (lesson > 0) {
        const QString lessonId = m_lessonIds.value(courseId + u'#' + QString::number(lesson));
        if (lessonId.isEmpty())
            fail(QStringLiteral("thread '%1' names lesson %2 that course '%3' lacks")
                     .arg(draft.thread.title)
                     .arg(lesson)
                     .arg(courseId));
        draft.thread.lessonId = lessonId;
        draft.lessonTitle = m_lessonTitles.value(lessonId);
    } else {
        draft.thread.courseId = courseId;
    }
}

int Expander::addPost(ThreadDraft &draft, const QString &authorId, const QString &body,
                      int parent) {
    Post post;
    post.id = QStringLiteral("p-%1").arg(m_out.posts.size() + draft.posts.size() + 1, 5, 10,
                                         QLatin1Char('0'));
    post.threadId = draft.thread.id;
    post.authorId = authorId;
    post.body = body.trimmed();
    int depth = 0;
    if (draft.posts.isEmpty()) {
        post.createdAt = draft.thread.createdAt;
    } else {
        if (parent > 0) {
            post.parentId = draft.posts.at(parent).id;
            depth = draft.depth.at(parent) + 1;
        } else {
            depth = 1;
        }
        const qint64 gap = m_rng.between(std::min<qint64>(3 * kMinute, draft.maxGap), draft.maxGap);
        post.createdAt = draft.posts.constLast().createdAt + gap;
    }
    if (depth > 3)
        fail(QStringLiteral("thread '%1' nests replies deeper than 3").arg(draft.thread.title));
    if (post.body.isEmpty())
        fail(QStringLiteral("thread '%1' has an empty post").arg(draft.thread.title));
    draft.usedBodies.insert(post.body);
    draft.posts << post;
    draft.depth << depth;
    draft.answerable << true;
    return static_cast<int>(draft.posts.size() - 1);
}

QString Expander::pickResponder(const ThreadDraft &draft, const QString &notThis) {
    for (int attempt = 0; attempt < 8; ++attempt) {
        QString id;
        if (!draft.creatorId.isEmpty() && !draft.creatorReplied && draft.style.isEmpty() &&
            m_rng.chance(15))
            id = draft.creatorId;
        else if (draft.style != u"checkin" && m_rng.chance(4))
            id = m_moderatorId;
        else if (m_rng.chance(75) && m_learnersByLang.value(draft.lang).size() > 2)
            id = m_rng.pick(m_learnersByLang.value(draft.lang));
        else
            id = m_rng.pick(m_learners);
        if (id != notThis)
            return id;
    }
    return m_learners.constFirst() == notThis ? m_learners.constLast() : m_learners.constFirst();
}

QString Expander::fill(const ThreadDraft &draft, QString text, const QString &replyTo) {
    const auto nameOf = [this](const QString &id) {
        return m_out.users.at(m_userIndex.value(id)).displayName;
    };
    text.replace(QStringLiteral("{name}"), nameOf(replyTo));
    text.replace(QStringLiteral("{op}"), nameOf(draft.thread.authorId));
    const QString creator = draft.creatorId.isEmpty() ? QString() : nameOf(draft.creatorId);
    text.replace(QStringLiteral("{creator}"), creator.isEmpty() ? QStringLiteral("老师") : creator);
    text.replace(QStringLiteral("{course}"),
                 draft.courseTitle.isEmpty() ? draft.thread.title : draft.courseTitle);
    text.replace(QStringLiteral("{lesson}"),
                 draft.lessonTitle.isEmpty() ? draft.thread.title : draft.lessonTitle);
    text.replace(QStringLiteral("{day}"), QString::number(draft.day));
    text.replace(QStringLiteral("{minutes}"), QString::number(m_rng.between(4, 18) * 5));
    text.replace(QStringLiteral("{n}"), QString::number(m_rng.between(2, 9)));
    return text;
}

QString Expander::pickText(ThreadDraft &draft, const QStringList &texts, const QString &replyTo) {
    if (texts.isEmpty()) {
        fail(QStringLiteral("an empty reply bank is used by '%1'").arg(draft.thread.title));
        return QStringLiteral("+1");
    }
    QString text;
    for (int attempt = 0; attempt < 10; ++attempt) {
        text = fill(draft, m_rng.pick(texts), replyTo);
        if (!draft.usedBodies.contains(text.trimmed()))
            break;
    }
    return text;
}

// Whether a bank still holds a text this thread has not used yet.
static bool hasFresh(const ThreadDraft &draft, const QStringList &texts) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString &t) { return !draft.usedBodies.contains(t.trimmed()); });
}

void Expander::pickCourseForCheckin(ThreadDraft &draft) {
    for (int attempt = 0; attempt < 32 && !m_data.courses.isEmpty(); ++attempt) {
        const CourseSeed &course = m_data.courses.at(m_rng.below(m_data.courses.size()));
        if (!course.published || course.lessons.isEmpty())
            continue;
        draft.courseTitle = course.title;
        draft.lessonTitle = course.lessons.at(m_rng.below(course.lessons.size())).title;
        draft.day = static_cast<int>(m_rng.between(1, 21));
        return;
    }
}

void Expander::addGeneratedReplies(ThreadDraft &draft, int count) {
    const bool checkin = draft.style == u"checkin";
    for (int i = 0; i < count; ++i) {
        // Nested replies answer a top-level reply (sometimes a reply to one), never a chain of
        // small talk; check-in threads are mostly flat.
        int parent = 0;
        if (draft.posts.size() > 2 && m_rng.chance(checkin ? 12 : 35)) {
            const int maxDepth = m_rng.chance(75) ? 1 : 2;
            for (int attempt = 0; attempt < 8; ++attempt) {
                const int candidate = static_cast<int>(m_rng.between(1, draft.posts.size() - 1));
                if (draft.depth.at(candidate) <= maxDepth && draft.answerable.at(candidate)) {
                    parent = candidate;
                    break;
                }
            }
        }
        const QString &replyTo = draft.posts.at(parent).authorId;
        const QString author = pickResponder(draft, replyTo);
        if (draft.campaign)
            pickCourseForCheckin(draft);
        QString lang = draft.lang;
        if (m_userLang.value(author) != lang && m_rng.chance(30))
            lang = m_userLang.value(author);

        const QStringList *texts = nullptr;
        bool decorate = false;
        bool substantive = false;
        if (parent > 0) {
            texts = &bank(checkin ? QStringLiteral("cheer") : QStringLiteral("followup")).of(lang);
        } else if (checkin) {
            substantive = m_rng.chance(80);
            texts =
                &bank(substantive ? QStringLiteral("checkin") : QStringLiteral("cheer")).of(lang);
        } else if (draft.style == u"welcome") {
            texts = &bank(QStringLiteral("welcome")).of(lang);
            substantive = m_rng.chance(40);
        } else if (author == draft.creatorId) {
            texts = &bank(QStringLiteral("creator_reply")).of(lang);
            draft.creatorReplied = true;
            substantive = true;
        } else if (draft.courseReplies && m_rng.chance(55) &&
                   hasFresh(draft, draft.courseReplies->of(lang))) {
            texts = &draft.courseReplies->of(lang);
            substantive = true;
        } else if (!draft.topic.isEmpty() && m_rng.chance(55) &&
                   hasFresh(draft, m_data.topicBanks.value(draft.topic).of(lang))) {
            const auto it = m_data.topicBanks.constFind(draft.topic);
            if (it == m_data.topicBanks.constEnd()) {
                fail(QStringLiteral("replies.json has no topic bank '%1'").arg(draft.topic));
                return;
            }
            texts = &it->of(lang);
            decorate = true;
            substantive = true;
        } else {
            texts = &bank(QStringLiteral("generic")).of(lang);
            substantive = m_rng.chance(50);
        }
        QString body = pickText(draft, *texts, replyTo);
        if (decorate) {
            draft.usedBodies.insert(body.trimmed()); // the undecorated text counts as used too
            body = decorated(lang, body);
        }
        const int index = addPost(draft, author, body, parent);
        // Small talk (thanks, +1, cheers) is not something people reply to.
        draft.answerable[index] = substantive;
    }
}

// Varies a reply from a bank with an optional lead-in and sign-off, so the same sentence does
// not read identically wherever it appears.
QString Expander::decorated(const QString &lang, const QString &body) {
    QString out = body;
    const QStringList &leads = bank(QStringLiteral("lead_in")).of(lang);
    const QStringList &signs = bank(QStringLiteral("sign_off")).of(lang);
    const bool plainStart =
        !body.startsWith(u'`') && !body.startsWith(u'-') && !body.startsWith(u'*');
    if (plainStart && !leads.isEmpty() && m_rng.chance(18))
        out = m_rng.pick(leads) + out;
    if (!signs.isEmpty() && !body.endsWith(u'`') && m_rng.chance(22))
        out += m_rng.pick(signs);
    return out;
}

void Expander::finishThread(ThreadDraft &draft) {
    draft.thread.postCount = static_cast<int>(draft.posts.size());
    draft.thread.lastActivityAt = draft.posts.constLast().createdAt;
    if (draft.thread.lastActivityAt >= m_data.baseTime)
        fail(QStringLiteral("thread '%1' runs past the base time").arg(draft.thread.title));
    m_out.threads << draft.thread;
    m_out.posts << draft.posts;
}

void Expander::buildSeedThreads() {
    for (const ThreadSeed &seed : m_data.threads) {
        const QString author = seed.author.isEmpty() ? m_rng.pick(m_learners) : userId(seed.author);
        const int extra = seed.extra >= 0
                              ? seed.extra
                              : static_cast<int>(m_rng.between(number("seed_extra_min", 3),
                                                               number("seed_extra_max", 9)));
        int days = seed.daysAgo >= 0 ? std::max(seed.daysAgo, 2)
                                     : static_cast<int>(m_rng.between(2, m_data.spanDays - 2));
        if (const CourseSeed *course = m_courseSeeds.value(seed.course)) {
            days = std::min(days, course->daysAgo - 1); // a course's threads come after it
            if (days < 2)
                fail(QStringLiteral("course '%1' is too new for threads").arg(course->id));
        }
        const int total = 1 + static_cast<int>(seed.replies.size()) + extra;
        ThreadDraft draft = startThread(seed.title, seed.kind, author, dayStart(days), total);
        draft.thread.pinned = seed.pinned;
        draft.thread.locked = seed.locked;
        draft.topic = seed.topic;
        draft.style = seed.style;
        draft.campaign = seed.style == u"checkin" && seed.course.isEmpty();
        if (!seed.space.isEmpty()) {
            draft.thread.spaceId = seed.space;
            const bool known = std::any_of(m_out.spaces.begin(), m_out.spaces.end(),
                                           [&](const Space &s) { return s.id == seed.space; });
            if (!known)
                fail(QStringLiteral("thread '%1' names an unknown space '%2'")
                         .arg(seed.title, seed.space));
        } else {
            setCourseContext(draft, seed.course, seed.lesson);
        }
        addPost(draft, author, fill(draft, seed.body, author), 0);
        for (const ReplySeed &reply : seed.replies) {
            const QString replyAuthor =
                reply.author.isEmpty() ? pickResponder(draft, draft.posts.at(reply.to).authorId)
                                       : userId(reply.author);
            const int index =
                addPost(draft, replyAuthor,
                        fill(draft, reply.body, draft.posts.at(reply.to).authorId), reply.to);
            if (reply.accepted) {
                if (seed.kind != ThreadKind::Question)
                    fail(QStringLiteral("thread '%1' accepts an answer but is no question")
                             .arg(seed.title));
                draft.thread.acceptedPostId = draft.posts.at(index).id;
            }
        }
        // A creator who already answered by hand does not chime in again with a generated reply.
        draft.creatorReplied =
            std::any_of(draft.posts.begin(), draft.posts.end(),
                        [&](const Post &p) { return p.authorId == draft.creatorId; });
        addGeneratedReplies(draft, extra);
        finishThread(draft);
    }
}

void Expander::buildLessonThreads() {
    const Bank &titles = bank(QStringLiteral("lesson_thread_title"));
    const Bank &openers = bank(QStringLiteral("lesson_thread_open"));
    for (const CourseSeed &seed : m_data.courses) {
        if (!seed.published)
            continue;
        for (int i = 0; i < seed.lessons.size(); ++i) {
            const QString lang = seed.lang == u"en" ? QStringLiteral("en") : QStringLiteral("zh");
            QString title = m_rng.pick(titles.of(lang));
            title.replace(QStringLiteral("{n}"), QString::number(i + 1));
            title.replace(QStringLiteral("{lesson}"), seed.lessons.at(i).title);
            const int replies = static_cast<int>(
                m_rng.between(number("lesson_replies_min", 4), number("lesson_replies_max", 13)));
            const int days = static_cast<int>(
                m_rng.between(3, std::max(3, std::min(m_data.spanDays, seed.daysAgo) - 1)));
            ThreadDraft draft = startThread(title, ThreadKind::Discussion, userId(seed.creator),
                                            dayStart(days), replies + 1);
            setCourseContext(draft, seed.id, i + 1);
            draft.lang = lang;
            addPost(draft, draft.thread.authorId,
                    pickText(draft, openers.of(lang), draft.thread.authorId), 0);
            addGeneratedReplies(draft, replies);
            finishThread(draft);
        }
    }
}

void Expander::buildIntroThreads() {
    const Bank &titles = bank(QStringLiteral("intro_title"));
    for (const UserSeed &seed : m_data.users) {
        if (seed.intro.isEmpty())
            continue;
        const QString author = userId(seed.handle);
        QString title = m_rng.pick(titles.of(seed.lang));
        title.replace(QStringLiteral("{name}"), seed.name);
        const int replies = static_cast<int>(
            m_rng.between(number("intro_replies_min", 2), number("intro_replies_max", 6)));
        const int days = static_cast<int>(m_rng.between(2, m_data.spanDays - 1));
        ThreadDraft draft =
            startThread(title, ThreadKind::Discussion, author, dayStart(days), replies + 1);
        draft.thread.spaceId = m_data.welcomeSpace;
        draft.style = QStringLiteral("welcome");
        draft.lang = seed.lang;
        addPost(draft, author, seed.intro, 0);
        addGeneratedReplies(draft, replies);
        finishThread(draft);
    }
}

void Expander::buildCheckinThreads() {
    const Bank &titles = bank(QStringLiteral("checkin_title"));
    QVector<const CourseSeed *> published;
    for (const CourseSeed &seed : m_data.courses) {
        if (seed.published)
            published << &seed;
    }
    if (published.isEmpty())
        return;
    const int count = number("personal_checkins", 30);
    for (int i = 0; i < count; ++i) {
        const QString author = m_rng.pick(m_learners);
        const CourseSeed *course = published.at(m_rng.below(published.size()));
        const int lesson = static_cast<int>(m_rng.between(1, course->lessons.size()));
        const QString lang = m_userLang.value(author);
        const QString titleTemplate = m_rng.pick(titles.of(lang));
        const int replies = static_cast<int>(
            m_rng.between(number("checkin_replies_min", 1), number("checkin_replies_max", 5)));
        const int days = static_cast<int>(m_rng.between(2, m_data.spanDays - 1));
        ThreadDraft draft =
            startThread(titleTemplate, ThreadKind::Discussion, author, dayStart(days), replies + 1);
        draft.thread.spaceId = m_data.checkinSpace;
        draft.thread.title = QString(titleTemplate)
                                 .replace(QStringLiteral("{course}"), course->title)
                                 .replace(QStringLiteral("{day}"), QString::number(draft.day));
        draft.lang = lang;
        draft.courseTitle = course->title;
        draft.lessonTitle = course->lessons.at(lesson - 1).title;
        addPost(draft, author, pickText(draft, bank(QStringLiteral("checkin")).of(lang), author),
                0);
        draft.style = QStringLiteral("checkin");
        // Others cheer on the opening post; now and then its author thanks one of them.
        for (int r = 0; r < replies; ++r) {
            if (r > 0 && m_rng.chance(30)) {
                const int cheer = static_cast<int>(m_rng.between(1, draft.posts.size() - 1));
                if (draft.posts.at(cheer).authorId != author && draft.depth.at(cheer) == 1) {
                    addPost(draft, author,
                            pickText(draft, bank(QStringLiteral("cheer_back")).of(lang),
                                     draft.posts.at(cheer).authorId),
                            cheer);
                    continue;
                }
            }
            const QString responder = pickResponder(draft, author);
            const QString &l = m_userLang.value(responder);
            addPost(draft, responder, pickText(draft, bank(QStringLiteral("cheer")).of(l), author),
                    0);
        }
        finishThread(draft);
    }
}

void Expander::addReactionsAndEdits() {
    const QStringList &emoji = allowedEmoji();
    static constexpr int kWeights[] = {40, 22, 12, 12, 7, 7};
    const auto pickEmoji = [&] {
        qint64 r = m_rng.below(100);
        for (int i = 0; i < emoji.size(); ++i) {
            r -= kWeights[i];
            if (r < 0)
                return emoji.at(i);
        }
        return emoji.constFirst();
    };
    QHash<QString, int> opening; // thread id -> seen
    for (Post &post : m_out.posts) {
        const bool first = !opening.contains(post.threadId);
        opening.insert(post.threadId, 1);
        const qint64 room = m_data.baseTime - kMinute - post.createdAt;
        if (m_rng.chance(7))
            post.editedAt = post.createdAt + std::min(room, m_rng.between(2, 90) * kMinute);
        const int count =
            m_rng.chance(first ? 80 : 45) ? static_cast<int>(m_rng.between(1, first ? 9 : 4)) : 0;
        QSet<QString> ids;
        for (int i = 0; i < count; ++i) {
            Reaction reaction;
            reaction.postId = post.id;
            reaction.userId = m_rng.chance(85) ? m_rng.pick(m_learners)
                                               : m_out.users.at(m_rng.below(m_out.users.size())).id;
            if (reaction.userId == post.authorId)
                continue;
            reaction.emoji = pickEmoji();
            reaction.id = reactionId(post.id, reaction.userId, reaction.emoji);
            if (ids.contains(reaction.id))
                continue;
            ids.insert(reaction.id);
            reaction.createdAt =
                post.createdAt + std::min(room, m_rng.between(1, 48 * 60) * kMinute);
            m_out.reactions << reaction;
        }
    }
}

std::optional<DemoCommunity> Expander::run(QString *error) {
    m_out.spaces = m_data.spaces;
    buildUsers();
    if (m_error.isEmpty())
        buildCourses();
    if (m_error.isEmpty())
        buildSeedThreads();
    if (m_error.isEmpty())
        buildLessonThreads();
    if (m_error.isEmpty())
        buildIntroThreads();
    if (m_error.isEmpty())
        buildCheckinThreads();
    if (m_error.isEmpty())
        addReactionsAndEdits();
    if (!m_error.isEmpty()) {
        if (error)
            *error = QStringLiteral("demo community: ") + m_error;
        return std::nullopt;
    }
    return m_out;
}

} // namespace

QString demoPassword() {
    return QStringLiteral("lyceum-demo");
}

std::optional<DemoCommunity> buildDemoCommunity(QString *error) {
    QString loadError;
    const std::optional<DemoData> data = loadDemoData(&loadError);
    if (!data) {
        if (error)
            *error = QStringLiteral("demo community: ") + loadError;
        return std::nullopt;
    }
    return Expander(*data).run(error);
}

} // namespace lyceum::demo
