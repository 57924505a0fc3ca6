// Formatting shared by the pages: money, relative times, durations. Translated through the
// "Format" context so every page says "3 minutes ago" the same way.
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QString>

namespace lyceum::ui {

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    // "¥199.00" for 19900 CNY, "¥1,999.00" for 199900; "Free" (translated) for 0. One form per
    // currency whatever the language: the symbol before the amount, digits grouped.
    static QString price(qint64 minorUnits, const QString &currency);
    // A day in the interface language: "30 Oct 2026" / "2026年10月30日" (never "10/30/26").
    static QString date(qint64 msSinceEpoch);
    // The same with the time: "30 Oct 2026, 14:05" / "2026年10月30日 14:05".
    static QString dateTime(qint64 msSinceEpoch);
    // "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", else a date.
    static QString relativeTime(qint64 msSinceEpoch, qint64 nowMs);
    static QString relativeTime(qint64 msSinceEpoch);
    // "7:05" or "1:02:03".
    static QString duration(int seconds);
    // A name in the interface language (names.en in English, names.zh in Chinese), else the
    // other language's, else fallback (the community's own name, all an older server sends).
    static QString localized(const LocalizedNames &names, const QString &fallback);
    static QString topicName(const Course &course) {
        return localized(course.topicNames, course.topic);
    }
    // Two letters for an avatar: the first letter of the name (a CJK name gives its first
    // character), upper-cased.
    static QString initials(const QString &name);
};

} // namespace lyceum::ui
