#include "composer/new_thread_dialog.h"

#include "common/theme.h"
#include "composer/composer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

static constexpr int maxTitleLength = 200; // docs/protocol.md

NewThreadDialog::NewThreadDialog(const QString &where, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_composer(new Composer(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New thread"));
    auto *heading = new QLabel(tr("New thread in %1").arg(where), this);
    heading->setObjectName(QStringLiteral("SectionTitle"));

    m_title->setObjectName(QStringLiteral("NewThreadTitle"));
    m_title->setMaxLength(maxTitleLength);
    m_title->setPlaceholderText(tr("A clear, specific title"));
    m_kind->addItem(tr("Discussion"), int(ThreadKind::Discussion));
    m_kind->addItem(tr("Question"), int(ThreadKind::Question));
    m_composer->setSendButtonVisible(false);
    m_composer->setPlaceholderText(tr("What would you like to discuss? Markdown is supported."));
    m_composer->setMinimumEditorHeight(160);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Post thread"));
    theme::setRole(ok, QStringLiteral("Primary"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Kind"), m_kind);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_composer, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewThreadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewThreadDialog::updateState);
    connect(m_composer, &Composer::textChanged, this, &NewThreadDialog::updateState);
    // Ctrl+Enter in the body posts the thread, like Send in a thread.
    connect(m_composer, &Composer::submitted, this, &NewThreadDialog::accept);
    updateState();
    resize(620, 480);
}

QString NewThreadDialog::title() const {
    return m_title->text().trimmed();
}

ThreadKind NewThreadDialog::kind() const {
    return ThreadKind(m_kind->currentData().toInt());
}

QString NewThreadDialog::body() const {
    return m_composer->text().trimmed();
}

void NewThreadDialog::setKind(ThreadKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void NewThreadDialog::accept() {
    if (title().isEmpty() || body().isEmpty())
        return;
    QDialog::accept();
}

void NewThreadDialog::updateState() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty() && !body().isEmpty());
}

} // namespace lyceum::ui
