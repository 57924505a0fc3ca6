#include "cli/terminal_safe.h"

#include "text/unsafe_chars.h"

#include <QTextStream>

namespace lyceum::cli {

TerminalSafeDevice::TerminalSafeDevice(QTextStream &target)
    : m_target(target) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::readData(char *, qint64) {
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size) {
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    m_target << text::withoutUnsafeChars(text);
    m_target.flush();
    return size;
}

} // namespace lyceum::cli
