// The challenges' tables (step challenges.1, learning/challenge_schema.cpp) on the storage's
// own connection, so a check-in, its post and the mutation's record commit together. Throws
// StorageError like Storage.
#pragma once

#include "learning/challenge_rules.h"

#include <QHash>
#include <QVector>
#include <optional>

namespace lyceum::server {

class Storage;
class SqlStorage;

struct CheckInRecord {
    QString challengeId;
    QString userId;
    int day = 0;
    QString postId;
    qint64 writtenAt = 0;
    qint64 receivedAt = 0;
    bool madeUp = false;
};

class ChallengeStore {
public:
    explicit ChallengeStore(Storage &storage);

    void put(const challenges::Challenge &c); // inserts or replaces
    std::optional<challenges::Challenge> byId(const QString &id);
    // Newest first; every space when spaceId is empty; at most limit.
    QVector<challenges::Challenge> list(const QString &spaceId, int limit);
    // false when the member already checked in for that day (nothing written).
    bool insertCheckIn(const CheckInRecord &r);
    bool hasCheckIn(const QString &challengeId, const QString &userId, int day);
    int madeUpCount(const QString &challengeId, const QString &userId);
    QVector<CheckInRecord> checkInsOf(const QString &challengeId, const QString &userId);
    QHash<int, int> countsByDay(const QString &challengeId);
    int participants(const QString &challengeId);
    // The members with the most check-ins, most first (ties: the earlier last check-in).
    QVector<QPair<QString, int>> leaders(const QString &challengeId, int limit);

private:
    SqlStorage &m_sql;
};

} // namespace lyceum::server
