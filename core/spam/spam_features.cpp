#include "spam/spam_features.h"

#include "text/tokenizer.h"

#include <QRegularExpression>
#include <QSet>

namespace lyceum::spam {

namespace {

bool isEmoji(char32_t c) {
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

} // namespace

QStringList features(QStringView text) {
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &f) {
        if (!seen.contains(f)) {
            seen.insert(f);
            out << f;
        }
    };
    for (const QString &w : text::words(text)) {
        if (w.size() <= 40)
            add(w);
    }
    static const QRegularExpression url(
        QStringLiteral("(?:https?://|www\\.)([A-Za-z0-9.-]+\\.[A-Za-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        QString host = it.next().captured(1).toLower();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        add(QStringLiteral("__url"));
        add(QStringLiteral("__domain:") + host);
    }
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+\\.[\\w.-]+"));
    if (email.match(text).hasMatch())
        add(QStringLiteral("__email"));
    static const QRegularExpression mobile(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
    if (mobile.match(text).hasMatch())
        add(QStringLiteral("__phone_cn"));
    static const QRegularExpression digits(QStringLiteral("\\d[\\d -]{8,}\\d"));
    if (digits.match(text).hasMatch())
        add(QStringLiteral("__digits_long"));
    static const QRegularExpression repeated(QStringLiteral("(.)\\1{3,}"));
    if (repeated.match(text).hasMatch())
        add(QStringLiteral("__repeat"));
    if (text.contains(QLatin1String("!!")) || text.contains(QStringLiteral("！！")))
        add(QStringLiteral("__bang"));

    int run = 0, letters = 0, capitals = 0;
    bool emojiRun = false;
    for (const char32_t c : text.toUcs4()) {
        run = isEmoji(c) ? run + 1 : (c == 0xFE0F || c == 0x200D ? run : 0);
        emojiRun = emojiRun || run >= 3;
        if (c < 0x80 && QChar::isLetter(c)) {
            ++letters;
            capitals += QChar::isUpper(c) ? 1 : 0;
        }
    }
    if (emojiRun)
        add(QStringLiteral("__emoji_run"));
    if (letters >= 20 && capitals * 2 > letters)
        add(QStringLiteral("__caps"));
    return out;
}

} // namespace lyceum::spam
