#include "commerce/receipt_pdf.h"

#include "common/format.h"
#include "common/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>

namespace lyceum::ui {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::ui", text);
}

// Paper is white whatever the screen's theme: a receipt prints in the light palette.
const theme::Palette &paper() {
    static const theme::Palette light = theme::Palette::light();
    return light;
}

QString row(const QString &label, const QString &value, bool strong = false) {
    const QString v = value.toHtmlEscaped();
    return QStringLiteral("<tr><td style='color:%3; padding:6px 24px 6px 0'>%1</td>"
                          "<td style='padding:6px 0'>%2</td></tr>")
        .arg(label.toHtmlEscaped(), strong ? QStringLiteral("<b>") + v + QStringLiteral("</b>") : v,
             paper().mutedText.name());
}

QString date(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QStringLiteral("—");
}

QString statusText(OrderStatus status) {
    switch (status) {
    case OrderStatus::Paid:
        return tr("Paid");
    case OrderStatus::Refunded:
        return tr("Refunded");
    case OrderStatus::Declined:
        return tr("Declined");
    case OrderStatus::Failed:
        return tr("Failed");
    case OrderStatus::Pending:
        break;
    }
    return tr("Not paid");
}

} // namespace

bool writeReceiptPdf(const Order &order, const QString &buyer, const QString &path,
                     QString *error) {
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2")
                         .arg(QFileInfo(path).fileName(), probe.errorString());
        return false;
    }
    probe.close();

    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    pdf.setTitle(tr("Receipt %1").arg(order.number));
    pdf.setCreator(QStringLiteral("Lyceum"));

    QString rows;
    rows += row(tr("Order number"), order.number, true);
    rows += row(tr("Date"), date(order.paidAt > 0 ? order.paidAt : order.createdAt));
    rows += row(tr("Billed to"), buyer);
    rows += row(tr("Item"), order.title);
    rows += row(tr("Price"), Format::price(order.listAmount, order.currency));
    if (order.discount > 0)
        rows += row(tr("Coupon %1").arg(order.couponCode),
                    QStringLiteral("−") + Format::price(order.discount, order.currency));
    rows += row(tr("Total"), Format::price(order.amount, order.currency), true);
    if (!order.cardLast4.isEmpty())
        rows += row(tr("Paid with"), tr("card ending in %1").arg(order.cardLast4));
    rows += row(tr("Status"), statusText(order.status));
    if (order.refundedAt > 0)
        rows += row(tr("Refunded on"), date(order.refundedAt));

    const QString html = QStringLiteral("<h1 style='color:%4'>Lyceum</h1><h2>%1</h2>"
                                        "<table cellspacing='0'>%2</table>"
                                        "<p style='color:%5; margin-top:24px'>%3</p>")
                             .arg(tr("Receipt").toHtmlEscaped(), rows,
                                  tr("Thank you for learning with Lyceum.").toHtmlEscaped(),
                                  paper().accentText.name(), paper().mutedText.name());
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(11);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.print(&pdf);
    return true;
}

} // namespace lyceum::ui
