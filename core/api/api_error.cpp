#include "api/api_error.h"

#include <QCoreApplication>

namespace lyceum {

ApiError ApiError::storage(const QString &detail) {
    return make(Kind::Storage, QCoreApplication::translate("lyceum::ApiError",
                                                           "The local cache could not be used: %1")
                                   .arg(detail));
}

ApiError ApiError::notLoggedIn() {
    return make(Kind::Unauthorized,
                QCoreApplication::translate("lyceum::ApiError",
                                            "You are not signed in. Please log in first."));
}

} // namespace lyceum
