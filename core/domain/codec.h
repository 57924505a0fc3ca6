// JSON codecs for the domain types (docs/protocol.md). The decoders never trust their input:
// a missing or mistyped field yields std::nullopt and a sentence naming the field, so both the
// server (requests) and the client (the changes feed) can report bad data instead of guessing.
#pragma once

#include "domain/entities.h"

#include <QJsonObject>
#include <optional>

namespace lyceum {

QJsonObject toJson(const User &user);
QJsonObject toJson(const Space &space);
QJsonObject toJson(const Course &course);
QJsonObject toJson(const Lesson &lesson);
QJsonObject toJson(const Thread &thread);
QJsonObject toJson(const Post &post);
QJsonObject toJson(const Reaction &reaction);

// On failure these return nullopt and, when error is given, set it to e.g.
// "course: field 'price' must be an integer".
std::optional<User> userFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Space> spaceFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Course> courseFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Lesson> lessonFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Thread> threadFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Post> postFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Reaction> reactionFromJson(const QJsonObject &o, QString *error = nullptr);

// Typed field access with error collection, for decoders of requests and responses elsewhere.
class JsonReader {
public:
    JsonReader(const QJsonObject &object, QString context);

    QString string(QLatin1StringView key);         // required
    QString optionalString(QLatin1StringView key); // absent or null -> empty
    qint64 integer(QLatin1StringView key);         // required, integral
    qint64 optionalInteger(QLatin1StringView key, qint64 fallback = 0);
    // 32-bit counts and positions: out-of-range values are refused, never truncated.
    int int32(QLatin1StringView key); // required
    int optionalInt32(QLatin1StringView key, int fallback = 0);
    bool boolean(QLatin1StringView key); // required
    bool optionalBoolean(QLatin1StringView key, bool fallback = false);
    QStringList stringList(QLatin1StringView key); // required array of strings
    QString id(QLatin1StringView key);             // required, isValidId
    QString optionalId(QLatin1StringView key);     // absent/null/"" -> empty, else valid

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Records a failure found by the caller (e.g. an enum value out of range).
    void fail(QLatin1StringView key, const QString &what);

private:
    QJsonObject m_object;
    QString m_context;
    QString m_error; // the first problem found
};

} // namespace lyceum
