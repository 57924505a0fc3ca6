#include "studio/merge_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

MergeDialog::MergeDialog(const QString &theirsHeading, const QString &theirTitle,
                         const QString &theirBody, const QString &myTitle, const QString &myBody,
                         const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_theirTitle(new QLineEdit(theirTitle, this))
    , m_theirBody(new QPlainTextEdit(theirBody, this))
    , m_myTitle(new QLineEdit(myTitle, this))
    , m_myBody(new QPlainTextEdit(myBody, this)) {
    setObjectName(QStringLiteral("MergeDialog"));
    setWindowTitle(tr("Compare the two versions"));
    m_theirTitle->setReadOnly(true);
    m_theirBody->setReadOnly(true);
    m_theirTitle->setAccessibleName(theirsHeading);
    m_myTitle->setAccessibleName(tr("Your version"));
    auto *intro = new QLabel(tr("Nothing is lost: keep either version, or edit yours on the right "
                                "to take what you want from theirs."),
                             this);
    intro->setWordWrap(true);
    auto *left = new QLabel(theirsHeading, this);
    auto *right = new QLabel(tr("Your version (editable)"), this);
    left->setObjectName(QStringLiteral("SectionTitle"));
    right->setObjectName(QStringLiteral("SectionTitle"));
    auto *grid = new QGridLayout;
    grid->addWidget(left, 0, 0);
    grid->addWidget(right, 0, 1);
    grid->addWidget(m_theirTitle, 1, 0);
    grid->addWidget(m_myTitle, 1, 1);
    grid->addWidget(m_theirBody, 2, 0);
    grid->addWidget(m_myBody, 2, 1);
    grid->setRowStretch(2, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_useTheirs = buttons->addButton(tr("Use theirs"), QDialogButtonBox::ActionRole);
    m_useMine = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_useTheirs->setObjectName(QStringLiteral("UseTheirs"));
    m_useMine->setObjectName(QStringLiteral("UseMine"));
    m_useMine->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Theirs;
        accept();
    });
    connect(m_useMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Mine;
        accept();
    });
    resize(900, 560);
    m_myBody->setFocus();
}

QString MergeDialog::title() const {
    return m_choice == Choice::Theirs ? m_theirTitle->text() : m_myTitle->text();
}

QString MergeDialog::body() const {
    return m_choice == Choice::Theirs ? m_theirBody->toPlainText() : m_myBody->toPlainText();
}

} // namespace lyceum::ui
