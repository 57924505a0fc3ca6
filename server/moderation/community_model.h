// The community's spam model, published to every client (GET /spam/model): trained on the
// server from the moderators' decisions on posts — removed with the spam reason ("spam_links")
// is spam, approved is not — once there are at least kMinExamples of each. Rebuilt when the
// audit log has grown since the last build. Clients score incoming posts with it offline and show
// learners the ones above its threshold collapsed.
#pragma once

#include "spam/spam_model.h"

#include <QByteArray>
#include <optional>

namespace lyceum::server {

class Storage;

inline constexpr int kMinExamples = 10;

class CommunityModel {
public:
    // The model file, or nullopt while the decisions are too few.
    std::optional<QByteArray> file(Storage &storage);
    // The model's spam probability for text, or nullopt while there is no model.
    std::optional<double> score(Storage &storage, QStringView text);

private:
    qint64 m_builtAt = -1; // the newest action id the model has seen
    std::optional<QByteArray> m_file;
    std::optional<spam::SpamModel> m_model;
};

} // namespace lyceum::server
