// The left sidebar: brand, navigation (Home, Search, Catalogue, Discussions, Wallet, Settings) and
// the signed-in user's chip at the bottom.
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace lyceum::ui {

class Sidebar : public QWidget {
    Q_OBJECT
public:
    enum Page {
        Catalogue = 0,
        Discussions = 1,
        Wallet = 2,
        Search = 3,
        Home = 4,
        Library = 9, // My library; shown under Home
        Moderation = 5,
        Downloads = 6,
        Studio = 7,
        Inbox = 8,
        Saved = 10 // saved posts; shown under Inbox
    };

    explicit Sidebar(QWidget *parent = nullptr);

    void setCurrentPage(Page page);
    void setUser(const QString &displayName, const QString &handle);
    void setModerationVisible(bool visible); // staff only
    void setStudioVisible(bool visible);     // creators and admins
    // The inbox's unread figure beside its name (and in its accessible name); 0 hides it.
    void setInboxUnread(int unread);
    QToolButton *button(Page page) const;
    QToolButton *settingsButton() const { return m_settings; }
    // The community switcher (desktop/profile_switcher.h), placed under the brand.
    void setProfileSwitcher(QWidget *switcher);
    // Narrow windows: icons only (names stay as tooltips and accessible names).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void pageRequested(lyceum::ui::Sidebar::Page page);
    void settingsRequested();

private:
    void connectButtons();
    QWidget *buildUserChip();
    QButtonGroup *m_group;
    QToolButton *m_settings;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_handle;
    QLabel *m_brand;
    int m_inboxUnread = 0;
    bool m_compact = false;
    bool m_settingPage = false;
    int m_justToggled = -1;
};

} // namespace lyceum::ui
