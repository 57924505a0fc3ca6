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

} // namespace lyceum::reco
