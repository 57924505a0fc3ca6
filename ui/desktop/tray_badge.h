// The unread count on the tray icon: the app's icon with a round badge holding the number
// (99+ past 99), drawn at every size the icon has. No badge at 0.
#pragma once

#include <QIcon>

namespace lyceum::ui {

QIcon iconWithUnreadBadge(const QIcon &base, int unread);
QString unreadBadgeText(int unread); // "", "7", "99+"

} // namespace lyceum::ui
