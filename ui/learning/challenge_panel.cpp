#include "learning/challenge_panel.h"

#include "common/theme.h"
#include "learning/challenge_dialog.h"
#include "learning/challenge_reminder.h"
#include "learning/challenge_service.h"
#include "shell/tray_notifier.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTextCharFormat>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QLabel *label(QWidget *parent, const char *objectName = nullptr) {
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    if (objectName)
        l->setObjectName(QLatin1String(objectName));
    return l;
}

} // namespace

ChallengePanel::ChallengePanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(label(this, "PageTitle"))
    , m_dayLine(label(this, "Muted"))
    , m_prompt(label(this))
    , m_streak(label(this))
    , m_empty(label(this, "Muted"))
    , m_composer(new QPlainTextEdit(this))
    , m_checkIn(new QPushButton(tr("Check in"), this))
    , m_status(label(this, "Muted"))
    , m_calendar(new QCalendarWidget(this))
    , m_progress(label(this))
    , m_leadersTitle(label(this))
    , m_leaders(new QListWidget(this))
    , m_remind(new QCheckBox(tr("&Remind me at"), this))
    , m_remindAt(new QTimeEdit(this))
    , m_new(new QPushButton(tr("New challenge…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_close(new QPushButton(tr("Close challenge"), this))
    , m_body(new QWidget(this)) {
    m_checkIn->setObjectName(QStringLiteral("Primary"));
    m_checkIn->setToolTip(tr("Post today's check-in (Ctrl+Enter)"));
    m_composer->setPlaceholderText(tr("What did you study today?"));
    m_composer->setAccessibleName(tr("Check-in text"));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(110);
    m_calendar->setAccessibleName(tr("My check-ins this month"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setSelectionMode(QCalendarWidget::NoSelection);
    m_leaders->setAccessibleName(tr("Leaderboard"));
    m_leaders->setMaximumHeight(180);
    m_remindAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_remindAt->setAccessibleName(tr("Reminder time"));
    m_empty->setText(tr("No check-in challenge in this space yet."));
    m_title->setTextFormat(Qt::PlainText);

    auto *checkInRow = new QHBoxLayout;
    checkInRow->addWidget(m_composer, 1);
    checkInRow->addWidget(m_checkIn, 0, Qt::AlignBottom);
    auto *remindRow = new QHBoxLayout;
    remindRow->addWidget(m_remind);
    remindRow->addWidget(m_remindAt);
    remindRow->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_prompt);
    left->addLayout(checkInRow);
    left->addWidget(m_status);
    left->addWidget(m_streak);
    left->addWidget(m_calendar);
    left->addLayout(remindRow);
    auto *right = new QVBoxLayout;
    right->addWidget(m_progress);
    right->addWidget(m_leadersTitle);
    right->addWidget(m_leaders);
    right->addStretch();
    auto *columns = new QHBoxLayout(m_body);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *manage = new QHBoxLayout;
    manage->addStretch();
    manage->addWidget(m_new);
    manage->addWidget(m_edit);
    manage->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_dayLine);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    layout->addLayout(manage);
    setTabOrder(m_composer, m_checkIn);
    setTabOrder(m_checkIn, m_calendar);
    setTabOrder(m_calendar, m_remind);
    setTabOrder(m_remind, m_remindAt);
    setTabOrder(m_remindAt, m_leaders);
    setTabOrder(m_leaders, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_close);

    connectSignals();
    showViews({});
}

void ChallengePanel::connectSignals() {
    connect(m_checkIn, &QPushButton::clicked, this, &ChallengePanel::checkIn);
    auto *send = new QAction(this);
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    send->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_composer->addAction(send);
    connect(send, &QAction::triggered, this, &ChallengePanel::checkIn);
    connect(m_remind, &QCheckBox::toggled, this, &ChallengePanel::saveReminder);
    connect(m_remindAt, &QTimeEdit::editingFinished, this, &ChallengePanel::saveReminder);
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (hasChallenge())
            m_client->challenges().closeChallenge(m_view.challenge.id);
    });
    connect(m_client, &Client::cacheChanged, this, &ChallengePanel::reload);
    // The calendar's formats hold colours: painted again in the new palette.
    connect(theme::changes(), &theme::Changes::changed, this, &ChallengePanel::fillCalendar);
    connect(m_client, &Client::outboxFlushed, this, [this](const ApiError &e) {
        if (!e.isError() && !m_spaceId.isEmpty())
            m_client->challenges().refresh(m_spaceId, this, [](const ApiError &) {});
    });
    connect(m_client, &Client::errorOccurred, this, [this](const ApiError &e) {
        if (isVisible())
            m_status->setText(e.message);
    });
}

bool ChallengePanel::mayManage() const {
    const std::optional<User> me = m_client->currentUser();
    return me && me->role != Role::Learner;
}

void ChallengePanel::setSpace(const QString &spaceId) {
    m_spaceId = spaceId;
    reload();
    m_client->challenges().refresh(spaceId, this, [this](const ApiError &e) {
        if (e.isError())
            m_status->setText(tr("Offline: showing what this device kept (%1)").arg(e.message));
    });
}

void ChallengePanel::reload() {
    if (m_spaceId.isEmpty())
        return;
    m_client->challenges().fetchChallenges(
        m_spaceId, this, [this](QVector<ChallengeView> views) { showViews(views); });
}

void ChallengePanel::showViews(const QVector<ChallengeView> &views) {
    m_view = views.isEmpty() ? ChallengeView() : views.first();
    const bool any = hasChallenge();
    const challenges::Challenge &c = m_view.challenge;
    m_empty->setVisible(!any);
    m_body->setVisible(any);
    m_new->setVisible(mayManage());
    m_edit->setVisible(any && mayManage());
    m_close->setVisible(any && mayManage() && !c.closed);
    m_title->setText(any ? c.title : tr("Check-in challenge"));
    if (!any) {
        m_dayLine->clear();
        Q_EMIT shown();
        return;
    }
    const int today = m_view.today;
    if (c.closed)
        m_dayLine->setText(tr("Closed · %1 days").arg(c.days));
    else if (today < 1)
        m_dayLine->setText(
            tr("Starts on %1 · %2 days").arg(c.startDate.toString(Qt::ISODate)).arg(c.days));
    else if (today > c.days)
        m_dayLine->setText(tr("Ended · %1 days").arg(c.days));
    else
        m_dayLine->setText(
            tr("Day %1 of %2 · check-ins %3–%4")
                .arg(today)
                .arg(c.days)
                .arg(QTime(0, 0).addSecs(c.windowStartMin * 60).toString(QStringLiteral("HH:mm")),
                     c.windowEndMin >= 24 * 60 ? QStringLiteral("24:00")
                                               : QTime(0, 0)
                                                     .addSecs(c.windowEndMin * 60)
                                                     .toString(QStringLiteral("HH:mm"))));
    const QString prompt = c.prompt(today);
    m_prompt->setText(prompt.isEmpty() ? tr("Today: write what you studied.")
                                       : tr("Today's prompt: %1").arg(prompt));
    const bool open = !c.closed && today >= 1 && today <= c.days;
    m_composer->setEnabled(open && !m_view.checkedInToday);
    m_checkIn->setEnabled(open && !m_view.checkedInToday);
    m_checkIn->setText(m_view.checkedInToday ? tr("Checked in today") : tr("Check in"));
    QString pending;
    for (const ChallengeDay &d : m_view.mine) {
        if (d.refused)
            pending = tr("Day %1 was refused: %2").arg(d.day).arg(d.refusal);
        else if (d.pending && pending.isEmpty())
            pending = tr("Day %1 is waiting to be sent.").arg(d.day);
    }
    m_status->setText(pending);
    m_streak->setText(tr("My streak: %n day(s)", nullptr, m_view.myStreak));
    const int todayCount =
        today >= 1 && today <= m_view.progress.size() ? m_view.progress.at(today - 1) : 0;
    QStringList perDay;
    for (int i = 0; i < m_view.progress.size(); ++i)
        perDay << tr("day %1: %2").arg(i + 1).arg(m_view.progress.at(i));
    m_progress->setText(
        tr("Today %1 checked in · %2 taking part").arg(todayCount).arg(m_view.participants) +
        (perDay.isEmpty() ? QString() : QStringLiteral("\n") + perDay.join(QStringLiteral(" · "))));
    m_leaders->clear();
    const bool board = c.leaderboard;
    m_leadersTitle->setVisible(board);
    m_leaders->setVisible(board);
    m_leadersTitle->setText(tr("Leaderboard"));
    int rank = 0;
    for (const ChallengeLeader &l : m_view.leaders)
        m_leaders->addItem(tr("%1. %2 — %3 check-ins, streak %4")
                               .arg(++rank)
                               .arg(l.displayName)
                               .arg(l.checkIns)
                               .arg(l.streak));
    const QSignalBlocker b1(m_remind);
    const QSignalBlocker b2(m_remindAt);
    m_remind->setChecked(m_view.reminderMinute >= 0);
    m_remindAt->setEnabled(m_view.reminderMinute >= 0);
    m_remindAt->setTime(QTime(0, 0).addSecs(
        qMax(0, m_view.reminderMinute >= 0 ? m_view.reminderMinute : 20 * 60) * 60));
    fillCalendar();
    Q_EMIT shown();
}

void ChallengePanel::fillCalendar() {
    if (!hasChallenge())
        return;
    const challenges::Challenge &c = m_view.challenge;
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every date
    const theme::Palette &p = theme::current();
    QTextCharFormat inChallenge;
    inChallenge.setBackground(p.accentSoft);
    inChallenge.setForeground(p.text);
    QTextCharFormat done;
    done.setBackground(p.success);
    done.setForeground(p.onAccent);
    done.setFontWeight(QFont::Bold);
    QTextCharFormat madeUp = done;
    madeUp.setBackground(p.warning);
    madeUp.setFontUnderline(true);
    QTextCharFormat pending = done;
    pending.setBackground(p.accent);
    for (int day = 1; day <= c.days; ++day) {
        QTextCharFormat f = inChallenge;
        f.setToolTip(tr("Day %1").arg(day));
        m_calendar->setDateTextFormat(c.dateOf(day), f);
    }
    for (const ChallengeDay &d : m_view.mine) {
        if (d.refused)
            continue;
        QTextCharFormat f = d.pending ? pending : d.madeUp ? madeUp : done;
        f.setToolTip(d.pending  ? tr("Day %1: waiting to be sent").arg(d.day)
                     : d.madeUp ? tr("Day %1: made up").arg(d.day)
                                : tr("Day %1: checked in").arg(d.day));
        m_calendar->setDateTextFormat(c.dateOf(d.day), f);
    }
    const QDate shown = c.dateOf(qBound(1, m_view.today, c.days));
    m_calendar->setCurrentPage(shown.year(), shown.month());
}

void ChallengePanel::checkIn() {
    if (!hasChallenge() || !m_checkIn->isEnabled())
        return;
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Write a few words first."));
        m_composer->setFocus();
        return;
    }
    if (!m_client->challenges().checkIn(m_view.challenge.id, text).isEmpty())
        m_composer->clear();
}

void ChallengePanel::saveReminder() {
    if (!hasChallenge())
        return;
    m_remindAt->setEnabled(m_remind->isChecked());
    const QTime t = m_remindAt->time();
    m_client->challenges().setReminder(m_view.challenge.id,
                                       m_remind->isChecked() ? t.hour() * 60 + t.minute() : -1);
}

void ChallengePanel::openEditor(bool fresh) {
    auto *dialog =
        new ChallengeDialog(fresh ? challenges::Challenge() : m_view.challenge, m_spaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_client->challenges().putChallenge(dialog->challenge()); });
    dialog->open();
    Q_EMIT editorOpened(dialog);
}

ChallengeEntry::ChallengeEntry(Client *client, QWidget *parent)
    : QPushButton(parent)
    , m_client(client) {
    setObjectName(QStringLiteral("ChallengeEntry"));
    setVisible(false);
    connect(this, &QPushButton::clicked, this, &ChallengeEntry::openWindow);
    connect(m_client, &Client::cacheChanged, this, &ChallengeEntry::refreshLabel);
}

void ChallengeEntry::setSpace(const QString &spaceId) {
    if (spaceId == m_spaceId)
        return;
    m_spaceId = spaceId;
    refreshLabel();
    if (!spaceId.isEmpty() && m_client->isLoggedIn())
        m_client->challenges().refresh(spaceId, this, [](const ApiError &) {});
}

void ChallengeEntry::refreshLabel() {
    if (m_spaceId.isEmpty()) {
        setVisible(false);
        return;
    }
    m_client->challenges().fetchChallenges(m_spaceId, this, [this](QVector<ChallengeView> views) {
        const std::optional<User> me = m_client->currentUser();
        const bool staff = me && me->role != Role::Learner;
        if (views.isEmpty()) {
            setText(tr("Open a check-in challenge"));
            setToolTip(QString());
            setVisible(staff);
            return;
        }
        const ChallengeView &v = views.first();
        const int day = qBound(0, v.today, v.challenge.days);
        setText(v.checkedInToday ? tr("Check-in ✓ · day %1/%2").arg(day).arg(v.challenge.days)
                                 : tr("Check in · day %1/%2").arg(day).arg(v.challenge.days));
        setToolTip(v.challenge.title);
        setAccessibleDescription(v.challenge.title);
        setVisible(true);
    });
}

void ChallengeEntry::openWindow() {
    if (!m_window) {
        m_window = new QDialog(window());
        m_window->setWindowTitle(tr("Check-in challenge"));
        m_window->resize(900, 620);
        auto *panel = new ChallengePanel(m_client, m_window);
        panel->setObjectName(QStringLiteral("ChallengePanel"));
        auto *layout = new QVBoxLayout(m_window);
        layout->addWidget(panel);
    }
    m_window->findChild<ChallengePanel *>()->setSpace(m_spaceId);
    m_window->show();
    m_window->raise();
}

} // namespace lyceum::ui

namespace lyceum::ui {

ChallengeReminders *attachChallengeReminders(Client *client, TrayNotifier *notifier) {
    auto *reminders =
        new ChallengeReminders([] { return QDateTime::currentMSecsSinceEpoch(); }, notifier);
    QObject::connect(reminders, &ChallengeReminders::reminderDue, notifier,
                     &TrayNotifier::showReminder);
    auto *debounce = new QTimer(reminders);
    debounce->setSingleShot(true);
    debounce->setInterval(500);
    QObject::connect(client, &Client::cacheChanged, debounce, qOverload<>(&QTimer::start));
    QObject::connect(debounce, &QTimer::timeout, reminders, [client, reminders] {
        client->challenges().fetchChallenges(
            {}, reminders,
            [reminders](QVector<ChallengeView> views) { reminders->setChallenges(views); });
    });
    debounce->start();
    return reminders;
}

} // namespace lyceum::ui
