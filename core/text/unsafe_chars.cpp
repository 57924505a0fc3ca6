#include "text/unsafe_chars.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lyceum::text {

bool isUnsafeChar(char16_t c) {
    if (c < 0x20)
        return c != u'\n' && c != u'\t';
    if (c >= 0x7f && c <= 0x9f)
        return true;
    return c == 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool containsUnsafeChars(const QString &s) {
    for (QChar c : s) {
        if (isUnsafeChar(c.unicode()))
            return true;
    }
    return false;
}

QString withoutUnsafeChars(const QString &s) {
    if (!containsUnsafeChars(s))
        return s;
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!isUnsafeChar(c.unicode()))
            out.append(c);
    }
    return out;
}

QJsonObject withoutUnsafeChars(const QJsonObject &object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(withoutUnsafeChars(it.key()), withoutUnsafeChars(it.value()));
    return out;
}

QJsonValue withoutUnsafeChars(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return withoutUnsafeChars(value.toString());
    case QJsonValue::Object:
        return withoutUnsafeChars(value.toObject());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutUnsafeChars(v));
        return out;
    }
    default:
        return value;
    }
}

QString escapeUnsafeCharsInJson(const QString &json) {
    if (!containsUnsafeChars(json))
        return json;
    QString out;
    out.reserve(json.size() + 16);
    for (QChar c : json) {
        if (isUnsafeChar(c.unicode()))
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out.append(c);
    }
    return out;
}

} // namespace lyceum::text
