// What the spam classifier looks at in a text. Short community posts carry little text, so
// beside the shared tokenizer's words (text/tokenizer.h: Chinese through ICU, Latin case-folded)
// it looks at:
//   - character n-grams of the case-folded text ("#" + the gram): within runs of CJK characters
//     each character and each pair; within runs of other letters and digits, 3-grams with "_" at
//     the ends of the run (digits read as 0, full-width forms as ASCII, runs cut at 24);
//   - contact patterns: links and their domains (also bare ones, "xx.top"), e-mail addresses,
//     mainland mobile numbers, other long digit runs, WeChat and QQ handles ("微信: abc_123",
//     "vx abc123", "QQ 12345678"), the "add me" family ("加我", "加微信", "私聊", "add me",
//     "DM me", WhatsApp / Telegram), QR codes ("扫码", "二维码");
//   - repetition: a character four or more times, a word three or more times, "!!", runs of
//     emoji, shouting in capitals;
//   - the length (four bands), so a model can weigh the rest against how much text there is.
// Marks start with "__" and n-grams with "#", so neither collides with a word.
#pragma once

#include <QStringList>
#include <QStringView>
#include <QVector>

namespace lyceum::spam {

// Each feature once (the classifier counts presence, not frequency), in first-seen order.
QStringList features(QStringView text);

// The same features as buckets of a 2^bits table (FNV-1a of each feature's UTF-8, masked; the
// n-grams hashed without building their strings), sorted, each once. Fast: the scoring path.
QVector<quint32> featureBuckets(QStringView text, int bits);

// FNV-1a of the UTF-8 bytes of feature, masked to 2^bits.
quint32 bucketOf(QStringView feature, int bits);

} // namespace lyceum::spam
