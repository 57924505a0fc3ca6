// The main() of a fuzz target in the normal build: runs LLVMFuzzerTestOneInput on every file
// given, or on every file of each directory given (sorted, not recursive), so ctest replays
// the corpus on every run. Exits non-zero when an argument is unreadable or empty of inputs;
// a crashing input crashes the replay just as it crashes the fuzzer.

#include "fuzz_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>

// Targets that need setup define LLVMFuzzerInitialize; the others get this weak default.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *, char ***) {
    return 0;
}

namespace {

bool runFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    const QByteArray input = file.readAll();
    std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(path),
                 static_cast<long long>(input.size()));
    // A private copy of exactly the input's size, so sanitizers see reads past its end.
    QByteArray copy(input.constData(), input.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(copy.constData()),
                           static_cast<size_t>(copy.size()));
    return true;
}

} // namespace

int main(int argc, char **argv) {
    LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QStringList names = QDir(arg).entryList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &name : names) {
                if (!runFile(QDir(arg).filePath(name)))
                    return 1;
                ++ran;
            }
        } else {
            if (!runFile(arg))
                return 1;
            ++ran;
        }
    }
    if (ran == 0) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 1;
    }
    std::printf("replay: %d inputs ran cleanly\n", ran);
    return 0;
}
