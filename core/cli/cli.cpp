#include "cli/cli.h"

#include "cli/cli_commands.h"
#include "cli/terminal_safe.h"

#include <QCoreApplication>
#include <QTextStream>

namespace lyceum::cli {

// cli_quiz.cpp
int done(const Invocation &inv);
int showQuiz(const Invocation &inv);
int answer(const Invocation &inv);

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

QString usage() {
    return tr("Usage:\n"
              "  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin\n"
              "  lyceum-cli --profile DIR sync\n"
              "  lyceum-cli --profile DIR status [--json]\n"
              "  lyceum-cli --profile DIR threads [--json]\n"
              "  lyceum-cli --profile DIR thread ID [--json]\n"
              "  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT\n"
              "  lyceum-cli --profile DIR outbox [--json]\n"
              "  lyceum-cli --profile DIR flush\n"
              "  lyceum-cli --profile DIR inbox [--json]\n"
              "  lyceum-cli --profile DIR courses [--json]\n"
              "  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N]"
              " [--coupon CODE] [--json]\n"
              "  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]\n"
              "  lyceum-cli --profile DIR refund --order ID\n"
              "  lyceum-cli --profile DIR wallet [--json]\n"
              "  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]\n"
              "  lyceum-cli --profile DIR lessons --course ID [--json]\n"
              "  lyceum-cli --profile DIR download --lesson ID [--json]\n"
              "  lyceum-cli --profile DIR library [--json]\n"
              "  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N]"
              " [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid]"
              " [--json]\n"
              "  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH)"
              " [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]\n"
              "Global options: --page-size N (changes per sync page, 1-5000)\n") +
           tr("Moderation:\n"
              "  lyceum-cli --profile DIR spaces [--json]\n"
              "  lyceum-cli --profile DIR notices [--json]\n"
              "  lyceum-cli --profile DIR appeal --action ID --note TEXT\n") +
           tr("Certificates:\n"
              "  lyceum-cli --profile DIR certificates [--json]\n"
              "  lyceum-cli verify --certificate FILE [--public-key KEY | --server URL] "
              "[--json]\n") +
           tr("Learning:\n"
              "  lyceum-cli --profile DIR done --lesson ID\n"
              "  lyceum-cli --profile DIR quiz --lesson ID [--json]\n"
              "  lyceum-cli --profile DIR answer --quiz ID --answers JSON [--json]\n") +
           tr("Check-in challenges:\n"
              "  lyceum-cli --profile DIR challenges [--json]\n"
              "  lyceum-cli --profile DIR checkin --challenge ID --body TEXT [--json]\n");
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in) {
    // Commands print other users' text: all of it passes the one sanitizer.
    TerminalSafeDevice safeOutDevice(out);
    TerminalSafeDevice safeErrDevice(err);
    QTextStream safeOut(&safeOutDevice);
    QTextStream safeErr(&safeErrDevice);
    Invocation inv;
    inv.out = &safeOut;
    inv.err = &safeErr;
    inv.in = in;
    static const QStringList valued{
        QStringLiteral("user"),        QStringLiteral("thread"),     QStringLiteral("parent"),
        QStringLiteral("body"),        QStringLiteral("course"),     QStringLiteral("tier"),
        QStringLiteral("card"),        QStringLiteral("expiry"),     QStringLiteral("cvc"),
        QStringLiteral("coupon"),      QStringLiteral("order"),      QStringLiteral("ratings"),
        QStringLiteral("protocol"),    QStringLiteral("seed"),       QStringLiteral("algos"),
        QStringLiteral("items"),       QStringLiteral("limit"),      QStringLiteral("data"),
        QStringLiteral("split"),       QStringLiteral("peer"),       QStringLiteral("train"),
        QStringLiteral("test"),        QStringLiteral("tune"),       QStringLiteral("lesson"),
        QStringLiteral("truncate"),    QStringLiteral("action"),     QStringLiteral("note"),
        QStringLiteral("certificate"), QStringLiteral("public-key"), QStringLiteral("challenge")};
    static const QStringList learningValued{QStringLiteral("quiz"), QStringLiteral("answers")};
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const auto needValue = [&](const QString &name) -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                err << tr("%1 needs a value.").arg(name) << '\n' << usage();
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << usage();
            return Ok;
        } else if (arg == QLatin1String("--server")) {
            const auto v = needValue(arg);
            if (!v)
                return Usage;
            inv.server = QUrl::fromUserInput(*v);
        } else if (arg == QLatin1String("--profile")) {
            const auto v = needValue(arg);
            if (!v)
                return Usage;
            inv.profileDir = *v;
        } else if (arg == QLatin1String("--page-size")) {
            const auto v = needValue(arg);
            if (!v)
                return Usage;
            bool ok = false;
            inv.pageSize = v->toInt(&ok);
            if (!ok || inv.pageSize < 1 || inv.pageSize > 5000) {
                err << tr("--page-size must be a number from 1 to 5000.") << '\n';
                return Usage;
            }
        } else if (arg == QLatin1String("--json")) {
            inv.json = true;
        } else if (arg == QLatin1String("--password-stdin")) {
            inv.passwordStdin = true;
        } else if (arg.startsWith(QLatin1String("--")) &&
                   (valued.contains(arg.mid(2)) || learningValued.contains(arg.mid(2)))) {
            const auto v = needValue(arg);
            if (!v)
                return Usage;
            inv.values.insert(arg.mid(2), *v);
        } else if (arg.startsWith(QLatin1String("--"))) {
            err << tr("Unknown option %1.").arg(arg) << '\n' << usage();
            return Usage;
        } else if (inv.command.isEmpty()) {
            inv.command = arg;
        } else {
            inv.positional << arg;
        }
    }
    if (inv.command.isEmpty()) {
        err << usage();
        return Usage;
    }
    static const QStringList withoutProfile{QStringLiteral("reco-eval"),
                                            QStringLiteral("spam-eval"), QStringLiteral("verify")};
    if (inv.profileDir.isEmpty() && !withoutProfile.contains(inv.command)) {
        err << tr("--profile DIR is required.") << '\n';
        return Usage;
    }
    using Command = int (*)(const Invocation &);
    static const QMap<QString, Command> commands{
        {QStringLiteral("login"), &login},
        {QStringLiteral("sync"), &sync},
        {QStringLiteral("status"), &status},
        {QStringLiteral("threads"), &threads},
        {QStringLiteral("thread"), &thread},
        {QStringLiteral("post"), &post},
        {QStringLiteral("outbox"), &outbox},
        {QStringLiteral("flush"), &flush},
        {QStringLiteral("courses"), &courses},
        {QStringLiteral("buy"), &buy},
        {QStringLiteral("subscribe"), &subscribe},
        {QStringLiteral("refund"), &refund},
        {QStringLiteral("wallet"), &wallet},
        {QStringLiteral("reco-eval"), &recoEval},
        {QStringLiteral("search"), &searchCache},
        {QStringLiteral("spam-eval"), &spamEval},
        {QStringLiteral("lessons"), &lessons},
        {QStringLiteral("download"), &download},
        {QStringLiteral("spaces"), &spaces},
        {QStringLiteral("notices"), &notices},
        {QStringLiteral("appeal"), &appeal},
        {QStringLiteral("library"), &myLibrary},
        {QStringLiteral("inbox"), &inbox},
        {QStringLiteral("certificates"), &certificatesList},
        {QStringLiteral("verify"), &verifyCertificate},
        {QStringLiteral("done"), &done},
        {QStringLiteral("quiz"), &showQuiz},
        {QStringLiteral("answer"), &answer},
    };
    // Check-in challenges (cli_challenges.cpp).
    static const QMap<QString, Command> challengeCommands{
        {QStringLiteral("checkin"), &checkin}, {QStringLiteral("challenges"), &challengeList}};
    const auto command = commands.value(inv.command, challengeCommands.value(inv.command));
    if (!command) {
        err << tr("Unknown command %1.").arg(inv.command) << '\n' << usage();
        return Usage;
    }
    const int code = command(inv);
    safeOut.flush();
    safeErr.flush();
    out.flush();
    err.flush();
    return code;
}

} // namespace lyceum::cli
