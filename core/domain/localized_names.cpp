#include "domain/localized_names.h"

#include "text/unsafe_chars.h"

#include <QJsonDocument>

namespace lyceum {

QString LocalizedNames::pick(const QString &language, const QString &fallback) const {
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const QString &wanted = chinese ? zh : en;
    const QString &other = chinese ? en : zh;
    if (!wanted.isEmpty())
        return wanted;
    return other.isEmpty() ? fallback : other;
}

QJsonObject toJson(const LocalizedNames &names) {
    QJsonObject o;
    if (!names.en.isEmpty())
        o.insert(QStringLiteral("en"), names.en);
    if (!names.zh.isEmpty())
        o.insert(QStringLiteral("zh"), names.zh);
    return o;
}

std::optional<LocalizedNames> localizedNamesFromJson(const QJsonValue &value, QString *error) {
    if (value.isUndefined() || value.isNull())
        return LocalizedNames{};
    if (!value.isObject()) {
        *error = QStringLiteral("must be an object of names by language");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    LocalizedNames names;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const bool known = it.key() == QLatin1String("en") || it.key() == QLatin1String("zh");
        if (!known)
            continue; // a language this build does not show
        if (!it.value().isString()) {
            *error = QStringLiteral("\"%1\" must be a string").arg(it.key());
            return std::nullopt;
        }
        const QString name = text::withoutUnsafeChars(it.value().toString()).trimmed();
        if (name.toUcs4().size() > kMaxLocalizedName) {
            *error = QStringLiteral("\"%1\" is longer than %2 characters")
                         .arg(it.key())
                         .arg(kMaxLocalizedName);
            return std::nullopt;
        }
        (it.key() == QLatin1String("en") ? names.en : names.zh) = name;
    }
    return names;
}

QString localizedNamesToText(const LocalizedNames &names) {
    if (names.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(toJson(names)).toJson(QJsonDocument::Compact));
}

LocalizedNames localizedNamesFromText(const QString &text) {
    if (text.isEmpty())
        return {};
    QString error;
    return localizedNamesFromJson(QJsonDocument::fromJson(text.toUtf8()).object(), &error)
        .value_or(LocalizedNames{});
}

} // namespace lyceum
