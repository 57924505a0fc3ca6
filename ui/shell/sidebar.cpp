#include "shell/sidebar.h"

#include "common/format.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPainter>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

static QToolButton *navButton(const QString &text, IconKind icon, const QString &shortcut,
                              QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("SidebarButton"));
    button->setText(text);
    QIcon themed = makeIcon(icon, theme::current().sidebarText, 18);
    // Checked sits on the accent, hover on the sidebar's hover colour: each its own contrast.
    const QIcon onAccent = makeIcon(icon, theme::current().onAccent, 18);
    const QIcon onSidebar = makeIcon(icon, theme::current().onSidebar, 18);
    themed.addPixmap(onAccent.pixmap(18), QIcon::Normal, QIcon::On);
    themed.addPixmap(onAccent.pixmap(18), QIcon::Active, QIcon::On);
    themed.addPixmap(onSidebar.pixmap(18), QIcon::Active, QIcon::Off);
    button->setIcon(themed);
    button->setIconSize(QSize(18, 18));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setToolTip(text % QStringLiteral(" (") % shortcut % QLatin1Char(')'));
    // The name stays when the sidebar shows icons only; the shortcut is the description.
    button->setAccessibleName(text);
    button->setAccessibleDescription(Sidebar::tr("Shortcut: %1").arg(shortcut));
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_handle(new QLabel(this))
    , m_brand(nullptr) {
    setObjectName(QStringLiteral("Sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(196);

    m_brand = new QLabel(tr("Lyceum"), this);
    m_brand->setObjectName(QStringLiteral("SidebarBrand"));
    auto *brand = m_brand;

    auto *home = navButton(tr("Home"), IconKind::Home, QStringLiteral("Ctrl+0"), this);
    auto *search = navButton(tr("Search"), IconKind::Search, QStringLiteral("Ctrl+K"), this);
    auto *myLibrary =
        navButton(tr("My library"), IconKind::Library, QStringLiteral("Ctrl+7"), this);
    myLibrary->setCheckable(true);
    m_group->addButton(myLibrary, Library);
    auto *catalogue =
        navButton(tr("Catalogue"), IconKind::Catalogue, QStringLiteral("Ctrl+1"), this);
    auto *discussions =
        navButton(tr("Discussions"), IconKind::Discussions, QStringLiteral("Ctrl+2"), this);
    auto *inbox = navButton(tr("Inbox"), IconKind::Reply, QStringLiteral("Ctrl+I"), this);
    inbox->setCheckable(true);
    m_group->addButton(inbox, Inbox);
    auto *saved = navButton(tr("Saved"), IconKind::Pin, QStringLiteral("Ctrl+Shift+S"), this);
    saved->setCheckable(true);
    m_group->addButton(saved, Saved);
    auto *wallet = navButton(tr("Wallet"), IconKind::Wallet, QStringLiteral("Ctrl+3"), this);
    auto *downloads =
        navButton(tr("Downloads"), IconKind::Download, QStringLiteral("Ctrl+5"), this);
    auto *moderation =
        navButton(tr("Moderation"), IconKind::Shield, QStringLiteral("Ctrl+4"), this);
    moderation->setCheckable(true);
    moderation->hide();
    auto *studio = navButton(tr("Studio"), IconKind::Plus, QStringLiteral("Ctrl+6"), this);
    studio->setCheckable(true);
    studio->hide();
    m_settings = navButton(tr("Settings"), IconKind::Settings, QStringLiteral("Ctrl+,"), this);
    home->setCheckable(true);
    search->setCheckable(true);
    catalogue->setCheckable(true);
    discussions->setCheckable(true);
    wallet->setCheckable(true);
    downloads->setCheckable(true);
    m_group->addButton(downloads, Downloads);
    m_group->addButton(catalogue, Catalogue);
    m_group->addButton(discussions, Discussions);
    m_group->addButton(wallet, Wallet);
    m_group->addButton(search, Search);
    m_group->addButton(home, Home);
    m_group->addButton(moderation, Moderation);
    m_group->addButton(studio, Studio);
    m_group->setExclusive(true);
    catalogue->setChecked(true);

    QWidget *chip = buildUserChip();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setSpacing(4);
    layout->addWidget(brand);
    layout->addSpacing(14);
    layout->addWidget(home);
    layout->addWidget(myLibrary);
    layout->addWidget(search);
    layout->addWidget(catalogue);
    layout->addWidget(discussions);
    layout->addWidget(inbox);
    layout->addWidget(saved);
    layout->addWidget(wallet);
    layout->addWidget(downloads);
    layout->addWidget(studio);
    layout->addWidget(moderation);
    layout->addStretch();
    layout->addWidget(m_settings);
    layout->addSpacing(6);
    layout->addWidget(chip);

    connectButtons();
    setUser(QString(), QString());
}

void Sidebar::connectButtons() {
    // Toggled, not clicked: a screen reader's "toggle" action checks the button without a
    // click, and must open the page too. setCurrentPage() checks buttons without asking.
    // A click on the page's own button (back from a course to the catalogue) toggles nothing,
    // so clicks ask too, unless the click's toggle just did.
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked || m_settingPage)
            return;
        m_justToggled = id;
        QTimer::singleShot(0, this, [this] { m_justToggled = -1; });
        Q_EMIT pageRequested(Page(id));
    });
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (id != m_justToggled)
            Q_EMIT pageRequested(Page(id));
        m_justToggled = -1;
    });
    connect(m_settings, &QToolButton::clicked, this, &Sidebar::settingsRequested);
}

QWidget *Sidebar::buildUserChip() {
    auto *chip = new QWidget(this);
    chip->setObjectName(QStringLiteral("UserChip"));
    chip->setAttribute(Qt::WA_StyledBackground);
    m_name->setObjectName(QStringLiteral("UserChipName"));
    m_handle->setObjectName(QStringLiteral("UserChipHandle"));
    m_name->setTextFormat(Qt::PlainText);
    m_handle->setTextFormat(Qt::PlainText);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_name);
    names->addWidget(m_handle);
    auto *chipLayout = new QHBoxLayout(chip);
    chipLayout->setContentsMargins(10, 8, 10, 8);
    chipLayout->addWidget(m_avatar);
    chipLayout->addLayout(names, 1);
    return chip;
}

void Sidebar::setCompact(bool compact) {
    if (compact == m_compact)
        return;
    m_compact = compact;
    QList<QAbstractButton *> buttons = m_group->buttons();
    buttons << m_settings;
    for (QAbstractButton *b : std::as_const(buttons)) {
        if (auto *tool = qobject_cast<QToolButton *>(b))
            tool->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly
                                             : Qt::ToolButtonTextBesideIcon);
    }
    m_brand->setText(compact ? tr("L", "the brand's initial in the narrow sidebar") : tr("Lyceum"));
    m_name->setVisible(!compact);
    m_handle->setVisible(!compact && !m_handle->text().isEmpty());
    // Icons only: narrower margins, so the user's avatar still fits.
    layout()->setContentsMargins(compact ? 6 : 12, 16, compact ? 6 : 12, 12);
    if (QLayout *chip = m_avatar->parentWidget()->layout())
        chip->setContentsMargins(10, 8, compact ? 0 : 10, 8);
    setFixedWidth(compact ? 64 : 196);
}

void Sidebar::setModerationVisible(bool visible) {
    if (QAbstractButton *b = m_group->button(Moderation))
        b->setVisible(visible);
}

void Sidebar::setStudioVisible(bool visible) {
    if (QAbstractButton *b = m_group->button(Studio))
        b->setVisible(visible);
}

void Sidebar::setInboxUnread(int unread) {
    QAbstractButton *b = m_group->button(Inbox);
    if (!b || unread == m_inboxUnread)
        return;
    m_inboxUnread = unread;
    // The figure is part of the name, so the narrow sidebar's tooltip and screen readers say it.
    const QString name = unread > 0 ? tr("Inbox (%1)").arg(unread) : tr("Inbox");
    b->setText(name);
    b->setAccessibleName(unread > 0 ? tr("Inbox, %n unread", nullptr, unread) : tr("Inbox"));
    b->setToolTip(name % QStringLiteral(" (Ctrl+I)"));
}

void Sidebar::setCurrentPage(Page page) {
    const QScopedValueRollback<bool> quiet(m_settingPage, true);
    if (QAbstractButton *b = m_group->button(page))
        b->setChecked(true);
}

QToolButton *Sidebar::button(Page page) const {
    return qobject_cast<QToolButton *>(m_group->button(page));
}

void Sidebar::setUser(const QString &displayName, const QString &handle) {
    const QString name = displayName.isEmpty() ? tr("Not signed in") : displayName;
    m_name->setText(fontMetrics().elidedText(name, Qt::ElideRight, 118));
    m_handle->setText(handle.isEmpty() ? QString() : QStringLiteral("@") % handle);
    m_handle->setVisible(!handle.isEmpty() && !m_compact);
    m_avatar->setAccessibleName(tr("Signed in as %1").arg(name));

    const int size = 32;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(displayName.isEmpty() ? theme::mutedText : theme::tagColor(displayName));
    painter.drawEllipse(QRectF(0, 0, size, size));
    painter.setPen(theme::current().onSidebar);
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, Format::initials(name));
    painter.end();
    m_avatar->setPixmap(pixmap);
}

void Sidebar::setProfileSwitcher(QWidget *switcher) {
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    if (!box)
        return;
    switcher->setParent(this);
    box->insertWidget(1, switcher);
}

} // namespace lyceum::ui
