// lyceum-cli as library code: argument parsing and the commands, so tests can run them in
// process and app/lyceum-cli/main.cpp stays a few lines. Needs a QCoreApplication (not running);
// each command drives a local event loop until its Client signals arrive.
//
//   lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
//   lyceum-cli --profile DIR sync | status [--json] | threads [--json] | thread ID [--json]
//   lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT | outbox [--json] | flush
#pragma once

#include <QStringList>
#include <functional>

class QIODevice;
class QTextStream;

namespace lyceum::certificatestore {
struct Certificate;
}

namespace lyceum::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Makes a certificate's PDF; QtGui is needed for it, so the lyceum-cli binary sets one
// (ui/learning/certificate_pdf.h) and "certificates" prints a null path without it.
using CertificatePdfWriter =
    std::function<bool(const certificatestore::Certificate &certificate, const QString &verifyUrl,
                       const QString &path, QString *error)>;
void setCertificatePdfWriter(CertificatePdfWriter writer);

// arguments excludes the program name. Output goes to out, messages for people to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in);

} // namespace lyceum::cli
