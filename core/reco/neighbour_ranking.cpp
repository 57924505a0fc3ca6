#include "reco/neighbour_ranking.h"

#include "domain/codec.h"
#include "reco/ease_solver.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace lyceum::reco {

std::optional<QVector<NeighbourRow>> neighbourTableFromJson(const QJsonObject &o, QString *error) {
    const QJsonValue pairs = o.value(QLatin1StringView("pairs"));
    if (!pairs.isArray()) {
        if (error)
            *error = QStringLiteral("neighbour table: 'pairs' must be an array");
        return std::nullopt;
    }
    QVector<NeighbourRow> rows;
    for (const QJsonValue &v : pairs.toArray()) {
        JsonReader r(v.toObject(), QStringLiteral("neighbour pair"));
        NeighbourRow row;
        row.a = r.id(QLatin1StringView("a"));
        row.b = r.id(QLatin1StringView("b"));
        row.users = r.int32(QLatin1StringView("users"));
        const QJsonValue sim = v.toObject().value(QLatin1StringView("similarity"));
        if (!sim.isDouble() || sim.toDouble() < 0 || sim.toDouble() > 1.000001)
            r.fail(QLatin1StringView("similarity"), QStringLiteral("must be a number in [0, 1]"));
        row.similarity = sim.toDouble();
        if (!r.ok()) {
            if (error)
                *error = r.error();
            return std::nullopt;
        }
        rows.append(row);
    }
    return rows;
}

QHash<QString, int> popularityFromJson(const QJsonObject &o) {
    QHash<QString, int> out;
    for (const QJsonValue &v : o.value(QLatin1StringView("courses")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QLatin1StringView("id")).toString();
        const int users = c.value(QLatin1StringView("users")).toInt(-1);
        if (isValidId(id) && users > 0)
            out.insert(id, users);
    }
    return out;
}

QVector<Suggestion> rankFromNeighbours(const QVector<NeighbourRow> &table,
                                       const QStringList &history, int limit) {
    const QSet<QString> have(history.begin(), history.end());
    QHash<QString, Suggestion> scored;
    QHash<QString, double> best;
    const auto add = [&](const QString &from, const QString &to, double sim) {
        if (!have.contains(from) || have.contains(to))
            return;
        Suggestion &s = scored[to];
        s.courseId = to;
        s.score += sim;
        if (sim > best.value(to, -1.0)) {
            best[to] = sim;
            s.because = from;
        }
    };
    for (const NeighbourRow &row : table) {
        add(row.a, row.b, row.similarity);
        add(row.b, row.a, row.similarity);
    }
    QVector<Suggestion> out = scored.values().toVector();
    std::sort(out.begin(), out.end(), [](const Suggestion &x, const Suggestion &y) {
        return x.score > y.score || (x.score == y.score && x.courseId < y.courseId);
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QVector<Suggestion> rankWithEase(const QVector<NeighbourRow> &table,
                                 const QHash<QString, int> &popularity, const QStringList &history,
                                 int limit) {
    // The courses of the table, each with its users on the diagonal; a pair's users off it.
    QHash<QString, int> index;
    QStringList ids;
    for (const NeighbourRow &row : table)
        for (const QString &id : {row.a, row.b})
            if (!index.contains(id)) {
                if (popularity.value(id) <= 0)
                    return rankFromNeighbours(table, history, limit); // not the table's shape
                index.insert(id, int(ids.size()));
                ids << id;
            }
    const qsizetype n = ids.size();
    if (n == 0)
        return {};
    QVector<float> g(n * n, 0.0f);
    double diagonal = 0;
    for (qsizetype i = 0; i < n; ++i) {
        g[i * n + i] = float(popularity.value(ids.at(i)));
        diagonal += g[i * n + i];
    }
    for (const NeighbourRow &row : table) {
        const int a = index.value(row.a), b = index.value(row.b);
        g[qsizetype(std::min(a, b)) * n + std::max(a, b)] = float(row.users);
    }
    const double lambda = kTableLambdaPerUser * diagonal / double(n);
    for (qsizetype i = 0; i < n; ++i)
        g[i * n + i] += float(lambda);
    if (!invertSpdLowerInPlace(g.data(), int(n), 1))
        return rankFromNeighbours(table, history, limit);
    const auto p = [&](qsizetype r, qsizetype c) { return g[std::min(r, c) * n + std::max(r, c)]; };
    QVector<int> have;
    for (const QString &h : history)
        if (index.contains(h))
            have << index.value(h);
    QVector<Suggestion> out;
    for (qsizetype j = 0; j < n; ++j) {
        if (have.contains(int(j)) || history.contains(ids.at(j)))
            continue;
        Suggestion s{ids.at(j), 0, QString()};
        double strongest = 0;
        for (const int h : std::as_const(have)) {
            const double b = -double(p(h, j)) / double(p(j, j)); // B(h, j)
            s.score += b;
            if (b > strongest) {
                strongest = b;
                s.because = ids.at(h);
            }
        }
        if (s.score > 0 && !s.because.isEmpty())
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const Suggestion &x, const Suggestion &y) {
        return x.score > y.score || (x.score == y.score && x.courseId < y.courseId);
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace lyceum::reco
