// lyceum-cli: the headless client. All logic is in core/cli (lyceum::cli::run).
#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lyceum-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lyceum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LYCEUM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "standard input could not be opened\n";
        return 1;
    }
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.contains(QLatin1String("--version"))) {
        out << "lyceum-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    return lyceum::cli::run(args, out, err, &in);
}
