#include "spam/spam_features.h"

#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace lyceum::spam {

namespace {

constexpr quint32 kFnvOffset = 2166136261u;
constexpr quint32 kFnvPrime = 16777619u;
constexpr int kMaxRun = 24; // characters of one run that give n-grams

bool isEmoji(char32_t c) {
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0x20000 && c <= 0x2A6DF);
}

// Case-folded, full-width forms as ASCII, digits as '0'; 0 for a separator.
char32_t gramChar(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
    if (c >= '0' && c <= '9')
        return '0';
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : ((c >= 'a' && c <= 'z') ? c : 0);
    if (isCjk(c))
        return c;
    return QChar::isLetterOrNumber(c) ? QChar::toLower(c) : 0;
}

quint32 fnv(quint32 h, char32_t c) {
    char bytes[4];
    int n = 0;
    if (c < 0x80) {
        bytes[n++] = char(c);
    } else if (c < 0x800) {
        bytes[n++] = char(0xC0 | (c >> 6));
        bytes[n++] = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        bytes[n++] = char(0xE0 | (c >> 12));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3F));
        bytes[n++] = char(0x80 | (c & 0x3F));
    } else {
        bytes[n++] = char(0xF0 | (c >> 18));
        bytes[n++] = char(0x80 | ((c >> 12) & 0x3F));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3F));
        bytes[n++] = char(0x80 | (c & 0x3F));
    }
    for (int i = 0; i < n; ++i) {
        h ^= quint8(bytes[i]);
        h *= kFnvPrime;
    }
    return h;
}

// Calls emit(grams, count) for each n-gram (1 to 3 characters) of text, as defined above.
template<typename Emit> void forEachGram(QStringView text, Emit &&emit) {
    const QList<uint> all = text.toUcs4();
    qsizetype at = 0;
    const qsizetype n = all.size();
    char32_t run[kMaxRun + 2];
    while (at < n) {
        const char32_t first = gramChar(all[at]);
        if (first == 0) {
            ++at;
            continue;
        }
        const bool cjk = isCjk(first);
        int length = 0;
        if (!cjk)
            run[length++] = '_';
        while (at < n) {
            const char32_t c = gramChar(all[at]);
            if (c == 0 || isCjk(c) != cjk)
                break;
            if (length < kMaxRun + (cjk ? 0 : 1))
                run[length++] = c;
            ++at;
        }
        if (cjk) {
            for (int i = 0; i < length; ++i) {
                emit(run + i, 1);
                if (i + 1 < length)
                    emit(run + i, 2);
            }
        } else {
            run[length++] = '_';
            for (int i = 0; i + 3 <= length; ++i)
                emit(run + i, 3);
            if (length == 3) // one character: "_x_"
                continue;
        }
    }
}

// The marks (and bare domains) found by patterns.
template<typename Add> void addMarks(QStringView text, Add &&add) {
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
    // A domain written without a scheme, as spam does to dodge link filters: "abc.top", "t.cn/x".
    static const QRegularExpression bare(
        QStringLiteral(
            "(?<![\\w@./-])((?:[a-z0-9-]{1,40}\\.){1,3}(?:com|cn|net|org|top|xyz|cc|vip|club|"
            "info|io|me|ly|co|shop|site|online|tk))(?![\\w.-]*@)(?![a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = bare.globalMatch(text); it.hasNext();) {
        add(QStringLiteral("__url_bare"));
        add(QStringLiteral("__domain:") + it.next().captured(1).toLower());
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
    static const QRegularExpression wechat(
        QStringLiteral("(?:微信|威信|薇信|v信|vx|wx|weixin|wechat|加v)\\s*(?:号)?\\s*[:：]?\\s*"
                       "([a-z][-_a-z0-9]{5,19})"),
        QRegularExpression::CaseInsensitiveOption);
    if (wechat.match(text).hasMatch())
        add(QStringLiteral("__wechat_id"));
    static const QRegularExpression qq(
        QStringLiteral("(?:qq|扣扣|企鹅|q群|群号)\\s*(?:号|群)?\\s*[:：]?\\s*\\d{5,11}(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    if (qq.match(text).hasMatch())
        add(QStringLiteral("__qq_id"));
    static const QRegularExpression addMe(
        QStringLiteral("加我|加微|加v|加q|加群|私聊|私信我|联系我|找我|\\badd me\\b|\\bdm me\\b|"
                       "\\bcontact me\\b|whats\\s?app|telegram|\\btg\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (addMe.match(text).hasMatch())
        add(QStringLiteral("__add_me"));
    static const QRegularExpression qr(QStringLiteral("扫码|二维码|\\bqr\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    if (qr.match(text).hasMatch())
        add(QStringLiteral("__qr"));
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
    const qsizetype length = text.size();
    if (length > 0)
        add(length < 20    ? QStringLiteral("__len0")
            : length < 60  ? QStringLiteral("__len1")
            : length < 300 ? QStringLiteral("__len2")
                           : QStringLiteral("__len3"));
}

} // namespace

quint32 bucketOf(QStringView feature, int bits) {
    quint32 h = kFnvOffset;
    for (const char c : feature.toUtf8()) {
        h ^= quint8(c);
        h *= kFnvPrime;
    }
    return h & ((1u << bits) - 1);
}

QStringList features(QStringView text) {
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &f) {
        if (!seen.contains(f)) {
            seen.insert(f);
            out << f;
        }
    };
    QHash<QString, int> counts;
    for (const QString &w : text::words(text)) {
        if (w.size() <= 40)
            add(w);
        if (w.size() > 1 || w.at(0).isLetterOrNumber())
            if (++counts[w] == 3)
                add(QStringLiteral("__repeat_word"));
    }
    addMarks(text, add);
    forEachGram(text, [&](const char32_t *gram, int count) {
        add(QLatin1Char('#') + QString::fromUcs4(gram, count));
    });
    return out;
}

QVector<quint32> featureBuckets(QStringView text, int bits) {
    QVector<quint32> out;
    out.reserve(text.size() * 2 + 16);
    const quint32 mask = (1u << bits) - 1;
    QHash<QString, int> counts;
    bool repeated = false;
    for (const QString &w : text::words(text)) {
        if (w.size() <= 40)
            out << bucketOf(w, bits);
        if (!repeated && (w.size() > 1 || w.at(0).isLetterOrNumber()))
            repeated = ++counts[w] == 3;
    }
    if (repeated)
        out << bucketOf(u"__repeat_word", bits);
    addMarks(text, [&](const QString &f) { out << bucketOf(f, bits); });
    const quint32 hash = fnv(kFnvOffset, '#');
    forEachGram(text, [&](const char32_t *gram, int count) {
        quint32 h = hash;
        for (int i = 0; i < count; ++i)
            h = fnv(h, gram[i]);
        out << (h & mask);
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace lyceum::spam
