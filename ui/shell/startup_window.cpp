#include "shell/startup_window.h"

#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

StartupWindow::StartupWindow(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_quit(new QPushButton(tr("Quit"), this)) {
    setWindowTitle(tr("Lyceum"));
    auto *brand = new QLabel(tr("Lyceum"), this);
    brand->setObjectName(QStringLiteral("PageTitle"));
    brand->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("StartupMessage"));
    m_details->setObjectName(QStringLiteral("Muted"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_retry->setObjectName(QStringLiteral("Primary"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_quit);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 36, 40, 30);
    layout->setSpacing(14);
    layout->addStretch();
    layout->addWidget(brand);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addStretch();
    resize(520, 320);

    connect(m_retry, &QPushButton::clicked, this, &StartupWindow::retryRequested);
    connect(m_quit, &QPushButton::clicked, this, &StartupWindow::quitRequested);
    showProgress(QString());
}

void StartupWindow::showProgress(const QString &text) {
    m_message->setText(text);
    m_message->setStyleSheet(QString());
    m_details->hide();
    m_busy->show();
    m_retry->hide();
    m_quit->hide();
}

void StartupWindow::showError(const QString &title, const QString &details) {
    m_message->setText(title);
    m_message->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(theme::current().dangerText.name()));
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_busy->hide();
    m_retry->show();
    m_quit->show();
    m_retry->setFocus();
}

QString StartupWindow::message() const {
    return m_message->text();
}

} // namespace lyceum::ui
