// The raw content of resources/demo/*.json as loaded, before expansion (demo_community.cpp).
// The file format is described in resources/demo/README.md.
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::demo {

// Texts by language.
struct Bank {
    QStringList zh;
    QStringList en;
    const QStringList &of(const QString &lang) const { return lang == u"en" ? en : zh; }
};

struct UserSeed {
    QString handle;
    QString name;
    Role role = Role::Learner;
    QString bio;
    QString intro; // self-introduction posted in the welcome space; empty: none
    QString lang;  // "zh" or "en": the language this person usually writes in
};

struct LessonSeed {
    QString title;
    QString body;
    int minutes = 0;
    bool preview = false;
};

struct CourseSeed {
    QString id;
    QStringList prerequisites; // course ids
    QString creator;           // handle
    QString title;
    QString summary;
    QString description;
    QString topic; // key into DemoData::topics
    QStringList tags;
    qint64 price = 0;
    QString currency;
    bool published = true;
    QString lang;
    int daysAgo = 0;
    QVector<LessonSeed> lessons;
    Bank replies; // comments about this course in particular, for its generated threads
};

struct ReplySeed {
    QString author; // handle; empty: any learner
    QString body;
    int to = 0; // index of the parent in the thread's posts (0: the opening post, top level)
    bool accepted = false;
};

struct ThreadSeed {
    QString title;
    ThreadKind kind = ThreadKind::Discussion;
    QString author; // handle; empty: any learner
    QString space;  // space id, or
    QString course; // course id (with lesson > 0: that lesson of the course)
    int lesson = 0;
    bool pinned = false;
    bool locked = false;
    QString body;
    int daysAgo = -1; // -1: chosen by the expander
    int extra = -1;   // generated replies to add; -1: chosen by the expander
    QString topic;    // topic key whose reply bank fits (threads in a space); empty: generic
    QString style;    // "" (discussion), "checkin" or "welcome": which banks generated replies use
    QVector<ReplySeed> replies;
};

struct DemoData {
    quint64 seed = 0;
    qint64 baseTime = 0; // ms since epoch; all activity happens before it
    int spanDays = 90;
    QString welcomeSpace;             // where newcomers introduce themselves
    QString checkinSpace;             // where study check-ins go
    QHash<QString, QString> topics;   // key -> display name (Chinese, the community's own)
    QHash<QString, QString> topicsEn; // key -> English name
    QVector<Space> spaces;
    QVector<UserSeed> users;
    QVector<CourseSeed> courses;
    QVector<ThreadSeed> threads;
    QHash<QString, Bank> banks;      // named banks (replies.json)
    QHash<QString, Bank> topicBanks; // replies about one topic
    QHash<QString, int> numbers;     // tuning numbers (replies.json "numbers")
};

// Reads the embedded files (":/demo/...").
std::optional<DemoData> loadDemoData(QString *error);

} // namespace lyceum::demo
