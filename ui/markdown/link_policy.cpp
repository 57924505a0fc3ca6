#include "markdown/link_policy.h"

namespace lyceum::ui {

bool isFollowableLink(const QUrl &url) {
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return false;
}

} // namespace lyceum::ui
