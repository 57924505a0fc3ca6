#include "reco/home.h"

#include "reco/recommenders.h"

#include <QSet>
#include <algorithm>

namespace lyceum::reco {

namespace {

// Cosine of TF-IDF vectors above which two courses count as "about the same things".
constexpr double kContentThreshold = 0.2;

void byScore(QVector<Recommendation> &list) {
    std::stable_sort(
        list.begin(), list.end(), [](const Recommendation &x, const Recommendation &y) {
            return x.score > y.score || (x.score == y.score && x.courseId < y.courseId);
        });
}

} // namespace

HomeFeed buildHome(const HomeInput &in, int perSection) {
    HomeFeed feed;
    QHash<QString, const HomeCourse *> courses;
    for (const HomeCourse &c : in.courses)
        courses.insert(c.id, &c);
    QHash<QString, QVector<const HomeLesson *>> lessonsOf;
    for (const HomeLesson &l : in.lessons)
        lessonsOf[l.courseId].append(&l);
    for (auto &list : lessonsOf)
        std::sort(list.begin(), list.end(), [](const HomeLesson *x, const HomeLesson *y) {
            return x->position < y->position;
        });
    QHash<QString, const LessonProgress *> progressOf;
    QHash<QString, qint64> lastOpened; // per course
    for (const LessonProgress &p : in.progress) {
        progressOf.insert(p.lessonId, &p);
        lastOpened[p.courseId] = std::max(lastOpened.value(p.courseId), p.openedAt);
    }

    // Continue learning, and which courses are finished.
    QStringList finished;
    for (auto it = lastOpened.constBegin(); it != lastOpened.constEnd(); ++it) {
        if (!courses.contains(it.key()))
            continue;
        ContinueItem item;
        item.courseId = it.key();
        item.lastOpenedAt = it.value();
        for (const HomeLesson *l : lessonsOf.value(it.key())) {
            ++item.total;
            const LessonProgress *p = progressOf.value(l->id);
            if (p && p->completedAt > 0) {
                ++item.done;
            } else if (item.nextLessonId.isEmpty()) {
                item.nextLessonId = l->id;
                item.nextLessonTitle = l->title;
                item.nextLocked = l->locked;
            }
        }
        if (item.total > 0 && item.done == item.total)
            finished << it.key();
        else
            feed.continueLearning << item;
    }
    std::sort(feed.continueLearning.begin(), feed.continueLearning.end(),
              [](const ContinueItem &x, const ContinueItem &y) {
                  return x.lastOpenedAt > y.lastOpenedAt ||
                         (x.lastOpenedAt == y.lastOpenedAt && x.courseId < y.courseId);
              });
    if (feed.continueLearning.size() > perSection)
        feed.continueLearning.resize(perSection);
    std::sort(finished.begin(), finished.end());

    // The history: courses with progress, paid courses owned, courses rated 3 or more. What the
    // user already has or rated is never suggested.
    QStringList studied;
    QSet<QString> exclude;
    for (const HomeCourse &c : in.courses) {
        const int stars = in.myRatings.value(c.id);
        const bool has = lastOpened.contains(c.id) || (c.entitled && !c.free) || stars >= 3;
        if (has)
            studied << c.id;
        if (has || stars > 0 || (c.entitled && !c.free))
            exclude.insert(c.id);
    }
    feed.studied = studied;
    QSet<QString> topics, creators;
    for (const QString &id : std::as_const(studied)) {
        topics.insert(courses.value(id)->topic);
        creators.insert(courses.value(id)->creatorId);
    }
    const auto title = [&](const QString &id) { return courses.value(id)->title; };

    // Content: TF-IDF over each course's title, summary and tags (reco/recommenders.h); the
    // similarity of every course to each studied one.
    QStringList texts;
    QHash<QString, int> indexOf;
    for (const HomeCourse &c : in.courses) {
        indexOf.insert(c.id, int(texts.size()));
        texts << c.title + QLatin1Char(' ') + c.summary + QLatin1Char(' ') +
                     c.tags.join(QLatin1Char(' '));
    }
    ContentTfidf tfidf(texts);
    tfidf.fit({}, int(texts.size()));
    QHash<QString, QVector<float>> similarTo;
    for (const QString &id : std::as_const(studied) + finished) {
        if (!similarTo.contains(id))
            similarTo.insert(id, tfidf.scores({indexOf.value(id)}));
    }
    const auto content = [&](const QString &course, const QString &studiedId) {
        return double(similarTo.value(studiedId).value(indexOf.value(course)));
    };

    // For you: co-enrolment, then shared tags, then popular in the user's topics.
    QSet<QString> taken = exclude;
    const auto add = [&](QVector<Recommendation> &list, Recommendation r) {
        if (taken.contains(r.courseId) || !courses.contains(r.courseId))
            return false;
        taken.insert(r.courseId);
        list << r;
        return true;
    };
    QVector<Recommendation> forYou;
    for (const Suggestion &s : rankFromNeighbours(in.neighbours, studied, perSection * 2)) {
        if (courses.contains(s.because))
            add(forYou, {s.courseId, Reason::BecauseStudied, title(s.because), 2.0 + s.score});
    }
    for (const HomeCourse &c : in.courses) {
        double best = 0;
        QString because;
        for (const QString &id : std::as_const(studied)) {
            const double similarity = content(c.id, id);
            if (similarity > best) {
                best = similarity;
                because = id;
            }
        }
        if (best >= kContentThreshold)
            add(forYou, {c.id, Reason::BecauseStudied, title(because), 1.0 + best});
    }
    int most = 1;
    for (const int n : in.popularity)
        most = std::max(most, n);
    QVector<Recommendation> popular;
    for (const HomeCourse &c : in.courses) {
        if ((!topics.isEmpty() && !topics.contains(c.topic)) || in.popularity.value(c.id) <= 0)
            continue; // only what many people actually take counts as popular
        popular << Recommendation{c.id, Reason::PopularInTopic, c.topic,
                                  double(in.popularity.value(c.id)) / most};
    }
    byScore(popular);
    for (const Recommendation &r : std::as_const(popular))
        add(forYou, r);
    byScore(forYou);
    if (forYou.size() > perSection)
        forYou.resize(perSection);
    feed.forYou = forYou;

    // Next steps after finished courses: co-enrolment, shared tags, the same creator.
    if (!finished.isEmpty()) {
        QHash<QString, Recommendation> next;
        const auto consider = [&](const QString &candidate, const QString &from, double score) {
            if (exclude.contains(candidate) || !courses.contains(candidate) || score <= 0)
                return;
            Recommendation &r = next[candidate];
            if (score > r.score) {
                r = {candidate, Reason::FollowsFinished, title(from), score};
            }
        };
        for (const NeighbourRow &row : in.neighbours) {
            if (finished.contains(row.a))
                consider(row.b, row.a, 1.0 + row.similarity);
            if (finished.contains(row.b))
                consider(row.a, row.b, 1.0 + row.similarity);
        }
        for (const HomeCourse &c : in.courses) {
            for (const QString &f : std::as_const(finished)) {
                const HomeCourse *done = courses.value(f);
                const double similarity = content(c.id, f);
                const double score = (similarity >= kContentThreshold ? similarity : 0) +
                                     (c.creatorId == done->creatorId && c.id != f ? 0.3 : 0);
                consider(c.id, f, score);
            }
        }
        // A course whose creator names a finished course as its prerequisite comes first.
        for (const HomeCourse &c : in.courses) {
            for (const QString &p : c.prerequisites) {
                if (finished.contains(p) && !exclude.contains(c.id)) {
                    next[c.id] = {c.id, Reason::BuildsOnFinished, title(p), 10.0};
                    break;
                }
            }
        }
        feed.nextSteps = next.values().toVector();
        byScore(feed.nextSteps);
        if (feed.nextSteps.size() > perSection)
            feed.nextSteps.resize(perSection);
    }

    // New in your topics (all topics for a new user), newest first; not what "for you" shows.
    QSet<QString> shown;
    for (const Recommendation &r : std::as_const(feed.forYou))
        shown.insert(r.courseId);
    QVector<const HomeCourse *> recent;
    for (const HomeCourse &c : in.courses) {
        if (exclude.contains(c.id) || shown.contains(c.id) ||
            in.now - c.createdAt > kNewCourseWindowMs || c.createdAt > in.now)
            continue;
        const bool followed = creators.contains(c.creatorId);
        if (topics.isEmpty() || topics.contains(c.topic) || followed)
            recent << &c;
    }
    std::sort(recent.begin(), recent.end(), [](const HomeCourse *x, const HomeCourse *y) {
        return x->createdAt > y->createdAt || (x->createdAt == y->createdAt && x->id < y->id);
    });
    for (const HomeCourse *c : std::as_const(recent)) {
        if (feed.newInTopics.size() >= perSection)
            break;
        if (creators.contains(c->creatorId))
            feed.newInTopics << Recommendation{c->id, Reason::NewFromCreator, c->creatorName,
                                               double(c->createdAt)};
        else
            feed.newInTopics << Recommendation{c->id, Reason::NewInTopic, c->topic,
                                               double(c->createdAt)};
    }
    return feed;
}

} // namespace lyceum::reco
