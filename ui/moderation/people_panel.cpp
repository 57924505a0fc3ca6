#include "moderation/people_panel.h"

#include "client/moderation_service.h"
#include "common/format.h"
#include "moderation/moderation_page.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString recordHtml(const MemberRecord &m) {
    const ModerationPerson &p = m.person;
    QString html =
        QStringLiteral("<h3>%1 <small>@%2</small></h3><p>").arg(esc(p.displayName), esc(p.handle));
    QStringList facts;
    facts << PeoplePanel::tr("joined %1").arg(Format::relativeTime(p.joinedAt))
          << PeoplePanel::tr("%n reply(s)", nullptr, m.record.posts)
          << PeoplePanel::tr("%n thread(s)", nullptr, m.record.threads)
          << PeoplePanel::tr("%n report(s) against them", nullptr, int(m.reports.size()));
    if (p.banned)
        facts << (p.bannedUntil > 0 ? PeoplePanel::tr("banned until %1")
                                          .arg(QDateTime::fromMSecsSinceEpoch(p.bannedUntil)
                                                   .toString(QStringLiteral("yyyy-MM-dd")))
                                    : PeoplePanel::tr("banned for good"));
    if (p.approval == QLatin1String("refused"))
        facts << PeoplePanel::tr("membership refused");
    html += esc(facts.join(QStringLiteral(" · "))) + QStringLiteral("</p>");
    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(PeoplePanel::tr("Actions taken")));
    if (m.actions.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(esc(PeoplePanel::tr("None")));
    for (const AuditEntry &a : m.actions)
        html += QStringLiteral("<li>%1 — %2%3%4</li>")
                    .arg(esc(ModerationPage::actionLabel(a.action)),
                         esc(Format::relativeTime(a.createdAt)),
                         a.reason.isEmpty()
                             ? QString()
                             : QStringLiteral(", ") + esc(ModerationPage::templateLabel(a.reason)),
                         a.undone ? esc(PeoplePanel::tr(" (undone)")) : QString());
    html +=
        QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(PeoplePanel::tr("Reports against them")));
    if (m.reports.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(esc(PeoplePanel::tr("None")));
    for (const MemberRecord::ReportAgainst &r : m.reports)
        html += QStringLiteral("<li>%1 — %2%3</li>")
                    .arg(esc(r.reason), esc(Format::relativeTime(r.createdAt)),
                         r.note.isEmpty() ? QString() : QStringLiteral(": “%1”").arg(esc(r.note)));
    html += QStringLiteral("</ul>");
    if (!m.record.recent.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(PeoplePanel::tr("Latest replies")));
        for (const ModerationAuthor::Recent &r : m.record.recent)
            html += QStringLiteral("<li>%1</li>").arg(esc(r.text.simplified().left(120)));
        html += QStringLiteral("</ul>");
    }
    return html;
}
} // namespace

PeoplePanel::PeoplePanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_record(new QTextBrowser(this))
    , m_until(new QDateEdit(this))
    , m_banUntil(new QPushButton(tr("Ban until"), this))
    , m_ban(new QPushButton(tr("Ban for good"), this))
    , m_warn(new QPushButton(tr("Warn"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("PeoplePanel"));
    m_search->setPlaceholderText(tr("Look up a member by handle or name"));
    m_search->setAccessibleName(tr("Look up a member"));
    m_search->setClearButtonEnabled(true);
    m_results->setAccessibleName(tr("Members found"));
    m_record->setAccessibleName(tr("The member's record"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setDate(QDate::currentDate().addDays(7));
    m_until->setMinimumDate(QDate::currentDate().addDays(1));
    m_until->setAccessibleName(tr("Ban until"));
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Type a handle or a name and press Enter."));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_until);
    actions->addWidget(m_banUntil);
    actions->addWidget(m_ban);
    actions->addWidget(m_warn);
    actions->addStretch();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_record, 1);
    rightLayout->addLayout(actions);
    auto *split = new QSplitter(this);
    split->addWidget(m_results);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    for (QPushButton *b : {m_banUntil, m_ban, m_warn})
        b->setEnabled(false);

    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePanel::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &PeoplePanel::showSelected);
    connect(m_banUntil, &QPushButton::clicked, this, [this] {
        const QDateTime end(m_until->date(), QTime(0, 0), QTimeZone::systemTimeZone());
        act(QStringLiteral("ban"), end.toMSecsSinceEpoch());
    });
    connect(m_ban, &QPushButton::clicked, this, [this] { act(QStringLiteral("ban"), 0); });
    connect(m_warn, &QPushButton::clicked, this, [this] { act(QStringLiteral("warn"), 0); });
}

void PeoplePanel::search() {
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    m_client->moderation().findPeople(
        text, this, [this](const ApiError &e, QVector<ModerationPerson> people) {
            m_results->clear();
            if (e.isError())
                m_status->setText(tr("The search failed: %1").arg(e.message));
            else
                m_status->setText(tr("%n member(s) found.", nullptr, int(people.size())));
            for (const ModerationPerson &p : std::as_const(people)) {
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1 (@%2)").arg(p.displayName, p.handle) +
                        (p.banned ? QStringLiteral(" · ") + tr("banned") : QString()),
                    m_results);
                item->setData(Qt::UserRole, p.id);
            }
            Q_EMIT searched();
        });
}

void PeoplePanel::showSelected() {
    QListWidgetItem *item = m_results->currentItem();
    for (QPushButton *b : {m_banUntil, m_ban, m_warn})
        b->setEnabled(item != nullptr);
    if (!item) {
        m_record->clear();
        return;
    }
    m_client->moderation().fetchMember(
        item->data(Qt::UserRole).toString(), this, [this](const ApiError &e, MemberRecord m) {
            if (e.isError())
                m_record->setPlainText(tr("The record could not be fetched: %1").arg(e.message));
            else
                m_record->setHtml(recordHtml(m));
            Q_EMIT recordShown();
        });
}

void PeoplePanel::act(const QString &action, qint64 untilMs) {
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QString reason = m_reason ? m_reason() : QStringLiteral("rules");
    m_client->moderation().moderateUser(item->data(Qt::UserRole).toString(), action, reason,
                                        untilMs);
    m_status->setText(action == QLatin1String("warn")
                          ? tr("Warning sent to %1.").arg(item->text())
                          : tr("%1 is banned; it takes effect once sent.").arg(item->text()));
}

} // namespace lyceum::ui
