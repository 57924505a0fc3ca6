// macOS hands a lyceum:// link opened anywhere in the system to the running app as a
// QFileOpenEvent (the bundle's Info.plist declares the scheme, packaging/macos/Info.plist.in).
// This filter on the application turns those events into linkOpened; elsewhere none arrive.
#pragma once

#include <QObject>

namespace lyceum::ui {

class UrlOpenEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void linkOpened(const QString &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lyceum::ui
