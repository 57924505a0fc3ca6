// Catches disk and database work on the GUI thread (docs/architecture.md, "Threads"). The cache
// (CacheDatabase), the image store, the spam model files and the other file helpers of the
// client core call notOnGuiThread() on entry. Built with LYCEUM_THREAD_CHECKS (on whenever the
// tests are built), a call made on the GUI thread (the thread of a QGuiApplication; a
// QCoreApplication such as the CLI's has none) is a violation: qFatal by default, so any test
// that drives a screen into such a call dies with the place named. Without the define the
// check is an empty function.
#pragma once

#include <functional>

namespace lyceum::threadcheck {

void notOnGuiThread(const char *where);

// Whether the checks are compiled in.
bool enabled();

// Replaces what a violation does (nullptr: back to qFatal); returns the handler before. Tests
// record violations with it, to prove the check fires without dying.
using Handler = std::function<void(const char *where)>;
Handler setHandler(Handler handler);

// Within its scope, the calling thread may touch the disk even when it is the GUI thread: for a
// test's own setup (writing a profile before the app under test opens it), never in the app.
class Exempt {
public:
    Exempt();
    ~Exempt();
    Exempt(const Exempt &) = delete;
    Exempt &operator=(const Exempt &) = delete;
};

} // namespace lyceum::threadcheck
