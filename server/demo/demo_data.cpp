#include "demo_data.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lyceum::demo {

namespace {

// Collects the first problem found, naming the file and the item it was in.
class Loader {
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &what) {
        if (m_error.isEmpty())
            m_error = m_where + QStringLiteral(": ") + what;
    }
    void at(const QString &where) { m_where = where; }

    // Long texts may be written as an array of lines, joined with '\n'.
    QString text(const QJsonObject &o, QLatin1StringView key, bool required = true) {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isArray()) {
            QStringList lines;
            const QJsonArray a = v.toArray();
            for (const QJsonValue &line : a) {
                if (!line.isString()) {
                    fail(QStringLiteral("'%1' must hold only strings").arg(key));
                    return {};
                }
                lines << line.toString();
            }
            return lines.join(u'\n');
        }
        if (required || !v.isUndefined())
            fail(QStringLiteral("'%1' must be a string or an array of lines").arg(key));
        return {};
    }

    int integer(const QJsonObject &o, QLatin1StringView key, int fallback) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            fail(QStringLiteral("'%1' must be a number").arg(key));
            return fallback;
        }
        return v.toInt();
    }

    QStringList strings(const QJsonValue &v) {
        QStringList out;
        if (!v.isArray()) {
            fail(QStringLiteral("expected an array of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (const QJsonValue &s : a) {
            if (!s.isString())
                fail(QStringLiteral("expected an array of strings"));
            out << s.toString();
        }
        return out;
    }

    Bank bank(const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        Bank b;
        b.zh = strings(o.value(QLatin1StringView("zh")));
        b.en = strings(o.value(QLatin1StringView("en")));
        return b;
    }

private:
    QString m_where;
    QString m_error;
};

std::optional<QJsonObject> readObject(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return doc.object();
}

void loadCommunity(const QJsonObject &o, DemoData &data, Loader &in) {
    const QJsonObject meta = o.value(QLatin1StringView("meta")).toObject();
    data.seed = static_cast<quint64>(meta.value(QLatin1StringView("seed")).toInteger());
    const QDateTime base =
        QDateTime::fromString(meta.value(QLatin1StringView("base_time")).toString(), Qt::ISODate);
    if (!base.isValid())
        in.fail(QStringLiteral("meta.base_time must be an ISO 8601 date-time"));
    data.baseTime = base.toMSecsSinceEpoch();
    data.spanDays = in.integer(meta, QLatin1StringView("span_days"), 90);
    data.welcomeSpace = meta.value(QLatin1StringView("welcome_space")).toString();
    data.checkinSpace = meta.value(QLatin1StringView("checkin_space")).toString();

    const QJsonObject topics = o.value(QLatin1StringView("topics")).toObject();
    for (auto it = topics.begin(); it != topics.end(); ++it)
        data.topics.insert(it.key(), it.value().toString());
    const QJsonObject topicsEn = o.value(QLatin1StringView("topic_names_en")).toObject();
    for (auto it = topicsEn.begin(); it != topicsEn.end(); ++it)
        data.topicsEn.insert(it.key(), it.value().toString());

    const QJsonArray spaces = o.value(QLatin1StringView("spaces")).toArray();
    for (const QJsonValue &v : spaces) {
        const QJsonObject s = v.toObject();
        Space space;
        space.id = s.value(QLatin1StringView("id")).toString();
        space.slug = s.value(QLatin1StringView("slug")).toString();
        space.name = in.text(s, QLatin1StringView("name"));
        space.description = in.text(s, QLatin1StringView("description"));
        space.position = static_cast<int>(data.spaces.size());
        // Who may start threads and reply (docs/protocol.md, "Spaces"); absent: everyone.
        for (const auto &[key, out] :
             {std::pair{QLatin1StringView("start_threads"), &space.startThreads},
              std::pair{QLatin1StringView("reply"), &space.reply}}) {
            const QString name = s.value(key).toString(QStringLiteral("everyone"));
            if (const auto audience = spaceAudienceFromName(name))
                *out = *audience;
            else
                in.fail(QStringLiteral("space '%1': %2 must be everyone, members or staff")
                            .arg(space.id, key));
        }
        if (!isValidId(space.id) || space.slug.isEmpty())
            in.fail(QStringLiteral("space '%1' needs a valid id and a slug").arg(space.id));
        data.spaces << space;
    }

    const QJsonArray users = o.value(QLatin1StringView("users")).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        UserSeed user;
        user.handle = u.value(QLatin1StringView("handle")).toString();
        user.name = in.text(u, QLatin1StringView("name"));
        const auto role =
            roleFromName(u.value(QLatin1StringView("role")).toString(QStringLiteral("learner")));
        if (!role)
            in.fail(QStringLiteral("user '%1' has an unknown role").arg(user.handle));
        user.role = role.value_or(Role::Learner);
        user.bio = in.text(u, QLatin1StringView("bio"), false);
        user.intro = in.text(u, QLatin1StringView("intro"), false);
        user.lang = u.value(QLatin1StringView("lang")).toString(QStringLiteral("zh"));
        if (!isValidId(QStringLiteral("u-") + user.handle))
            in.fail(QStringLiteral("user handle '%1' is not valid").arg(user.handle));
        data.users << user;
    }
}

void loadCourses(const QJsonObject &o, DemoData &data, Loader &in) {
    const QJsonArray courses = o.value(QLatin1StringView("courses")).toArray();
    for (const QJsonValue &v : courses) {
        const QJsonObject c = v.toObject();
        CourseSeed course;
        course.id = c.value(QLatin1StringView("id")).toString();
        course.creator = c.value(QLatin1StringView("creator")).toString();
        course.title = in.text(c, QLatin1StringView("title"));
        course.summary = in.text(c, QLatin1StringView("summary"));
        course.description = in.text(c, QLatin1StringView("description"));
        course.topic = c.value(QLatin1StringView("topic")).toString();
        course.tags = in.strings(c.value(QLatin1StringView("tags")));
        if (c.contains(QLatin1StringView("prerequisites")))
            course.prerequisites = in.strings(c.value(QLatin1StringView("prerequisites")));
        course.price = c.value(QLatin1StringView("price")).toInteger();
        course.currency = c.value(QLatin1StringView("currency")).toString(QStringLiteral("CNY"));
        course.published = c.value(QLatin1StringView("published")).toBool(true);
        course.lang = c.value(QLatin1StringView("lang")).toString(QStringLiteral("zh"));
        course.daysAgo = in.integer(c, QLatin1StringView("days_ago"), 120);
        if (c.contains(QLatin1StringView("replies")))
            course.replies = in.bank(c.value(QLatin1StringView("replies")));
        if (!isValidId(course.id))
            in.fail(QStringLiteral("course id '%1' is not valid").arg(course.id));
        const QJsonArray lessons = c.value(QLatin1StringView("lessons")).toArray();
        for (const QJsonValue &lv : lessons) {
            const QJsonObject l = lv.toObject();
            LessonSeed lesson;
            lesson.title = in.text(l, QLatin1StringView("title"));
            lesson.body = in.text(l, QLatin1StringView("body"));
            lesson.minutes = in.integer(l, QLatin1StringView("minutes"), 10);
            lesson.preview = l.value(QLatin1StringView("preview")).toBool(false);
            course.lessons << lesson;
        }
        data.courses << course;
    }
}

void loadThreads(const QJsonObject &o, DemoData &data, Loader &in) {
    const QJsonArray threads = o.value(QLatin1StringView("threads")).toArray();
    for (const QJsonValue &v : threads) {
        const QJsonObject t = v.toObject();
        ThreadSeed thread;
        thread.title = in.text(t, QLatin1StringView("title"));
        const auto kind = threadKindFromName(
            t.value(QLatin1StringView("kind")).toString(QStringLiteral("discussion")));
        if (!kind)
            in.fail(QStringLiteral("thread '%1' has an unknown kind").arg(thread.title));
        thread.kind = kind.value_or(ThreadKind::Discussion);
        thread.author = t.value(QLatin1StringView("author")).toString();
        thread.space = t.value(QLatin1StringView("space")).toString();
        thread.course = t.value(QLatin1StringView("course")).toString();
        thread.lesson = in.integer(t, QLatin1StringView("lesson"), 0);
        thread.pinned = t.value(QLatin1StringView("pinned")).toBool(false);
        thread.locked = t.value(QLatin1StringView("locked")).toBool(false);
        thread.body = in.text(t, QLatin1StringView("body"));
        thread.daysAgo = in.integer(t, QLatin1StringView("days_ago"), -1);
        thread.extra = in.integer(t, QLatin1StringView("extra"), -1);
        thread.topic = t.value(QLatin1StringView("topic")).toString();
        thread.style = t.value(QLatin1StringView("style")).toString();
        if (thread.space.isEmpty() == thread.course.isEmpty())
            in.fail(QStringLiteral("thread '%1' needs exactly one of space and course")
                        .arg(thread.title));
        const QJsonArray replies = t.value(QLatin1StringView("replies")).toArray();
        for (const QJsonValue &rv : replies) {
            const QJsonObject r = rv.toObject();
            ReplySeed reply;
            reply.author = r.value(QLatin1StringView("author")).toString();
            reply.body = in.text(r, QLatin1StringView("body"));
            reply.to = in.integer(r, QLatin1StringView("to"), 0);
            reply.accepted = r.value(QLatin1StringView("accepted")).toBool(false);
            if (reply.to < 0 || reply.to > thread.replies.size())
                in.fail(QStringLiteral("a reply in '%1' answers a post that comes later")
                            .arg(thread.title));
            thread.replies << reply;
        }
        data.threads << thread;
    }
}

void loadReplies(const QJsonObject &o, DemoData &data, Loader &in) {
    const QJsonObject banks = o.value(QLatin1StringView("banks")).toObject();
    for (auto it = banks.begin(); it != banks.end(); ++it)
        data.banks.insert(it.key(), in.bank(it.value()));
    const QJsonObject topics = o.value(QLatin1StringView("topics")).toObject();
    for (auto it = topics.begin(); it != topics.end(); ++it)
        data.topicBanks.insert(it.key(), in.bank(it.value()));
    const QJsonObject numbers = o.value(QLatin1StringView("numbers")).toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        data.numbers.insert(it.key(), it.value().toInt());
}

} // namespace

std::optional<DemoData> loadDemoData(QString *error) {
    QString localError;
    QString &err = error ? *error : localError;
    const QDir dir(QStringLiteral(":/demo"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (!files.contains(QStringLiteral("community.json")) ||
        !files.contains(QStringLiteral("replies.json"))) {
        err = QStringLiteral("the demo data files are not embedded (community.json, replies.json)");
        return std::nullopt;
    }

    DemoData data;
    Loader in;
    for (const QString &name : files) {
        const auto object = readObject(dir.filePath(name), &err);
        if (!object)
            return std::nullopt;
        in.at(name);
        if (name == u"community.json")
            loadCommunity(*object, data, in);
        else if (name == u"replies.json")
            loadReplies(*object, data, in);
        else if (name.startsWith(u"courses"))
            loadCourses(*object, data, in);
        else if (name.startsWith(u"threads"))
            loadThreads(*object, data, in);
        if (!in.ok()) {
            err = in.error();
            return std::nullopt;
        }
    }
    return data;
}

} // namespace lyceum::demo
