#include "learning/challenge_dialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUuid>

namespace lyceum::ui {

ChallengeDialog::ChallengeDialog(const challenges::Challenge &challenge, const QString &spaceId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_base(challenge)
    , m_title(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_start(new QDateEdit(this))
    , m_opens(new QTimeEdit(this))
    , m_closes(new QTimeEdit(this))
    , m_offsetHours(new QSpinBox(this))
    , m_makeUpDays(new QSpinBox(this))
    , m_makeUpHours(new QSpinBox(this))
    , m_leaderboard(new QCheckBox(tr("Show the &leaderboard"), this))
    , m_prompts(new QPlainTextEdit(this)) {
    const bool fresh = challenge.id.isEmpty();
    setWindowTitle(fresh ? tr("New check-in challenge") : tr("Edit check-in challenge"));
    if (fresh) {
        m_base.id = QUuid::createUuid().toString(QUuid::Id128).left(24);
        m_base.spaceId = spaceId;
        m_base.days = 21;
        m_base.startDate = QDate::currentDate().addDays(1);
        m_base.utcOffsetMin = 8 * 60;
        m_base.windowStartMin = 6 * 60;
        m_base.windowEndMin = 23 * 60;
        m_base.makeUpDays = 2;
        m_base.makeUpHours = 48;
    }
    m_title->setMaxLength(challenges::kMaxTitle);
    m_title->setText(m_base.title);
    m_days->setRange(1, challenges::kMaxDays);
    m_days->setValue(m_base.days);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setDate(m_base.startDate);
    m_opens->setDisplayFormat(QStringLiteral("HH:mm"));
    m_closes->setDisplayFormat(QStringLiteral("HH:mm"));
    m_opens->setTime(QTime(0, 0).addSecs(m_base.windowStartMin * 60));
    m_closes->setTime(m_base.windowEndMin >= 24 * 60
                          ? QTime(23, 59)
                          : QTime(0, 0).addSecs(m_base.windowEndMin * 60));
    m_offsetHours->setRange(-12, 14);
    m_offsetHours->setPrefix(QStringLiteral("UTC"));
    m_offsetHours->setValue(m_base.utcOffsetMin / 60);
    m_makeUpDays->setRange(0, challenges::kMaxDays);
    m_makeUpDays->setValue(m_base.makeUpDays);
    m_makeUpHours->setRange(0, challenges::kMaxMakeUpHours);
    m_makeUpHours->setSuffix(tr(" h"));
    m_makeUpHours->setValue(m_base.makeUpHours);
    m_leaderboard->setChecked(m_base.leaderboard);
    m_prompts->setPlainText(m_base.prompts.join(QLatin1Char('\n')));
    m_prompts->setTabChangesFocus(true);
    m_prompts->setPlaceholderText(tr("One prompt per line: line 1 is day 1's"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Days"), m_days);
    form->addRow(tr("&Starts on"), m_start);
    form->addRow(tr("Check-ins &open at"), m_opens);
    form->addRow(tr("Check-ins &close at"), m_closes);
    form->addRow(tr("Time &zone"), m_offsetHours);
    form->addRow(tr("&Make-up days allowed"), m_makeUpDays);
    form->addRow(tr("Make-ups up to (&hours late)"), m_makeUpHours);
    form->addRow(QString(), m_leaderboard);
    form->addRow(tr("Daily &prompts"), m_prompts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(fresh ? tr("Open challenge") : tr("Save"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto sync = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_title->text().trimmed().isEmpty() &&
                         m_opens->time() < m_closes->time());
    };
    connect(m_title, &QLineEdit::textChanged, this, sync);
    connect(m_opens, &QTimeEdit::timeChanged, this, sync);
    connect(m_closes, &QTimeEdit::timeChanged, this, sync);
    sync();
    m_title->setFocus();
}

challenges::Challenge ChallengeDialog::challenge() const {
    challenges::Challenge c = m_base;
    c.title = m_title->text().trimmed();
    c.days = m_days->value();
    c.startDate = m_start->date();
    c.windowStartMin = m_opens->time().msecsSinceStartOfDay() / 60000;
    const int closes = m_closes->time().msecsSinceStartOfDay() / 60000;
    c.windowEndMin = closes >= 23 * 60 + 59 ? 24 * 60 : closes;
    c.utcOffsetMin = m_offsetHours->value() * 60;
    c.makeUpDays = qMin(m_makeUpDays->value(), c.days);
    c.makeUpHours = m_makeUpHours->value();
    c.leaderboard = m_leaderboard->isChecked();
    c.prompts.clear();
    const QStringList lines = m_prompts->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (c.prompts.size() < c.days)
            c.prompts << line.trimmed().left(challenges::kMaxPrompt);
    }
    while (!c.prompts.isEmpty() && c.prompts.last().isEmpty())
        c.prompts.removeLast();
    return c;
}

} // namespace lyceum::ui
