#include "reco/interactions.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace lyceum::reco {

std::optional<Interactions> parseInteractions(const QByteArray &text, QString *error) {
    Interactions data;
    QHash<QString, int> users;
    QHash<QString, int> items;
    QVector<QSet<int>> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        if (line.contains(QLatin1String("::")))
            fields = line.split(QStringLiteral("::"));
        else if (line.contains(u'\t'))
            fields = line.split(u'\t');
        else
            fields = line.split(u',');
        if (n == 0 &&
            fields.first().trimmed().compare(QLatin1String("user"), Qt::CaseInsensitive) == 0)
            continue; // a header
        if (fields.size() < 2 || fields.at(0).trimmed().isEmpty() ||
            fields.at(1).trimmed().isEmpty()) {
            if (error)
                *error =
                    QStringLiteral("line %1: expected user,item[,rating[,timestamp]]").arg(n + 1);
            return std::nullopt;
        }
        if (fields.size() > 2) {
            bool ok = false;
            fields.at(2).trimmed().toDouble(&ok);
            if (!ok) {
                if (error)
                    *error = QStringLiteral("line %1: the rating \"%2\" is not a number")
                                 .arg(n + 1)
                                 .arg(fields.at(2).trimmed());
                return std::nullopt;
            }
        }
        const QString user = fields.at(0).trimmed();
        const QString item = fields.at(1).trimmed();
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
        if (error)
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
