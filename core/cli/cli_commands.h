// The CLI's commands (cli_commands.cpp); cli.cpp parses and dispatches.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

class QIODevice;
class QTextStream;

namespace lyceum::cli {

struct Invocation {
    QUrl server;
    QString profileDir;
    int pageSize = 0; // 0: the client's default
    QString command;
    QStringList positional;        // e.g. the thread id of `thread ID`
    QMap<QString, QString> values; // --user alice -> {"user": "alice"}
    bool json = false;
    bool passwordStdin = false;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    QIODevice *in = nullptr;
};

int login(const Invocation &inv);
int sync(const Invocation &inv);
int status(const Invocation &inv);
int threads(const Invocation &inv);
int thread(const Invocation &inv);
int post(const Invocation &inv);
int outbox(const Invocation &inv);
int flush(const Invocation &inv);
// cli_commerce.cpp
int courses(const Invocation &inv);
int buy(const Invocation &inv);
int subscribe(const Invocation &inv);
int refund(const Invocation &inv);
int wallet(const Invocation &inv);
// cli_reco.cpp (needs no profile)
int recoEval(const Invocation &inv);
int searchCache(const Invocation &inv);
int spamEval(const Invocation &inv);
int lessons(const Invocation &inv); // cli_media.cpp
int download(const Invocation &inv);
// cli_moderation.cpp
int spaces(const Invocation &inv);
int notices(const Invocation &inv);
int appeal(const Invocation &inv);
int myLibrary(const Invocation &inv);         // cli_library.cpp
int certificatesList(const Invocation &inv);  // cli_certificates.cpp
int verifyCertificate(const Invocation &inv); // cli_certificates.cpp (needs no profile)
int inbox(const Invocation &inv);             // cli_inbox.cpp
int checkin(const Invocation &inv);           // cli_challenges.cpp
int challengeList(const Invocation &inv);     // cli_challenges.cpp

} // namespace lyceum::cli
