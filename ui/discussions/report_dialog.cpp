#include "discussions/report_dialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lyceum::ui {

ReportDialog::ReportDialog(const QVector<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_choice(new QButtonGroup(this))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Report"));
    auto *intro =
        new QLabel(targets.size() == 1
                       ? tr("Tell the moderators what is wrong with %1. Only they see your report.")
                             .arg(targets.first().label)
                       : tr("Tell the moderators what is wrong. Only they see your report."),
                   this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (targets.size() > 1) {
        for (int i = 0; i < targets.size(); ++i) {
            const QString label = targets.at(i).label;
            auto *option = new QRadioButton(label.left(1).toUpper() + label.mid(1), this);
            option->setChecked(i == 0);
            m_choice->addButton(option, i);
            layout->addWidget(option);
        }
    }
    m_reason->addItem(tr("Spam or advertising"), QStringLiteral("spam"));
    m_reason->addItem(tr("Abusive or hateful"), QStringLiteral("abuse"));
    m_reason->addItem(tr("Off topic"), QStringLiteral("off_topic"));
    m_reason->addItem(tr("Something else"), QStringLiteral("other"));
    m_reason->setAccessibleName(tr("Reason"));
    m_note->setPlaceholderText(tr("A note for the moderators (optional)"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Report"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_reason);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 240);
}

QString ReportDialog::reason() const {
    return m_reason->currentData().toString();
}

ReportDialog::Target ReportDialog::target() const {
    const int chosen = std::max(0, m_choice->checkedId());
    return chosen < m_targets.size() ? m_targets.at(chosen) : Target{};
}

QString ReportDialog::note() const {
    return m_note->toPlainText().trimmed().left(1000);
}

} // namespace lyceum::ui
