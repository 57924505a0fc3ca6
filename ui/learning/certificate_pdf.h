// A certificate of completion as a PDF (QPdfWriter, A4 landscape): the holder, the course, the
// date and the code, drawn with the app's CJK font so Chinese renders, and the signed payload
// with its signature embedded in the document's XMP metadata (certificates::embeddedBlock), so
// lyceum-cli verify --certificate FILE checks it offline. Needs a QGuiApplication (fonts);
// lyceum-cli links it for its "certificates" command.
#pragma once

#include "learning/certificate_store.h"

#include <QString>

namespace lyceum::ui {

// verifyUrl: where a person checks the code (the server's /verify/CODE), printed under it;
// empty: not printed. false with a readable error when the file cannot be written.
bool writeCertificatePdf(const certificatestore::Certificate &certificate, const QString &verifyUrl,
                         const QString &path, QString *error);

} // namespace lyceum::ui
