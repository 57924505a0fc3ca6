// Which links a user may follow from rendered Markdown: http, https and mailto only. Anything
// else (javascript:, file:, data:, qrc:, custom schemes, relative paths) is dropped.
#pragma once

#include <QUrl>

namespace lyceum::ui {

bool isFollowableLink(const QUrl &url);

} // namespace lyceum::ui
