// The community switcher at the top of the sidebar: one entry per profile (ProfileList), the
// current one selected, and "Add a community…" last. Choosing another asks the app to reopen in
// that profile (each profile is its own process and single instance).
#pragma once

#include "desktop/profile_list.h"

#include <QComboBox>

namespace lyceum::ui {

class ProfileSwitcher : public QComboBox {
    Q_OBJECT
public:
    ProfileSwitcher(const QVector<ProfileEntry> &entries, const QString &currentDir,
                    QWidget *parent = nullptr);

Q_SIGNALS:
    void switchRequested(const QString &dir, bool demo);
    void addRequested();

private:
    int m_current = 0;
};

} // namespace lyceum::ui
