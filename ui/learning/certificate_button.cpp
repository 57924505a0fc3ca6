#include "learning/certificate_button.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "learning/certificate_pdf.h"
#include "learning/certificate_service.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace lyceum::ui {

CertificateButton::CertificateButton(Client *client, QWidget *parent)
    : QPushButton(tr("Certificate"), parent)
    , m_client(client) {
    setObjectName(QStringLiteral("CertificateButton"));
    setToolTip(tr("Your certificate of completion for this course"));
    auto *menu = new QMenu(this);
    QAction *open = menu->addAction(tr("Open certificate"));
    open->setObjectName(QStringLiteral("OpenCertificate"));
    QAction *save = menu->addAction(tr("Save certificate as…"));
    save->setObjectName(QStringLiteral("SaveCertificate"));
    connect(open, &QAction::triggered, this, &CertificateButton::openPdf);
    connect(save, &QAction::triggered, this, &CertificateButton::savePdfAs);
    setMenu(menu);
    setVisible(false);
    if (!m_client)
        return;
    connect(&m_client->discovery().certificates(), &CertificatesService::certificatesChanged, this,
            [this] { reload(false); });
    // Sent lesson.done marks may have earned one.
    connect(m_client, &Client::outboxFlushed, this, [this](const ApiError &error) {
        if (!error.isError() && !m_courseId.isEmpty() && !m_certificate)
            reload(true);
    });
}

void CertificateButton::setCourse(const QString &courseId) {
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    m_certificate.reset();
    setVisible(false);
    reload(true);
}

void CertificateButton::reload(bool askServer) {
    if (!m_client || m_courseId.isEmpty())
        return;
    if (askServer && m_client->isLoggedIn()) {
        m_client->discovery().certificates().refresh(
            this, [this](Result<QVector<certificatestore::Certificate>> r, ApiError) {
                if (r)
                    show(*r);
            });
        return;
    }
    m_client->discovery().certificates().fetchCached(
        this, [this](Result<QVector<certificatestore::Certificate>> r) {
            if (r)
                show(*r);
        });
}

void CertificateButton::show(const QVector<certificatestore::Certificate> &list) {
    m_certificate.reset();
    for (const certificatestore::Certificate &c : list) {
        if (c.courseId == m_courseId && c.revokedAt == 0)
            m_certificate = c;
    }
    setVisible(m_certificate.has_value());
    Q_EMIT shownChanged(m_certificate.has_value());
}

QString CertificateButton::ensurePdf() {
    if (!m_certificate)
        return {};
    if (!m_certificate->pdfPath.isEmpty() && QFileInfo::exists(m_certificate->pdfPath))
        return m_certificate->pdfPath;
    const QString path = QDir(m_client->discovery().certificates().pdfDirectory())
                             .filePath(m_certificate->code + QStringLiteral(".pdf"));
    const QString base = m_client->serverUrl().toString(QUrl::StripTrailingSlash);
    QString error;
    if (!writeCertificatePdf(
            *m_certificate,
            base.isEmpty() ? QString() : base + QStringLiteral("/verify/") + m_certificate->code,
            path, &error)) {
        QMessageBox::warning(this, tr("Certificate"), error);
        return {};
    }
    m_certificate->pdfPath = path;
    m_client->discovery().certificates().setPdfPath(m_certificate->code, path);
    return path;
}

void CertificateButton::openPdf() {
    const QString path = ensurePdf();
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(this, tr("Certificate"),
                                 tr("No PDF viewer opened it. The file is %1").arg(path));
}

void CertificateButton::savePdfAs() {
    const QString path = ensurePdf();
    if (path.isEmpty())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Certificate %1.pdf").arg(m_certificate->code));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save certificate"), suggested, tr("PDF (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(path, target))
        QMessageBox::warning(this, tr("Certificate"),
                             tr("The certificate could not be saved to %1.").arg(target));
}

} // namespace lyceum::ui
