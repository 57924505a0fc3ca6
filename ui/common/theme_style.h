// The application style sheet, filled from a palette and scaled by the text size.
#pragma once

#include "common/theme.h"

namespace lyceum::ui::theme {

// `scale` multiplies every font size of the sheet (1.0 = 100 %).
QString styleSheet(const Palette &palette, double scale);

} // namespace lyceum::ui::theme
