#include "reco/interactions.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace lyceum::reco {

namespace {

const char *const kFormats =
    "expected MovieLens u.data (user<TAB>item<TAB>rating<TAB>timestamp), ratings.csv (the "
    "header userId,movieId,rating,timestamp, then comma-separated rows) or ratings.dat "
    "(UserID::MovieID::Rating::Timestamp)";

// The column a header name stands for: 0 user, 1 item, 2 rating, 3 timestamp, -1 unknown.
int headerColumn(QString name) {
    name = name.trimmed().toLower().remove(u'_').remove(u'"');
    static const QHash<QString, int> names{
        {QStringLiteral("user"), 0},   {QStringLiteral("userid"), 0},
        {QStringLiteral("item"), 1},   {QStringLiteral("itemid"), 1},
        {QStringLiteral("movie"), 1},  {QStringLiteral("movieid"), 1},
        {QStringLiteral("course"), 1}, {QStringLiteral("courseid"), 1},
        {QStringLiteral("rating"), 2}, {QStringLiteral("timestamp"), 3},
        {QStringLiteral("time"), 3}};
    return names.value(name, -1);
}

struct Layout {
    QString separator;
    int user = 0, item = 1, rating = 2;
    int fields = 0; // of the first row (at least 2)
};

QString separatorName(const QString &sep) {
    if (sep == QLatin1String("\t"))
        return QStringLiteral("a tab");
    if (sep == QLatin1String("::"))
        return QStringLiteral("\"::\"");
    return QStringLiteral("a comma");
}

// The separator and the columns, from the first row; *header when that row names the columns.
std::optional<Layout> layoutOf(const QString &line, bool *header, QString *error) {
    Layout l;
    if (line.contains(QLatin1String("::")))
        l.separator = QStringLiteral("::");
    else if (line.contains(u'\t'))
        l.separator = QStringLiteral("\t");
    else if (line.contains(u','))
        l.separator = QStringLiteral(",");
    else {
        *error = QStringLiteral("not a ratings file: %1").arg(QLatin1String(kFormats));
        return std::nullopt;
    }
    const QStringList fields = line.split(l.separator);
    l.fields = int(fields.size());
    QVector<int> columns;
    for (const QString &f : fields)
        columns << headerColumn(f);
    *header = columns.contains(0) && columns.contains(1);
    if (*header) {
        l.user = int(columns.indexOf(0));
        l.item = int(columns.indexOf(1));
        l.rating = int(columns.indexOf(2));
        return l;
    }
    bool numeric = true;
    if (fields.size() > 2)
        fields.at(2).trimmed().toDouble(&numeric);
    if (columns.count(-1) < fields.size() || !numeric) {
        *error = QStringLiteral("line 1 looks like a header but does not name a user and an "
                                "item column: %1")
                     .arg(QLatin1String(kFormats));
        return std::nullopt;
    }
    return l;
}

} // namespace

std::optional<Interactions> parseInteractions(const QByteArray &bytes, QString *error) {
    QString scratch;
    if (!error)
        error = &scratch;
    Interactions data;
    QHash<QString, int> users;
    QHash<QString, int> items;
    QVector<QSet<int>> seen;
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    std::optional<Layout> layout;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!layout) {
            bool header = false;
            layout = layoutOf(line, &header, error);
            if (!layout) {
                error->replace(QLatin1String("line 1"), QStringLiteral("line %1").arg(n + 1));
                return std::nullopt;
            }
            if (header)
                continue;
        }
        const QStringList fields = line.split(layout->separator);
        const int need = std::max(layout->user, layout->item) + 1;
        if (fields.size() < need || fields.at(layout->user).trimmed().isEmpty() ||
            fields.at(layout->item).trimmed().isEmpty()) {
            *error = QStringLiteral("line %1: expected user%2item[%2rating[%2timestamp]], "
                                    "separated by %3 as on the first row")
                         .arg(n + 1)
                         .arg(layout->separator, separatorName(layout->separator));
            return std::nullopt;
        }
        if (layout->rating >= 0 && fields.size() > layout->rating) {
            bool ok = false;
            fields.at(layout->rating).trimmed().toDouble(&ok);
            if (!ok) {
                *error = QStringLiteral("line %1: the rating \"%2\" is not a number")
                             .arg(n + 1)
                             .arg(fields.at(layout->rating).trimmed().left(40));
                return std::nullopt;
            }
        }
        const QString user = fields.at(layout->user).trimmed();
        const QString item = fields.at(layout->item).trimmed();
        auto u = users.constFind(user);
        if (u == users.constEnd()) {
            u = users.insert(user, int(data.userIds.size()));
            data.userIds << user;
            data.byUser.append(QVector<int>());
            seen.append(QSet<int>());
        }
        auto i = items.constFind(item);
        if (i == items.constEnd()) {
            i = items.insert(item, int(data.itemIds.size()));
            data.itemIds << item;
        }
        ++data.rows;
        if (!seen[*u].contains(*i)) {
            seen[*u].insert(*i);
            data.byUser[*u].append(*i);
        }
    }
    if (data.rows == 0) {
        *error = QStringLiteral("no interactions in the file");
        return std::nullopt;
    }
    return data;
}
std::optional<Interactions> loadInteractions(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 could not be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseInteractions(file.readAll(), error);
}

std::optional<QStringList> loadItemTexts(const QString &path, const Interactions &data,
                                         QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 could not be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    static const char *const genres[] = {
        "unknown",     "Action", "Adventure", "Animation", "Children's", "Comedy",  "Crime",
        "Documentary", "Drama",  "Fantasy",   "Film-Noir", "Horror",     "Musical", "Mystery",
        "Romance",     "Sci-Fi", "Thriller",  "War",       "Western"};
    QHash<QString, int> index;
    for (int i = 0; i < data.itemCount(); ++i)
        index.insert(data.itemIds.at(i), i);
    QStringList texts(data.itemCount());
    const QByteArray bytes = file.readAll();
    const bool utf8 = QString::fromUtf8(bytes).toUtf8() == bytes;
    const QString all = utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    for (const QString &raw : all.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QChar sep = line.contains(u'|') ? u'|' : (line.contains(u'\t') ? u'\t' : u',');
        QStringList fields = line.split(sep);
        if (fields.size() < 2)
            continue;
        const auto it = index.constFind(fields.at(0).trimmed());
        if (it == index.constEnd())
            continue;
        QString text;
        if (sep == u'|' && fields.size() == 24) {
            text = fields.at(1);
            for (int g = 0; g < 19; ++g)
                if (fields.at(5 + g) == QLatin1String("1"))
                    text += u' ' + QLatin1String(genres[g]);
        } else {
            fields.removeFirst();
            text = fields.join(u' ');
        }
        texts[*it] = text;
    }
    return texts;
}

} // namespace lyceum::reco
