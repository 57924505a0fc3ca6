#include "desktop/profile_switcher.h"

#include <QDir>

namespace lyceum::ui {

ProfileSwitcher::ProfileSwitcher(const QVector<ProfileEntry> &entries, const QString &currentDir,
                                 QWidget *parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("ProfileSwitcher"));
    setAccessibleName(tr("Community"));
    setToolTip(tr("Switch to another community you are signed in to"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    for (const ProfileEntry &entry : entries) {
        addItem(entry.label, entry.dir);
        setItemData(count() - 1, entry.demo, Qt::UserRole + 1);
        setItemData(count() - 1, QDir::toNativeSeparators(entry.dir), Qt::ToolTipRole);
        if (QDir::cleanPath(entry.dir) == QDir::cleanPath(currentDir))
            m_current = count() - 1;
    }
    addItem(tr("Add a community…"));
    setCurrentIndex(m_current);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index == m_current)
            return;
        const int chosen = index;
        setCurrentIndex(m_current); // the switch happens in a new process; this one stays as is
        if (chosen == count() - 1)
            Q_EMIT addRequested();
        else
            Q_EMIT switchRequested(itemData(chosen).toString(),
                                   itemData(chosen, Qt::UserRole + 1).toBool());
    });
}

} // namespace lyceum::ui
