// Every logging category of the client core, in one place. Enable with e.g.
// QT_LOGGING_RULES="lyceum.core.*.debug=true".
#pragma once

#include <QLoggingCategory>

namespace lyceum {

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcLive)

} // namespace lyceum
