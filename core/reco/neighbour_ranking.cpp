#include "reco/neighbour_ranking.h"

#include "domain/codec.h"

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

} // namespace lyceum::reco
