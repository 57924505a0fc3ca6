// A receipt as a PDF (QPdfWriter, A4): order number, date, buyer, item, list price, coupon and
// discount, amount paid, card, status. Chinese text renders with the system's CJK font.
#pragma once

#include "domain/commerce.h"

#include <QString>

namespace lyceum::ui {

// false with a readable error when the file cannot be written.
bool writeReceiptPdf(const Order &order, const QString &buyer, const QString &path, QString *error);

} // namespace lyceum::ui
