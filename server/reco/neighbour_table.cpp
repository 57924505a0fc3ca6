#include "server/reco/neighbour_table.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace lyceum::server {

QVector<NeighbourPair> neighbourPairs(const QVector<QPair<QString, QString>> &enrolments,
                                      int minUsers) {
    QHash<QString, QSet<QString>> byUser;
    for (const auto &[user, course] : enrolments)
        byUser[user].insert(course);
    QHash<QString, int> courseUsers;
    QHash<QPair<QString, QString>, int> pairUsers;
    for (const QSet<QString> &set : std::as_const(byUser)) {
        QStringList courses(set.begin(), set.end());
        std::sort(courses.begin(), courses.end());
        for (qsizetype i = 0; i < courses.size(); ++i) {
            ++courseUsers[courses.at(i)];
            for (qsizetype j = i + 1; j < courses.size(); ++j)
                ++pairUsers[{courses.at(i), courses.at(j)}];
        }
    }
    QVector<NeighbourPair> out;
    for (auto it = pairUsers.constBegin(); it != pairUsers.constEnd(); ++it) {
        if (it.value() < minUsers)
            continue; // too few people: publishing it could tell who studies what
        const double na = courseUsers.value(it.key().first);
        const double nb = courseUsers.value(it.key().second);
        out.append({it.key().first, it.key().second, it.value(), it.value() / std::sqrt(na * nb)});
    }
    std::sort(out.begin(), out.end(), [](const NeighbourPair &x, const NeighbourPair &y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    return out;
}

QVector<QPair<QString, int>> coursePopularity(const QVector<QPair<QString, QString>> &enrolments,
                                              int minUsers) {
    QHash<QString, QSet<QString>> users;
    for (const auto &[user, course] : enrolments)
        users[course].insert(user);
    QVector<QPair<QString, int>> out;
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        if (it.value().size() >= minUsers)
            out.append({it.key(), int(it.value().size())});
    }
    std::sort(out.begin(), out.end());
    return out;
}

QJsonObject neighbourTableJson(const QVector<NeighbourPair> &pairs, int minUsers,
                               const QVector<QPair<QString, int>> &popularity) {
    QJsonArray courses;
    for (const auto &[course, users] : popularity)
        courses.append(
            QJsonObject{{QStringLiteral("id"), course}, {QStringLiteral("users"), users}});
    QJsonArray rows;
    for (const NeighbourPair &p : pairs)
        rows.append(QJsonObject{{QStringLiteral("a"), p.a},
                                {QStringLiteral("b"), p.b},
                                {QStringLiteral("users"), p.users},
                                {QStringLiteral("similarity"), p.similarity}});
    return {{QStringLiteral("min_users"), minUsers},
            {QStringLiteral("pairs"), rows},
            {QStringLiteral("courses"), courses}};
}

} // namespace lyceum::server
