#include "server/moderation/community_model.h"

#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lyceum::server {

std::optional<QByteArray> CommunityModel::file(Storage &storage) {
    ModerationStorage &m = *storage.moderation();
    const QVector<ModerationAction> actions = m.actions(100000);
    const qint64 newest = actions.isEmpty() ? 0 : actions.first().id;
    if (newest == m_builtAt)
        return m_file;
    QStringList texts;
    QVector<bool> labels;
    for (const ModerationAction &a : actions) {
        if (a.undone || a.targetKind != QLatin1String("post"))
            continue;
        if ((a.action == QLatin1String("hide") || a.action == QLatin1String("delete")) &&
            a.reason == QLatin1String("spam_links")) {
            const QString body = QJsonDocument::fromJson(a.undoData.toUtf8())
                                     .object()
                                     .value(QLatin1StringView("body"))
                                     .toString();
            if (!body.isEmpty()) {
                texts << body;
                labels << true;
            }
        } else if (a.action == QLatin1String("approve")) {
            if (const auto post = storage.postById(a.targetId); post && !post->deleted) {
                texts << post->body;
                labels << false;
            }
        }
    }
    m_builtAt = newest;
    const qsizetype spam = std::count(labels.begin(), labels.end(), true);
    if (spam < kMinExamples || labels.size() - spam < kMinExamples) {
        m_file.reset();
        m_model.reset();
        return m_file;
    }
    m_model.emplace();
    m_model->train(texts, labels, 1);
    m_file = m_model->save();
    return m_file;
}

std::optional<double> CommunityModel::score(Storage &storage, QStringView text) {
    if (!file(storage) || !m_model)
        return std::nullopt;
    return m_model->score(text);
}

} // namespace lyceum::server
