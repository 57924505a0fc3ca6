// What the spam classifier looks at in a text: the shared tokenizer's words (text/tokenizer.h:
// Chinese through ICU, Latin case-folded), plus marks for what spam tends to carry: links and
// their domains, e-mail addresses, phone numbers (Chinese mobiles and long digit runs), a
// character repeated four or more times, runs of emoji, shouting in capitals, "!!".
// Marks start with "__" so they never collide with words.
#pragma once

#include <QStringList>
#include <QStringView>

namespace lyceum::spam {

// Each feature once (the classifier counts presence, not frequency), in first-seen order.
QStringList features(QStringView text);

} // namespace lyceum::spam
