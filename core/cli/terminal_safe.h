// The CLI's one output sanitizer (docs/security.md, "Integrity of what members send"): every
// command writes through a TerminalSafeDevice, which drops the characters of
// text/unsafe_chars.h (ESC, BEL, C1, bidirectional overrides, ...) before they reach the
// terminal, so another user's post cannot retitle the window, clear the screen or reorder what
// is shown. Newlines and tabs pass. --json output escapes those characters itself (\uXXXX), so
// it stays the same JSON value.
#pragma once

#include <QIODevice>
#include <QStringDecoder>

class QTextStream;

namespace lyceum::cli {

class TerminalSafeDevice : public QIODevice {
public:
    // Writes the cleaned text to target (flushed at each write, so output is not held back).
    explicit TerminalSafeDevice(QTextStream &target);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a sequence split across writes
};

} // namespace lyceum::cli
