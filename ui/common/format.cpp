#include "common/format.h"

#include <QDateTime>
#include <QLocale>

namespace lyceum::ui {

QString Format::price(qint64 minorUnits, const QString &currency) {
    if (minorUnits == 0)
        return tr("Free");
    const qint64 whole = minorUnits / 100;
    const QString grouped = QLocale(QLocale::English).toString(whole); // 1,999: the same in zh
    const QString amount =
        grouped % QLatin1Char('.') %
        QStringLiteral("%1").arg(qAbs(minorUnits % 100), 2, 10, QLatin1Char('0'));
    if (currency == QLatin1String("CNY"))
        return QStringLiteral("¥") % amount;
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$") % amount;
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€") % amount;
    return amount % QLatin1Char(' ') % currency;
}

QString Format::relativeTime(qint64 msSinceEpoch, qint64 nowMs) {
    if (msSinceEpoch <= 0)
        return QString();
    const qint64 seconds = (nowMs - msSinceEpoch) / 1000;
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days == 1)
        return tr("yesterday");
    if (days < 30)
        return tr("%n day(s) ago", nullptr, int(days));
    return date(msSinceEpoch);
}

QString Format::date(qint64 msSinceEpoch) {
    const QDate day = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date();
    //: A date's pattern (QDate::toString): day, short month name, year.
    return QLocale().toString(day, tr("d MMM yyyy"));
}

QString Format::dateTime(qint64 msSinceEpoch) {
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    //: A date and time's pattern (QDateTime::toString).
    return QLocale().toString(when, tr("d MMM yyyy, HH:mm"));
}

QString Format::relativeTime(qint64 msSinceEpoch) {
    return relativeTime(msSinceEpoch, QDateTime::currentMSecsSinceEpoch());
}

QString Format::duration(int seconds) {
    const int h = seconds / 3600;
    const int m = (seconds % 3600) / 60;
    const int s = seconds % 60;
    const auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0)
        return QString::number(h) % QLatin1Char(':') % two(m) % QLatin1Char(':') % two(s);
    return QString::number(m) % QLatin1Char(':') % two(s);
}

QString Format::localized(const LocalizedNames &names, const QString &fallback) {
    // language::install sets the default locale to the interface language.
    return names.pick(QLocale().name(), fallback);
}

QString Format::initials(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    return trimmed.left(1).toUpper();
}

} // namespace lyceum::ui
