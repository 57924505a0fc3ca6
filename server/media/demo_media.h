// The demo community's lesson videos: made at build time (cmake/make_demo_media.cmake) into a
// folder with manifest.json; attached here to the lessons the manifest names, with chapters and
// captions. The folder is found by LYCEUM_DEMO_MEDIA, next to the program
// (../share/lyceum/demo-media), or in the build tree.
#pragma once

#include <QString>

namespace lyceum::server {

class Storage;

QString defaultDemoMediaDir(); // empty when none is found
// How many lessons got a video; -1 with *error for a manifest that cannot be read. Clips whose
// file is missing are skipped.
int attachDemoMedia(Storage &storage, const QString &dir, qint64 nowMs, QString *error);

} // namespace lyceum::server
