// Formatting shared by the pages: money, relative times, durations. Translated through the
// "Format" context so every page says "3 minutes ago" the same way.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lyceum::ui {

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    // "¥199.00" for 19900 CNY; "Free" (translated) for 0.
    static QString price(qint64 minorUnits, const QString &currency);
    // "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", else a date.
    static QString relativeTime(qint64 msSinceEpoch, qint64 nowMs);
    static QString relativeTime(qint64 msSinceEpoch);
    // "7:05" or "1:02:03".
    static QString duration(int seconds);
    // Two letters for an avatar: the first letter of the name (a CJK name gives its first
    // character), upper-cased.
    static QString initials(const QString &name);
};

} // namespace lyceum::ui
