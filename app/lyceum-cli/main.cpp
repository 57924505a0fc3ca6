// lyceum-cli: the headless client. All logic is in core/cli (lyceum::cli::run).
#include "cli/cli.h"
#include "learning/certificate_pdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

int main(int argc, char *argv[]) {
    // "certificates" draws PDFs, which needs fonts: a QGuiApplication on the offscreen platform
    // (no display is needed or used). Every other command runs on a QCoreApplication.
    bool drawsPdfs = false;
    for (int i = 1; i < argc; ++i)
        drawsPdfs = drawsPdfs || qstrcmp(argv[i], "certificates") == 0;
    if (drawsPdfs)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application(
        drawsPdfs ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    if (drawsPdfs)
        lyceum::cli::setCertificatePdfWriter(&lyceum::ui::writeCertificatePdf);
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
