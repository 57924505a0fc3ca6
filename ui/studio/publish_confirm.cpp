#include "studio/publish_confirm.h"

#include "common/format.h"
#include "studio/draft_store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QString quoted(const QString &s) {
    return PublishConfirmDialog::tr("“%1”").arg(s.trimmed());
}

QString kindTitle(const Draft &d) {
    const QString title = quoted(d.title);
    if (d.kind == QLatin1String("course"))
        return PublishConfirmDialog::tr("The course %1").arg(title);
    if (d.kind == QLatin1String("lesson"))
        return PublishConfirmDialog::tr("The lesson %1").arg(title);
    if (d.kind == QLatin1String("announcement"))
        return PublishConfirmDialog::tr("The announcement %1").arg(title);
    return PublishConfirmDialog::tr("The post %1").arg(title);
}

} // namespace

PublishPlan PublishConfirmDialog::planFor(const Draft &d, const QString &placeName,
                                          const std::optional<Course> &course, qint64 publishAtMs) {
    PublishPlan p;
    p.updates = !d.targetId.isEmpty();
    p.what = kindTitle(d);
    p.when = publishAtMs > 0 ? tr("At %1: the server publishes it then, even if this computer "
                                  "is off.")
                                   .arg(Format::dateTime(publishAtMs))
                             : tr("Now (or as soon as this computer is online).");
    const QString currency = course ? course->currency : QStringLiteral("CNY");
    if (d.kind == QLatin1String("course")) {
        const qint64 price = d.extra.value(QLatin1StringView("price")).toInteger();
        p.where = tr("In the catalogue");
        p.audience = tr("Everyone can find the course and read its description.");
        p.price = price > 0 ? tr("Paid: %1. Its lessons open to those who buy it (free "
                                 "previews to everyone).")
                                  .arg(Format::price(price, currency))
                            : tr("Free: every lesson is open to everyone.");
    } else if (d.kind == QLatin1String("lesson")) {
        const bool preview = d.extra.value(QLatin1StringView("free_preview")).toBool();
        const qint64 price = course ? course->price : 0;
        p.where = tr("In the course %1").arg(quoted(placeName));
        if (preview || price == 0) {
            p.audience = preview ? tr("Everyone, also those who have not bought the course (a "
                                      "free preview).")
                                 : tr("Everyone: the course is free.");
            p.price = tr("Free");
        } else {
            p.audience = tr("Only learners who bought the course; others see it locked, with "
                            "the offer.");
            p.price = tr("Paid: part of the course at %1").arg(Format::price(price, currency));
        }
    } else if (!d.courseId.isEmpty()) {
        p.where = tr("In the discussions of the course %1").arg(quoted(placeName));
        p.audience = course && course->price > 0 ? tr("The course's learners (those who bought "
                                                      "it).")
                                                 : tr("The course's learners.");
        p.price = tr("Free to read for them");
    } else {
        p.where = tr("In the space %1").arg(quoted(placeName));
        p.audience = tr("Everyone who can read the space.");
        p.price = tr("Free to read");
    }
    if (p.updates)
        p.audience += QLatin1Char(' ') + tr("Those who already see it see the new version.");
    return p;
}

PublishConfirmDialog::PublishConfirmDialog(const PublishPlan &plan, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("PublishConfirm"));
    setWindowTitle(plan.updates ? tr("Publish the changes?") : tr("Publish?"));
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, const QString &text, const char *name) {
        auto *value = new QLabel(text, this);
        value->setObjectName(QLatin1String(name));
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_rows << value;
    };
    row(tr("What"), plan.what, "PublishWhat");
    row(tr("Where"), plan.where, "PublishWhere");
    row(tr("Who will see it"), plan.audience, "PublishAudience");
    row(tr("Price"), plan.price, "PublishPrice");
    row(tr("When"), plan.when, "PublishWhen");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(plan.updates ? tr("Publish the changes") : tr("Publish"),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("ConfirmPublish"));
    m_confirm->setDefault(true); // Enter publishes; Esc (reject) goes back
    m_confirm->setAutoDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_confirm->setFocus();
}

QString PublishConfirmDialog::summary() const {
    QStringList lines;
    for (const QLabel *l : m_rows)
        lines << l->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace lyceum::ui
