// "Certificate" on the course page and in the library: shown once the learner holds the
// course's certificate, with a menu to open its PDF or save a copy. The PDF is made under the
// profile on first use (certificate_pdf.h); the list comes from the cache and is refreshed from
// the server when the course is shown and after the outbox sent lesson.done marks.
#pragma once

#include "learning/certificate_store.h"

#include <QPushButton>

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class CertificateButton : public QPushButton {
    Q_OBJECT
public:
    explicit CertificateButton(Client *client, QWidget *parent = nullptr);

    // The course whose certificate it offers (empty: hidden).
    void setCourse(const QString &courseId);
    // The certificate offered, if the learner holds one of the course.
    std::optional<certificatestore::Certificate> certificate() const { return m_certificate; }

    // Makes the PDF if needed: its path, or empty after saying why.
    QString ensurePdf();
    void openPdf();
    void savePdfAs();

Q_SIGNALS:
    void shownChanged(bool shown);

private:
    void reload(bool askServer);
    void show(const QVector<certificatestore::Certificate> &list);

    Client *m_client;
    QString m_courseId;
    std::optional<certificatestore::Certificate> m_certificate;
};

} // namespace lyceum::ui
