// The certificates area's mutation names (docs/protocol.md, "Push"), declared once for both
// sides like those of domain/mutation_defs.h: lesson.done (a lesson marked done or not, which the
// server's certificate rule reads) and certificate.revoke.
#pragma once

#include <QLatin1StringView>

namespace lyceum::mutations {

inline constexpr QLatin1StringView kLessonDone("lesson.done");
inline constexpr QLatin1StringView kCertificateRevoke("certificate.revoke");

} // namespace lyceum::mutations
