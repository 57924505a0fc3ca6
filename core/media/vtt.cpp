#include "media/vtt.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace lyceum::media {

std::optional<qint64> parseVttTime(QStringView text) {
    // [hh:]mm:ss.mmm
    const QList<QStringView> parts = text.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const QStringView secondsPart = parts.last();
    const qsizetype dot = secondsPart.indexOf(u'.');
    if (dot != 2 || secondsPart.size() != 6)
        return std::nullopt;
    bool ok = true;
    const auto number = [&ok](QStringView s, int digits) {
        if (digits > 0 && s.size() != digits)
            ok = false;
        for (const QChar c : s)
            ok = ok && c.isDigit() && c.unicode() < 128;
        return ok && !s.isEmpty() ? s.toLongLong() : 0;
    };
    const qint64 hours = parts.size() == 3 ? number(parts.at(0), 0) : 0;
    const qint64 minutes = number(parts.at(parts.size() - 2), 2);
    const qint64 seconds = number(secondsPart.first(2), 2);
    const qint64 millis = number(secondsPart.sliced(3), 3);
    if (!ok || minutes > 59 || seconds > 59)
        return std::nullopt;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

namespace {

QString cleanText(QString text) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace

std::optional<Captions> parseVtt(const QByteArray &bytes, QString *error) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (blocks.isEmpty() || !(blocks.first().startsWith(QLatin1String("WEBVTT")) &&
                              (blocks.first().size() == 6 || blocks.first().at(6).isSpace()))) {
        if (error)
            *error = QStringLiteral("not a WebVTT file (no WEBVTT header)");
        return std::nullopt;
    }
    Captions out;
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        QStringList lines = blocks.at(b).split(u'\n');
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        if (lines.isEmpty())
            continue;
        const QString &head = lines.first();
        if (head.startsWith(QLatin1String("NOTE")) || head.startsWith(QLatin1String("STYLE")) ||
            head.startsWith(QLatin1String("REGION")))
            continue;
        if (!head.contains(QLatin1String("-->")))
            lines.removeFirst(); // the cue's identifier
        if (lines.isEmpty() || !lines.first().contains(QLatin1String("-->")))
            continue;
        const QString timing = lines.takeFirst();
        const qsizetype arrow = timing.indexOf(QLatin1String("-->"));
        const QString endPart = timing.mid(arrow + 3).trimmed().section(u' ', 0, 0);
        const auto start = parseVttTime(QStringView(timing).first(arrow));
        const auto end = parseVttTime(endPart);
        if (!start || !end || *end <= *start)
            continue;
        const QString cue = cleanText(lines.join(u'\n'));
        if (!cue.isEmpty())
            out.cues.append({*start, *end, cue});
    }
    std::stable_sort(out.cues.begin(), out.cues.end(),
                     [](const Cue &a, const Cue &b) { return a.startMs < b.startMs; });
    return out;
}

QString Captions::textAt(qint64 positionMs) const {
    QStringList shown;
    for (const Cue &c : cues) {
        if (c.startMs > positionMs)
            break;
        if (positionMs < c.endMs)
            shown << c.text;
    }
    return shown.join(u'\n');
}

} // namespace lyceum::media
