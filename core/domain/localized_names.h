// A name in both of the product's languages (a course's topic, a membership plan): the field
// beside the community's own name on the wire, `{"en": "...", "zh": "..."}`, optional, so old
// servers and old clients keep working with the single name (docs/protocol.md, "Names in both
// languages").
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lyceum {

struct LocalizedNames {
    QString en;
    QString zh;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    // The name for a UI language ("zh", "zh_CN", "en"…); the other language's when that one is
    // missing; fallback when both are.
    QString pick(const QString &language, const QString &fallback) const;
    friend bool operator==(const LocalizedNames &, const LocalizedNames &) = default;
};

inline constexpr int kMaxLocalizedName = 80; // code points, each language

// {} for empty names (the field is then left out).
QJsonObject toJson(const LocalizedNames &names);
// Absent or null: empty names. Anything but an object whose "en" and "zh" are strings of at
// most kMaxLocalizedName characters (unsafe characters removed) is refused with *error set.
std::optional<LocalizedNames> localizedNamesFromJson(const QJsonValue &value, QString *error);
// The same for the text a store keeps (the object as compact JSON; '' for none).
QString localizedNamesToText(const LocalizedNames &names);
LocalizedNames localizedNamesFromText(const QString &text);

} // namespace lyceum
