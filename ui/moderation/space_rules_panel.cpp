#include "moderation/space_rules_panel.h"

#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "moderation/filters_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lyceum::ui {

QString SpaceRulesPanel::audienceLabel(SpaceAudience audience) {
    switch (audience) {
    case SpaceAudience::Everyone:
        return tr("Everyone");
    case SpaceAudience::Members:
        return tr("Members of its courses");
    case SpaceAudience::Staff:
        return tr("The team only");
    }
    return {};
}

SpaceRulesPanel::SpaceRulesPanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_space(new QComboBox(this))
    , m_start(new QComboBox(this))
    , m_reply(new QComboBox(this))
    , m_slow(new QSpinBox(this))
    , m_closed(new QCheckBox(tr("Closed: readable, only the team posts"), this))
    , m_save(new QPushButton(tr("Save the rules"), this))
    , m_approve(new QCheckBox(tr("Hold new members for approval before they post"), this))
    , m_status(new QLabel(this))
    , m_filters(new FiltersPanel(client, this)) {
    setObjectName(QStringLiteral("SpaceRulesPanel"));
    for (SpaceAudience a :
         {SpaceAudience::Everyone, SpaceAudience::Members, SpaceAudience::Staff}) {
        m_start->addItem(audienceLabel(a), int(a));
        m_reply->addItem(audienceLabel(a), int(a));
    }
    m_space->setAccessibleName(tr("Space"));
    m_start->setAccessibleName(tr("Who may start threads"));
    m_reply->setAccessibleName(tr("Who may reply"));
    m_slow->setRange(0, kMaxSlowModeS);
    m_slow->setSuffix(tr(" s"));
    m_slow->setSpecialValueText(tr("Off"));
    m_slow->setAccessibleName(tr("Slow mode: seconds between a member's posts"));
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);

    auto *rules = new QGroupBox(tr("Space rules"), this);
    auto *form = new QFormLayout(rules);
    form->addRow(tr("Space:"), m_space);
    form->addRow(tr("Start threads:"), m_start);
    form->addRow(tr("Reply:"), m_reply);
    form->addRow(tr("Slow mode:"), m_slow);
    form->addRow(QString(), m_closed);
    form->addRow(QString(), m_save);
    auto *members = new QGroupBox(tr("New members"), this);
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_approve);

    auto *left = new QVBoxLayout;
    left->addWidget(rules);
    left->addWidget(members);
    left->addWidget(m_status);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_filters, 3);

    connect(m_space, &QComboBox::currentIndexChanged, this, &SpaceRulesPanel::showSpace);
    connect(m_save, &QPushButton::clicked, this, &SpaceRulesPanel::save);
    connect(m_approve, &QCheckBox::toggled, this, [this](bool on) {
        m_client->moderation().setApproveMembers(on);
        m_status->setText(on ? tr("New members will wait for a moderator's approval (they "
                                  "appear in the queue).")
                             : tr("New members post at once."));
    });
}

void SpaceRulesPanel::reload() {
    m_client->discussions().fetchSpaces(this, [this](QVector<Space> spaces) {
        const QString current = m_space->currentData().toString();
        m_spaces = std::move(spaces);
        const QSignalBlocker blocker(m_space);
        m_space->clear();
        for (const Space &s : std::as_const(m_spaces))
            m_space->addItem(s.name, s.id);
        m_space->setCurrentIndex(std::max(0, m_space->findData(current)));
        showSpace();
    });
    m_client->moderation().fetchApproveMembers(this, [this](const ApiError &e, bool on) {
        if (e.isError())
            return;
        const QSignalBlocker blocker(m_approve);
        m_approve->setChecked(on);
    });
    m_filters->reload();
}

void SpaceRulesPanel::showSpace() {
    const int row = m_space->currentIndex();
    m_save->setEnabled(row >= 0 && row < m_spaces.size());
    if (row < 0 || row >= m_spaces.size())
        return;
    const Space &s = m_spaces.at(row);
    m_start->setCurrentIndex(m_start->findData(int(s.startThreads)));
    m_reply->setCurrentIndex(m_reply->findData(int(s.reply)));
    m_slow->setValue(s.slowModeS);
    m_closed->setChecked(s.closed);
}

void SpaceRulesPanel::save() {
    const int row = m_space->currentIndex();
    if (row < 0 || row >= m_spaces.size())
        return;
    Space rules = m_spaces.at(row);
    rules.startThreads = SpaceAudience(m_start->currentData().toInt());
    rules.reply = SpaceAudience(m_reply->currentData().toInt());
    rules.slowModeS = m_slow->value();
    rules.closed = m_closed->isChecked();
    m_spaces[row] = rules;
    m_client->moderation().setSpaceRules(rules);
    m_status->setText(tr("The rules of %1 are saved and sent; members see them at their next "
                         "sync.")
                          .arg(rules.name));
}

} // namespace lyceum::ui
