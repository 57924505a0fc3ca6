#include "course/reviews_panel.h"

#include "client/reviews_service.h"
#include "common/format.h"
#include "common/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lyceum::ui {

namespace {

QString starText(int rating) {
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

QString starTextFor(double average) {
    return starText(std::clamp(int(average + 0.5), 0, 5));
}

QLabel *muted(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("Muted"));
    return label;
}

} // namespace

ReviewsPanel::ReviewsPanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_average(new QLabel(this))
    , m_averageStars(new QLabel(this))
    , m_count(muted(QString(), this))
    , m_sort(new QComboBox(this))
    , m_form(new QWidget(this))
    , m_formTitle(new QLabel(m_form))
    , m_stars(new QButtonGroup(this))
    , m_text(new QPlainTextEdit(m_form))
    , m_submit(new QPushButton(m_form))
    , m_empty(muted(tr("No ratings yet. Learners who take the course can rate it."), this))
    , m_cards(new QVBoxLayout) {
    m_text->setAccessibleName(tr("Your review"));
    setObjectName(QStringLiteral("ReviewsPanel"));
    m_average->setObjectName(QStringLiteral("RatingAverage"));
    m_averageStars->setStyleSheet(
        QStringLiteral("color: %1; font-size: 16px;").arg(theme::warning.name()));

    QLayout *summary = buildSummary();

    // The user's own rating.
    m_form->setObjectName(QStringLiteral("RateForm"));
    m_form->setAttribute(Qt::WA_StyledBackground);
    m_form->setStyleSheet(QStringLiteral("QWidget#RateForm { background: %1; border-radius: 8px; }")
                              .arg(theme::accentSoft.name()));
    auto *starRow = new QHBoxLayout;
    starRow->setSpacing(0);
    starRow->addWidget(m_formTitle);
    m_stars->setExclusive(true);
    for (int stars = 1; stars <= 5; ++stars) {
        auto *button = new QToolButton(m_form);
        button->setText(QString(QChar(0x2606)));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setStyleSheet(
            QStringLiteral("QToolButton { color: %1; font-size: 20px; border: none; "
                           "background: transparent; padding: 0 2px; }")
                .arg(theme::warning.name()));
        button->setAccessibleName(tr("%n star(s)", nullptr, stars));
        button->setToolTip(button->accessibleName());
        m_stars->addButton(button, stars);
        starRow->addWidget(button);
    }
    starRow->addStretch();
    m_text->setPlaceholderText(tr("What did you think? (optional)"));
    m_text->setMaximumHeight(72);
    m_text->setTabChangesFocus(true);
    m_submit->setObjectName(QStringLiteral("PrimaryButton"));
    m_submit->setEnabled(false);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(12, 8, 12, 10);
    formLayout->addLayout(starRow);
    formLayout->addWidget(m_text);
    formLayout->addWidget(m_submit, 0, Qt::AlignRight);
    m_form->hide();

    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Most helpful first"));
    m_sort->setAccessibleName(tr("Order of reviews"));
    auto *sortRow = new QHBoxLayout;
    sortRow->addStretch();
    sortRow->addWidget(m_sort);

    m_cards->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(summary);
    layout->addWidget(m_form);
    layout->addLayout(sortRow);
    layout->addWidget(m_empty);
    layout->addLayout(m_cards);

    connect(m_stars, &QButtonGroup::idClicked, this, [this](int chosen) {
        for (QAbstractButton *b : m_stars->buttons())
            b->setText(QString(m_stars->id(b) <= chosen ? QChar(0x2605) : QChar(0x2606)));
        m_submit->setEnabled(true);
    });
    connect(m_submit, &QPushButton::clicked, this, &ReviewsPanel::submit);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ReviewsPanel::rebuildCards);
}

QLayout *ReviewsPanel::buildSummary() {
    // The distribution: one row per star count, a bar and the number.
    auto *distribution = new QGridLayout;
    distribution->setHorizontalSpacing(6);
    distribution->setVerticalSpacing(2);
    for (int stars = 5; stars >= 1; --stars) {
        const int row = 5 - stars;
        distribution->addWidget(muted(QStringLiteral("%1 ★").arg(stars), this), row, 0);
        auto *bar = new QLabel(this);
        bar->setMinimumHeight(8);
        bar->setMaximumHeight(8);
        m_bars << bar;
        distribution->addWidget(bar, row, 1);
    }
    distribution->setColumnStretch(1, 1);
    auto *overall = new QVBoxLayout;
    overall->setSpacing(0);
    overall->addWidget(m_average);
    overall->addWidget(m_averageStars);
    overall->addWidget(m_count);
    overall->addStretch();
    auto *summary = new QHBoxLayout;
    summary->setSpacing(18);
    summary->addLayout(overall);
    summary->addLayout(distribution, 1);
    return summary;
}

void ReviewsPanel::setCourse(const QString &courseId) {
    if (courseId != m_courseId) {
        m_courseId = courseId;
        m_text->clear();
        if (QAbstractButton *checked = m_stars->checkedButton()) {
            m_stars->setExclusive(false);
            checked->setChecked(false);
            m_stars->setExclusive(true);
        }
    }
    reload();
}

void ReviewsPanel::reload() {
    if (m_courseId.isEmpty())
        return;
    const QString requested = m_courseId;
    m_client->reviews().fetchReviews(requested, this, [this, requested](CourseReviews result) {
        if (requested == m_courseId)
            apply(std::move(result));
    });
}

void ReviewsPanel::apply(CourseReviews reviews) {
    m_data = std::move(reviews);
    const RatingSummary &s = m_data.summary;
    m_average->setText(s.count ? QLocale().toString(s.average, 'f', 1) : QStringLiteral("–"));
    m_averageStars->setText(starTextFor(s.average));
    m_count->setText(tr("%n rating(s)", nullptr, s.count));
    const int most = std::max(1, *std::max_element(s.stars.begin(), s.stars.end()));
    for (int i = 0; i < 5; ++i) {
        const int n = s.stars[size_t(4 - i)];
        const int percent = n * 100 / most;
        // A bar drawn with a gradient stop: the filled part is the share of the largest row.
        m_bars[i]->setStyleSheet(
            QStringLiteral("background: qlineargradient(x1:0, x2:1, stop:0 %1, stop:%2 %1, "
                           "stop:%3 %4, stop:1 %4); border-radius: 4px;")
                .arg(theme::warning.name())
                .arg(std::max(0.0, percent / 100.0 - 0.001))
                .arg(percent / 100.0)
                .arg(theme::border.name()));
        m_bars[i]->setToolTip(tr("%n learner(s)", nullptr, n));
    }
    // The form: the user's review, if any, fills it.
    // Asked for only once a lesson of it was opened or done (or the user rated it before).
    m_form->setVisible(m_data.canReview && m_data.studied);
    const ReviewView *mine = nullptr;
    for (const ReviewView &v : std::as_const(m_data.reviews)) {
        if (v.mine)
            mine = &v;
    }
    m_formTitle->setText(mine ? tr("Your rating: ") : tr("Rate this course: "));
    m_submit->setText(mine ? tr("Update review") : tr("Post review"));
    if (mine && !m_submit->isEnabled() && !m_text->hasFocus()) {
        m_text->setPlainText(mine->review.body);
        if (QAbstractButton *b = m_stars->button(mine->review.rating)) {
            b->setChecked(true);
            Q_EMIT m_stars->idClicked(mine->review.rating);
            m_submit->setEnabled(false);
        }
    }
    rebuildCards();
    Q_EMIT loaded();
}

QList<QWidget *> ReviewsPanel::cards() const {
    QList<QWidget *> out;
    for (int i = 0; i < m_cards->count(); ++i) {
        if (QWidget *w = m_cards->itemAt(i)->widget())
            out << w;
    }
    return out;
}

void ReviewsPanel::rebuildCards() {
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QVector<ReviewView> order = m_data.reviews;
    const bool helpfulFirst = m_sort->currentIndex() == 1;
    std::stable_sort(order.begin(), order.end(), [helpfulFirst](const auto &a, const auto &b) {
        if (a.mine != b.mine)
            return a.mine; // one's own review stays on top
        if (helpfulFirst && a.review.helpful != b.review.helpful)
            return a.review.helpful > b.review.helpful;
        return a.review.updatedAt > b.review.updatedAt;
    });
    for (const ReviewView &view : std::as_const(order)) {
        if (view.review.body.isEmpty() && view.review.reply.isEmpty() && !view.mine)
            continue; // a rating alone counts in the summary only
        m_cards->addWidget(makeCard(view));
    }
    m_empty->setVisible(m_data.summary.count == 0);
    m_sort->setVisible(m_cards->count() > 1);
}

QWidget *ReviewsPanel::makeCard(const ReviewView &view) {
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("ReviewCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    card->setStyleSheet(QStringLiteral("QWidget#ReviewCard { background: %1; border: 1px solid %2; "
                                       "border-radius: 8px; }")
                            .arg(theme::surface.name(), theme::border.name()));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    auto *head = new QHBoxLayout;
    auto *stars = new QLabel(starText(view.review.rating), card);
    stars->setStyleSheet(QStringLiteral("color: %1;").arg(theme::warning.name()));
    stars->setAccessibleName(tr("%n star(s)", nullptr, view.review.rating));
    head->addWidget(stars);
    const QString who =
        view.mine ? tr("You") : (view.authorName.isEmpty() ? tr("A learner") : view.authorName);
    auto *meta =
        muted(who + QStringLiteral(" · ") + Format::relativeTime(view.review.updatedAt), card);
    meta->setTextFormat(Qt::PlainText);
    head->addWidget(meta, 1);
    if (view.pending) {
        auto *state = new QLabel(*view.pending == OutboxState::Failed
                                     ? tr("Not accepted: %1").arg(view.failure)
                                     : tr("Not sent yet"),
                                 card);
        state->setTextFormat(Qt::PlainText);
        state->setWordWrap(true);
        state->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg((*view.pending == OutboxState::Failed ? theme::danger : theme::warning)
                         .name()));
        head->addWidget(state);
    }
    layout->addLayout(head);
    if (!view.review.body.isEmpty()) {
        auto *body = new QLabel(view.review.body, card);
        body->setTextFormat(Qt::PlainText);
        body->setWordWrap(true);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(body);
    }
    if (!view.review.reply.isEmpty()) {
        auto *reply = new QLabel(card);
        reply->setObjectName(QStringLiteral("ReviewReply"));
        reply->setTextFormat(Qt::PlainText);
        reply->setWordWrap(true);
        reply->setText(tr("The creator answered: %1").arg(view.review.reply));
        reply->setStyleSheet(QStringLiteral("background: %1; border-radius: 6px; padding: 6px;")
                                 .arg(theme::background.name()));
        layout->addWidget(reply);
    }
    auto *actions = new QHBoxLayout;
    auto *helpful = new QToolButton(card);
    helpful->setObjectName(QStringLiteral("HelpfulButton"));
    helpful->setCheckable(true);
    helpful->setChecked(view.votedHelpful);
    helpful->setText(tr("Helpful (%1)").arg(view.review.helpful));
    helpful->setEnabled(!view.mine);
    helpful->setAutoRaise(true);
    const QString id = view.review.id;
    card->setProperty("reviewId", id);
    connect(helpful, &QToolButton::toggled, this,
            [this, id](bool on) { m_client->reviews().setReviewHelpful(id, on); });
    actions->addWidget(helpful);
    if (m_data.canReply && !view.mine) {
        auto *answerButton = new QToolButton(card);
        answerButton->setObjectName(QStringLiteral("AnswerButton"));
        answerButton->setText(view.review.reply.isEmpty() ? tr("Answer") : tr("Edit answer"));
        answerButton->setAutoRaise(true);
        connect(answerButton, &QToolButton::clicked, this, [this, view] { answer(view); });
        actions->addWidget(answerButton);
    }
    actions->addStretch();
    layout->addLayout(actions);
    return card;
}

void ReviewsPanel::submit() {
    const int rating = m_stars->checkedId();
    if (rating < 1)
        return;
    m_client->reviews().rateCourse(m_courseId, rating, m_text->toPlainText());
    m_submit->setEnabled(false);
}

void ReviewsPanel::answer(const ReviewView &view) {
    std::optional<QString> text;
    if (m_prompt) {
        text = m_prompt(view.review.reply);
    } else {
        bool ok = false;
        const QString typed = QInputDialog::getMultiLineText(
            this, tr("Answer the review"), tr("Your answer, shown under the review:"),
            view.review.reply, &ok);
        if (ok)
            text = typed;
    }
    if (text && !text->trimmed().isEmpty())
        m_client->reviews().replyToReview(view.review.id, *text);
}

} // namespace lyceum::ui
