#include "server/log.h"

Q_LOGGING_CATEGORY(lcServer, "lyceum.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "lyceum.server.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServerStorage, "lyceum.server.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAuth, "lyceum.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerLive, "lyceum.server.live", QtInfoMsg)
