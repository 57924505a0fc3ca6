// The demo community's quizzes (issue 23): two on the free Python course (Chinese, with an
// English short answer), one on the paid business-email course (English). The demo learner can
// pass the free ones.
#pragma once

#include <QtGlobal>

namespace lyceum::server {

class Storage;

// Inside the caller's try: throws StorageError.
void seedDemoQuizzes(Storage &storage, qint64 nowMs);

} // namespace lyceum::server
