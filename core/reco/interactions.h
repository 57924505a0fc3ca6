// Implicit-feedback data for the recommenders: who interacted with what. Read from the common
// ratings files as they come: MovieLens u.data (tab-separated, no header), ratings.csv (the header
// userId,movieId,rating,timestamp, comma-separated; a header names the columns, in any order) and
// ratings.dat ("::"-separated). The separator is the first row's; every row is an interaction;
// anything else is refused with the line and the formats expected. Ids map to dense indexes.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::reco {

struct Interactions {
    QStringList userIds; // index -> original id
    QStringList itemIds;
    QVector<QVector<int>> byUser; // per user, the distinct items, in file order
    qint64 rows = 0;              // rows read (duplicates included)
    int userCount() const { return int(userIds.size()); }
    int itemCount() const { return int(itemIds.size()); }
};

// nullopt with "line N: ..." in *error for a row that cannot be read.
std::optional<Interactions> loadInteractions(const QString &path, QString *error);
std::optional<Interactions> parseInteractions(const QByteArray &text, QString *error);

// The text of each item of data (by index; empty when the file does not name it), from lines
// "id<sep>text…" (sep '|', tab or ','; the rest of the line is the text). MovieLens' u.item
// (24 '|' fields, Latin-1) is read as title plus genre names.
std::optional<QStringList> loadItemTexts(const QString &path, const Interactions &data,
                                         QString *error);

} // namespace lyceum::reco
