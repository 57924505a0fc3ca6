#include "logging.h"

namespace lyceum {

Q_LOGGING_CATEGORY(lcApi, "lyceum.core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "lyceum.core.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "lyceum.core.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "lyceum.core.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "lyceum.core.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "lyceum.core.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLive, "lyceum.core.live", QtInfoMsg)

} // namespace lyceum
