// Characters another user's text must not carry (docs/security.md, "Integrity of what members
// send"): C0 controls other than tab and newline (ESC starts terminal escape sequences, BEL ends
// them), DEL, the C1 controls (U+0080-U+009F, CSI among them), and the bidirectional embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069, U+061C) that make text read in another
// order than it is stored. The server strips them from every JSON request it reads; lyceum-cli
// strips them from everything it prints.
#pragma once

#include <QJsonValue>
#include <QString>

namespace lyceum::text {

bool isUnsafeChar(char16_t c);
bool containsUnsafeChars(const QString &s);
// s without its unsafe characters (s itself, unshared, when it has none).
QString withoutUnsafeChars(const QString &s);
// The same value with every string (object keys included) cleaned, at any depth.
QJsonValue withoutUnsafeChars(const QJsonValue &value);
QJsonObject withoutUnsafeChars(const QJsonObject &object);
// JSON text with each unsafe character written as a \uXXXX escape: the same JSON value, safe to
// print to a terminal. Unsafe characters can only occur inside strings in JSON text.
QString escapeUnsafeCharsInJson(const QString &json);

} // namespace lyceum::text
