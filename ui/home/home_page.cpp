#include "home/home_page.h"

#include "client/discovery_service.h"
#include "common/flow_layout.h"
#include "common/format.h"
#include "common/theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
constexpr int kCardWidth = 236;
}

HomeCard::HomeCard(const QString &title, const QString &detail, const QString &footer,
                   QWidget *parent)
    : QFrame(parent)
    , m_title(title)
    , m_detail(detail) {
    setObjectName(QStringLiteral("HomeCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFixedWidth(kCardWidth);
    setMinimumHeight(104);
    setStyleSheet(QStringLiteral("QFrame#HomeCard { background: %1; border: 1px solid %2; "
                                 "border-radius: 10px; } QFrame#HomeCard:focus { border: 2px "
                                 "solid %3; } QFrame#HomeCard:hover { border-color: %3; }")
                      .arg(theme::surface.name(), theme::border.name(), theme::accent.name()));
    setAccessibleName(title + QStringLiteral(". ") + detail);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setTextFormat(Qt::PlainText);
    titleLabel->setWordWrap(true);
    titleLabel->setStyleSheet(QStringLiteral("font-weight: 600; border: none;"));
    auto *detailLabel = new QLabel(detail, this);
    detailLabel->setTextFormat(Qt::PlainText);
    detailLabel->setWordWrap(true);
    detailLabel->setStyleSheet(
        QStringLiteral("color: %1; border: none;").arg(theme::accent.name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(titleLabel);
    layout->addWidget(detailLabel);
    layout->addStretch();
    if (!footer.isEmpty()) {
        auto *footerLabel = new QLabel(footer, this);
        footerLabel->setTextFormat(Qt::PlainText);
        footerLabel->setStyleSheet(
            QStringLiteral("color: %1; border: none;").arg(theme::mutedText.name()));
        layout->addWidget(footerLabel);
    }
    fitHeight();
}

void HomeCard::fitHeight() {
    setFixedHeight(std::max(104, layout()->heightForWidth(kCardWidth)));
}

void HomeCard::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void HomeCard::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

HomePage::HomePage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_sections(new QVBoxLayout)
    , m_reload(new QTimer(this)) {
    setObjectName(QStringLiteral("HomePage"));
    auto *heading = new QLabel(tr("Home"), this);
    heading->setObjectName(QStringLiteral("PageTitle"));
    auto *privacy = new QLabel(tr("Suggestions are worked out on this computer from what you "
                                  "study; your history is never sent for them."),
                               this);
    privacy->setObjectName(QStringLiteral("Muted"));
    privacy->setWordWrap(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 16);
    contentLayout->setSpacing(18);
    contentLayout->addLayout(m_sections);
    contentLayout->addStretch();
    m_sections->setSpacing(18);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Home"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 16, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(privacy);
    layout->addSpacing(6);
    layout->addWidget(scroll, 1);

    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &HomePage::reload);
    connect(&m_client->discovery(), &DiscoveryService::homeChanged, m_reload,
            qOverload<>(&QTimer::start));
    connect(m_client, &Client::cacheChanged, m_reload, qOverload<>(&QTimer::start));
}

void HomePage::reload() {
    // What happened while away first, so the page is built once with both.
    m_client->discovery().fetchWhileAway(this, [this](AwayView away) {
        m_away = std::move(away);
        m_client->discovery().fetchHome(this, [this](HomeView view) { apply(std::move(view)); });
    });
}

// "While you were away": a card per new lesson, reply and announcement, newest first; shown
// only when something happened since the last visit, until "Got it".
QWidget *HomePage::awaySection() {
    constexpr int kMaxCards = 8;
    QList<HomeCard *> cards;
    for (const library::AwayItem &item : std::as_const(m_away.items)) {
        if (cards.size() == kMaxCards)
            break;
        QString detail;
        switch (item.kind) {
        case library::AwayItem::Kind::Lesson:
            detail = tr("New lesson in “%1”").arg(item.context);
            break;
        case library::AwayItem::Kind::Reply:
            detail = tr("%1 replied to you").arg(item.context);
            break;
        case library::AwayItem::Kind::Announcement:
            detail = tr("Announcement from %1").arg(item.context);
            break;
        }
        auto *card = new HomeCard(item.title, detail, Format::relativeTime(item.at));
        connect(card, &HomeCard::activated, this, [this, item] {
            if (item.kind == library::AwayItem::Kind::Lesson)
                Q_EMIT lessonRequested(item.parentId, item.id);
            else if (item.kind == library::AwayItem::Kind::Reply)
                Q_EMIT threadRequested(item.parentId, item.id);
            else
                Q_EMIT threadRequested(item.id, QString());
        });
        cards << card;
    }
    QWidget *box = section(QStringLiteral("away"), tr("While you were away"), QString(), cards);
    auto *footer = new QHBoxLayout;
    const int more = int(m_away.items.size()) - int(cards.size());
    auto *since =
        new QLabel((more > 0 ? tr("%n more not shown. ", nullptr, more) : QString()) +
                       tr("Since your last visit, %1.").arg(Format::relativeTime(m_away.since)),
                   box);
    since->setObjectName(QStringLiteral("Muted"));
    auto *gotIt = new QPushButton(tr("Got it"), box);
    gotIt->setObjectName(QStringLiteral("AwayDismiss"));
    connect(gotIt, &QPushButton::clicked, this, [this] {
        m_away = AwayView{};
        m_client->discovery().dismissWhileAway(); // the page reloads without the section
    });
    footer->addWidget(since, 1);
    footer->addWidget(gotIt);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(footer);
    return box;
}

QString HomePage::reasonText(const reco::Recommendation &r) {
    switch (r.reason) {
    case reco::Reason::BecauseStudied:
        return tr("Because you studied “%1”").arg(r.subject);
    case reco::Reason::PopularInTopic:
        return tr("Popular in %1").arg(r.subject);
    case reco::Reason::NewFromCreator:
        return tr("New from %1, whose course you take").arg(r.subject);
    case reco::Reason::NewInTopic:
        return tr("New in %1").arg(r.subject);
    case reco::Reason::FollowsFinished:
        return tr("Follows “%1”, which you finished").arg(r.subject);
    case reco::Reason::BuildsOnFinished:
        return tr("Builds on “%1”, which you finished").arg(r.subject);
    }
    return QString();
}

QString HomePage::reasonText(const reco::Recommendation &r, const Course &course) {
    // A topic is named in the interface language ("Popular in Programming", not "… 编程").
    const bool topical =
        r.reason == reco::Reason::PopularInTopic || r.reason == reco::Reason::NewInTopic;
    if (!topical || r.subject != course.topic)
        return reasonText(r);
    reco::Recommendation named = r;
    named.subject = Format::topicName(course);
    return reasonText(named);
}

QList<HomeCard *> HomePage::cards(const QString &section) const {
    QList<HomeCard *> out;
    if (QWidget *w = findChild<QWidget *>(QStringLiteral("HomeSection-") + section))
        out = w->findChildren<HomeCard *>();
    return out;
}

QWidget *HomePage::section(const QString &key, const QString &title, const QString &empty,
                           QList<HomeCard *> cards) {
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("HomeSection-") + key);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, box);
    heading->setObjectName(QStringLiteral("SectionTitle"));
    layout->addWidget(heading);
    if (cards.isEmpty()) {
        auto *note = new QLabel(empty, box);
        note->setObjectName(QStringLiteral("Muted"));
        note->setWordWrap(true);
        layout->addWidget(note);
        return box;
    }
    auto *row = new QWidget(box);
    auto *flow = new FlowLayout(row, 10);
    flow->setContentsMargins(0, 0, 0, 0);
    for (HomeCard *card : cards) {
        card->setParent(row);
        flow->addWidget(card);
    }
    layout->addWidget(row);
    return box;
}

void HomePage::apply(HomeView view) {
    m_view = std::move(view);
    QWidget *focused = focusWidget();
    const bool hadFocus = focused && isAncestorOf(focused);
    while (QLayoutItem *item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto summaryOf = [this](const QString &id) { return m_view.courses.value(id); };
    const auto footerOf = [](const CourseSummary &s) {
        return s.entitled() && !s.course.isFree()
                   ? tr("Yours")
                   : Format::price(s.course.price, s.course.currency);
    };

    QList<HomeCard *> continuing;
    for (const reco::ContinueItem &item : m_view.feed.continueLearning) {
        const CourseSummary s = summaryOf(item.courseId);
        const QString next = item.nextLessonId.isEmpty() ? tr("Every lesson done")
                                                         : tr("Next: %1").arg(item.nextLessonTitle);
        auto *card = new HomeCard(s.course.title, next,
                                  tr("%1 of %2 lessons done").arg(item.done).arg(item.total));
        auto *bar = new QProgressBar(card);
        bar->setRange(0, std::max(1, item.total));
        bar->setValue(item.done);
        bar->setTextVisible(false);
        bar->setMaximumHeight(6);
        bar->setAccessibleName(card->accessibleName());
        static_cast<QVBoxLayout *>(card->layout())->insertWidget(2, bar);
        card->fitHeight();
        connect(card, &HomeCard::activated, this, [this, item] {
            if (item.nextLessonId.isEmpty())
                Q_EMIT courseRequested(item.courseId);
            else
                Q_EMIT lessonRequested(item.courseId, item.nextLessonId);
        });
        continuing << card;
    }
    const auto recommendationCards = [&](const QVector<reco::Recommendation> &list) {
        QList<HomeCard *> out;
        for (const reco::Recommendation &r : list) {
            const CourseSummary s = summaryOf(r.courseId);
            auto *card = new HomeCard(s.course.title, reasonText(r, s.course), footerOf(s));
            const QString id = r.courseId;
            connect(card, &HomeCard::activated, this, [this, id] { Q_EMIT courseRequested(id); });
            out << card;
        }
        return out;
    };
    if (!m_away.items.isEmpty())
        m_sections->addWidget(awaySection());
    m_sections->addWidget(section(QStringLiteral("continue"), tr("Continue learning"),
                                  tr("Open a lesson from any course and it waits for you here."),
                                  continuing));
    m_sections->addWidget(section(QStringLiteral("foryou"), tr("For you"),
                                  tr("Nothing to suggest yet."),
                                  recommendationCards(m_view.feed.forYou)));
    if (!m_view.feed.nextSteps.isEmpty())
        m_sections->addWidget(section(QStringLiteral("next"), tr("Next steps"), QString(),
                                      recommendationCards(m_view.feed.nextSteps)));
    m_sections->addWidget(section(QStringLiteral("new"), tr("New in your topics"),
                                  tr("No new courses in your topics lately."),
                                  recommendationCards(m_view.feed.newInTopics)));
    if (hadFocus) {
        const QList<HomeCard *> all = findChildren<HomeCard *>();
        if (!all.isEmpty())
            all.first()->setFocus();
    }
    Q_EMIT loaded();
}

} // namespace lyceum::ui
