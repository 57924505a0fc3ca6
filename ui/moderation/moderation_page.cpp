#include "moderation/moderation_page.h"

#include "client/moderation_service.h"
#include "common/format.h"
#include "common/theme.h"
#include "moderation/moderation_queue_model.h"
#include "moderation/people_panel.h"
#include "moderation/space_rules_panel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

using Queue = ModerationQueueModel;

QString authorHtml(const ModerationAuthor &a) {
    if (a.id.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h4>%1</h4><p>").arg(ModerationPage::tr("The author").toHtmlEscaped());
    html += QStringLiteral("<b>%1</b> @%2 · ")
                .arg(a.displayName.toHtmlEscaped(), a.handle.toHtmlEscaped());
    QStringList facts;
    if (a.joinedAt > 0)
        facts << ModerationPage::tr("joined %1").arg(Format::relativeTime(a.joinedAt));
    facts << ModerationPage::tr("%n reply(s)", nullptr, a.posts)
          << ModerationPage::tr("%n thread(s)", nullptr, a.threads);
    if (a.removed > 0)
        facts << ModerationPage::tr("%n removed by moderators", nullptr, a.removed);
    if (a.warned > 0)
        facts << ModerationPage::tr("warned %n time(s)", nullptr, a.warned);
    html += facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (a.banned)
        html += QStringLiteral(" · <span style=\"color:%1\">%2</span>")
                    .arg(theme::danger.name(), ModerationPage::tr("banned").toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!a.recent.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p><ul>")
                    .arg(theme::mutedText.name(),
                         ModerationPage::tr("Latest replies:").toHtmlEscaped());
        for (const ModerationAuthor::Recent &r : a.recent)
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(r.text.simplified().left(120).toHtmlEscaped(),
                             Format::relativeTime(r.createdAt).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

// What A and D do on the other kinds, told in the detail pane.
QString otherKindHtml(const ModerationItem &item) {
    QString html;
    if (item.appeal) {
        const auto &a = *item.appeal;
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(ModerationPage::tr("Appeal against: %1 by %2 (%3)")
                             .arg(ModerationPage::actionLabel(a.action), a.moderatorName,
                                  ModerationPage::templateLabel(a.reason))
                             .toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(ModerationPage::tr("A grants the appeal (the action is undone); D upholds "
                                            "it. The author is told either way.")
                             .toHtmlEscaped());
    } else if (item.targetKind == QLatin1String("held")) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(ModerationPage::tr("Held by the filter “%1”. A publishes it as its "
                                            "author; D rejects it.")
                             .arg(item.heldMatched)
                             .toHtmlEscaped());
    } else if (item.targetKind == QLatin1String("member")) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(ModerationPage::tr("Joined while new members wait for approval. A "
                                            "approves them; D refuses.")
                             .toHtmlEscaped());
    }
    return html;
}

} // namespace

QString ModerationPage::templateLabel(const QString &code) {
    if (code == QLatin1String("spam_links"))
        return tr("Spam or advertising");
    if (code == QLatin1String("off_topic"))
        return tr("Off topic for this space");
    if (code == QLatin1String("abuse_language"))
        return tr("Abusive language");
    if (code == QLatin1String("rules"))
        return tr("Breaks the community rules");
    return code;
}

QString ModerationPage::actionLabel(const QString &action) {
    if (action == QLatin1String("approve"))
        return tr("approve");
    if (action == QLatin1String("hide"))
        return tr("hide");
    if (action == QLatin1String("delete"))
        return tr("delete");
    if (action == QLatin1String("ban"))
        return tr("ban");
    if (action == QLatin1String("warn"))
        return tr("warn");
    if (action == QLatin1String("undo"))
        return tr("undo");
    if (action == QLatin1String("grant") || action == QLatin1String("appeal_granted"))
        return tr("appeal granted");
    if (action == QLatin1String("uphold") || action == QLatin1String("appeal_upheld"))
        return tr("appeal upheld");
    if (action == QLatin1String("publish_held"))
        return tr("held post published");
    if (action == QLatin1String("reject_held"))
        return tr("held post rejected");
    if (action == QLatin1String("member_approved"))
        return tr("member approved");
    if (action == QLatin1String("member_refused"))
        return tr("member refused");
    if (action == QLatin1String("space_rules"))
        return tr("space rules changed");
    if (action == QLatin1String("filter_add"))
        return tr("filter added");
    if (action == QLatin1String("filter_remove"))
        return tr("filter removed");
    if (action == QLatin1String("settings"))
        return tr("settings changed");
    return action;
}

ModerationPage::ModerationPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_kind(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_score(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new ModerationQueueModel([this](const ModerationItem &item) { return scoreOf(item); },
                                       this))
    , m_detail(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_rules(new SpaceRulesPanel(client, this))
    , m_people(new PeoplePanel(client, this)) {
    m_detail->setAccessibleName(tr("Report details"));
    m_tabs->setDocumentMode(true);
    setObjectName(QStringLiteral("ModerationPage"));
    auto *heading = new QLabel(tr("Moderation"), this);
    heading->setObjectName(QStringLiteral("PageTitle"));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Replies"), QStringLiteral("post"));
    m_kind->addItem(tr("Threads"), QStringLiteral("thread"));
    m_kind->addItem(tr("Users"), QStringLiteral("user"));
    m_kind->addItem(tr("Appeals"), QStringLiteral("appeal"));
    m_kind->addItem(tr("Held by filters"), QStringLiteral("held"));
    m_kind->addItem(tr("New members"), QStringLiteral("member"));
    m_kind->setAccessibleName(tr("Kind"));
    m_reason->addItem(tr("Any reason"), QString());
    for (const char *r : {"spam", "abuse", "off_topic", "other"})
        m_reason->addItem(Queue::reasonLabel(QString::fromLatin1(r)), QString::fromLatin1(r));
    m_reason->setAccessibleName(tr("Reason"));
    m_score->addItem(tr("Any spam score"), 0.0);
    m_score->addItem(tr("Likely spam (0.5 and up)"), 0.5);
    m_score->addItem(tr("Very likely spam (0.9 and up)"), 0.9);
    m_score->setAccessibleName(tr("Spam score"));
    // The templated reasons the author is shown.
    for (const char *code : {"spam_links", "off_topic", "abuse_language", "rules"})
        m_template->addItem(templateLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_template->setAccessibleName(tr("Reason shown to the author"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *logButton = new QPushButton(tr("Audit log…"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ModerationPage::refresh);
    connect(logButton, &QPushButton::clicked, this, &ModerationPage::openAuditLog);
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_reason);
    filters->addWidget(m_score);
    filters->addStretch();
    filters->addWidget(refreshButton);
    filters->addWidget(logButton);

    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setStyleSheet(
        QStringLiteral("QListView::item { padding: 8px 6px; border-bottom: 1px solid %1; } "
                       "QListView::item:selected { background: %2; color: %3; }")
            .arg(theme::border.name(), theme::accentSoft.name(), theme::text.name()));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    // A model whose rows are formatted when first painted, laid out in batches: a queue of
    // thousands paints its first rows at once (bench/bench_moderation_queue.cpp).
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(100);
    m_list->setAccessibleName(tr("Review queue"));
    m_list->setMinimumWidth(230);
    m_list->installEventFilter(this);
    m_detail->setOpenLinks(false);

    QWidget *right = buildDetailPane();
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *queueTab = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queueTab);
    queueLayout->setContentsMargins(0, 8, 0, 0);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_status);
    queueLayout->addWidget(split, 1);
    m_tabs->setAccessibleName(tr("Moderation sections"));
    m_tabs->addTab(queueTab, tr("Queue"));
    m_tabs->addTab(m_rules, tr("Rules"));
    m_tabs->addTab(m_people, tr("People"));
    m_people->setReasonSource([this] { return m_template->currentData().toString(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_rules)
            m_rules->reload();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connectSignals();
    // A queued action or its outcome: redraw from the kept queue; a sent batch: ask again.
    connect(m_client, &Client::cacheChanged, this, [this] {
        if (isVisible())
            m_client->moderation().fetchCachedModerationQueue(
                this, [this](QVector<ModerationItem> items) { apply(std::move(items), {}); });
    });
    connect(m_client, &Client::outboxFlushed, this, [this](const ApiError &e) {
        if (isVisible() && !e.isError())
            refresh();
    });
}

void ModerationPage::connectSignals() {
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ModerationPage::rebuild);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ModerationPage::rebuild);
    connect(m_score, &QComboBox::currentIndexChanged, this, &ModerationPage::rebuild);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModerationPage::showDetail);
}

QWidget *ModerationPage::buildDetailPane() {
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason:"), this));
    reasonRow->addWidget(m_template, 1);
    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &action) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QStringLiteral("Act-") + action);
        connect(b, &QPushButton::clicked, this, [this, action] {
            if (action == QLatin1String("undo"))
                undoLast();
            else
                actOnSelection(action);
        });
        actions->addWidget(b);
    };
    button(tr("Approve (A)"), QStringLiteral("approve"));
    button(tr("Hide (H)"), QStringLiteral("hide"));
    button(tr("Delete (D)"), QStringLiteral("delete"));
    button(tr("Ban (B)"), QStringLiteral("ban"));
    button(tr("Warn (W)"), QStringLiteral("warn"));
    button(tr("Undo (U)"), QStringLiteral("undo"));
    // Beside the reason, where the row has room at 1024 px in both languages.
    auto *open = new QPushButton(tr("Open in thread (Enter)"), this);
    open->setObjectName(QStringLiteral("OpenInThread"));
    connect(open, &QPushButton::clicked, this, &ModerationPage::openSelectedInThread);
    reasonRow->addWidget(open);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(reasonRow);
    rightLayout->addLayout(actions);
    return right;
}

void ModerationPage::refresh() {
    m_client->moderation().fetchModerationQueue(this, [this](const ApiError &e,
                                                             QVector<ModerationItem> items) {
        apply(std::move(items),
              e.isError() ? tr("Showing the queue as last fetched: %1").arg(e.message) : QString());
    });
}

void ModerationPage::apply(QVector<ModerationItem> items, const QString &problem) {
    // An item that left the server's queue while this moderator's action waited keeps what was
    // shown of it.
    for (ModerationItem &item : items) {
        if (!item.reports.isEmpty() || item.title != item.targetId)
            continue;
        for (const ModerationItem &before : std::as_const(m_items)) {
            if (before.key() == item.key()) {
                item.title = before.title;
                item.text = before.text;
                item.reports = before.reports;
            }
        }
    }
    m_items = std::move(items);
    m_scores.clear();
    if (!problem.isEmpty())
        m_status->setText(problem);
    else
        m_status->setText(tr("%n item(s) waiting. Keys: j / k move, a approve, h hide, "
                             "d delete, b ban, w warn, u undo.",
                             nullptr, int(m_items.size())));
    rebuild();
    Q_EMIT loaded();
}

std::optional<double> ModerationPage::scoreOf(const ModerationItem &item) const {
    if (item.spamScore)
        return item.spamScore;
    if (item.targetKind == QLatin1String("user"))
        return std::nullopt;
    // Scored once per queue fetched, and only for the rows painted or filtered by score.
    const QString key = item.key();
    if (const auto it = m_scores.constFind(key); it != m_scores.cend())
        return *it;
    const std::optional<double> score =
        m_client->moderation().spamScore(item.text.isEmpty() ? item.title : item.text);
    m_scores.insert(key, score);
    return score;
}

QVector<ModerationItem> ModerationPage::shownItems() const {
    QVector<ModerationItem> out;
    const QString kind = m_kind->currentData().toString();
    const QString reason = m_reason->currentData().toString();
    const double minScore = m_score->currentData().toDouble();
    for (const ModerationItem &item : m_items) {
        if (minScore > 0 && scoreOf(item).value_or(0) < minScore)
            continue;
        if (!kind.isEmpty() && item.targetKind != kind)
            continue;
        if (!reason.isEmpty() &&
            std::none_of(item.reports.begin(), item.reports.end(),
                         [&](const ModerationReport &r) { return r.reason == reason; }))
            continue;
        out << item;
    }
    return out;
}

void ModerationPage::rebuild() {
    const QString current = m_list->currentIndex().data(Queue::KeyRole).toString();
    m_model->setItems(shownItems());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::max(m_model->rowOfKey(current), 0)));
    showDetail();
}

QString ModerationPage::currentKey() const {
    return m_list->currentIndex().data(Queue::KeyRole).toString();
}

void ModerationPage::showDetail() {
    const QString key = currentKey();
    if (key.isEmpty()) {
        m_detail->setPlainText(tr("Nothing waiting for review."));
        return;
    }
    for (const ModerationItem &item : std::as_const(m_items)) {
        if (item.key() != key)
            continue;
        QString html = QStringLiteral("<h3>%1</h3>").arg(item.title.toHtmlEscaped());
        if (item.failureCode == QLatin1String("already_resolved"))
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(theme::danger.name(),
                             tr("Another moderator resolved this before your action was sent; "
                                "nothing of yours was applied. U dismisses it.")
                                 .toHtmlEscaped());
        if (!item.text.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(item.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        html += otherKindHtml(item);
        if (Queue::isReportKind(item.targetKind))
            html += QStringLiteral("<h4>%1</h4>").arg(tr("Reports").toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const ModerationReport &r : item.reports) {
            html +=
                QStringLiteral("<li>%1 — %2, %3 (%4)%5</li>")
                    .arg(Queue::reasonLabel(r.reason).toHtmlEscaped(),
                         (r.reporterName.isEmpty() ? r.reporterId : r.reporterName).toHtmlEscaped(),
                         Format::relativeTime(r.createdAt).toHtmlEscaped(),
                         tr("reporter upheld %1 %").arg(qRound(r.reporterAccuracy * 100)),
                         r.note.isEmpty() ? QString()
                                          : QStringLiteral(": “%1”").arg(r.note.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul><p>%1</p>")
                    .arg(tr("Priority %1").arg(item.priority, 0, 'f', 2).toHtmlEscaped());
        html += authorHtml(item.author);
        const QString text = item.text.isEmpty() ? item.title : item.text;
        if (item.spamScore)
            html += QStringLiteral("<h4>%1</h4>")
                        .arg(tr("Spam score %1 (the community's model)")
                                 .arg(*item.spamScore, 0, 'f', 2)
                                 .toHtmlEscaped());
        if (const std::optional<double> score = m_client->moderation().spamScore(text)) {
            QStringList reasons;
            for (const auto &[feature, weight] : m_client->moderation().spamReasons(text, 6))
                reasons << QStringLiteral("%1 (%2%3)")
                               .arg(feature.toHtmlEscaped(),
                                    weight > 0 ? QStringLiteral("+") : QString())
                               .arg(weight, 0, 'f', 1);
            html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                        .arg(tr("Spam score %1 (this computer's classifier)")
                                 .arg(*score, 0, 'f', 2)
                                 .toHtmlEscaped(),
                             tr("Weighed most: %1").arg(reasons.join(QStringLiteral(", "))));
        } else if (!item.spamScore) {
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(theme::mutedText.name(),
                             tr("No spam score yet: the classifier on this computer learns from "
                                "your decisions and scores once it has seen spam and not spam.")
                                 .toHtmlEscaped());
        }
        m_detail->setHtml(html);
        return;
    }
}

void ModerationPage::actOnSelection(const QString &action) {
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    const QModelIndexList rows = selected.isEmpty() && m_list->currentIndex().isValid()
                                     ? QModelIndexList{m_list->currentIndex()}
                                     : selected;
    const QString reason = m_template->currentData().toString();
    int last = -1;
    for (const QModelIndex &row : rows) {
        const QString key = row.data(Queue::KeyRole).toString();
        const auto other = std::find_if(m_items.cbegin(), m_items.cend(), [&](const auto &i) {
            return i.key() == key && !Queue::isReportKind(i.targetKind);
        });
        if (other != m_items.cend()) {
            if (decideOther(*other, action)) {
                m_acted << key;
                last = std::max(last, row.row());
            }
            continue;
        }
        m_client->moderation().moderate(key.section(u':', 0, 0), key.section(u':', 1), action,
                                        reason, {});
        // The on-device classifier learns from the decision: removed as spam, or let stand.
        for (const ModerationItem &item : std::as_const(m_items)) {
            if (item.key() != key || item.targetKind == QLatin1String("user"))
                continue;
            const QString text = item.text.isEmpty() ? item.title : item.text;
            if (action == QLatin1String("approve"))
                m_client->moderation().learnSpam(text, false);
            else if (reason == QLatin1String("spam_links") && action != QLatin1String("warn"))
                m_client->moderation().learnSpam(text, true);
        }
        m_acted << key;
        last = std::max(last, row.row());
    }
    // On to the next item.
    if (last >= 0 && last + 1 < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(last + 1));
}

bool ModerationPage::decideOther(const ModerationItem &item, const QString &action) {
    const bool yes = action == QLatin1String("approve");
    if (!yes && action != QLatin1String("delete"))
        return false; // h, b and w mean nothing here
    ModerationService &m = m_client->moderation();
    if (item.targetKind == QLatin1String("appeal") && item.appeal)
        m.decideAppeal(item.appeal->id, yes ? QStringLiteral("grant") : QStringLiteral("uphold"),
                       {});
    else if (item.targetKind == QLatin1String("held"))
        m.decideHeld(item.targetId, yes);
    else if (item.targetKind == QLatin1String("member"))
        m.decideMember(item.targetId, yes);
    else
        return false;
    return true;
}

void ModerationPage::openSelectedInThread() {
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    for (const ModerationItem &item : std::as_const(m_items)) {
        if (item.key() != key || item.threadId.isEmpty())
            continue;
        const QString post = item.targetKind == QLatin1String("post") ? item.targetId : QString();
        Q_EMIT threadRequested(item.threadId, post);
        return;
    }
    m_status->setText(tr("This item has no thread to open."));
}

void ModerationPage::undoLast() {
    if (m_acted.isEmpty())
        return;
    const QString key = m_acted.takeLast();
    for (const ModerationItem &item : std::as_const(m_items)) {
        if (item.key() == key && item.outboxSeq > 0 && item.pending != OutboxState::Sending) {
            m_client->discardOutbox(item.outboxSeq); // not sent yet: just taken back
            return;
        }
    }
    // Sent: the server's log knows the action's id.
    const QString me = m_client->currentUser() ? m_client->currentUser()->id : QString();
    m_client->moderation().fetchAuditLog(
        this, [this, key, me](const ApiError &e, QVector<AuditEntry> log) {
            if (e.isError()) {
                m_status->setText(tr("The action could not be undone: %1").arg(e.message));
                return;
            }
            for (const AuditEntry &a : log) {
                if (a.targetKind + QLatin1Char(':') + a.targetId == key && a.moderatorId == me &&
                    !a.undone && a.action != QLatin1String("undo")) {
                    m_client->moderation().undoModeration(a.id);
                    return;
                }
            }
        });
}

bool ModerationPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_J:
            if (m_model->rowCount() > 0)
                m_list->setCurrentIndex(m_model->index(
                    std::min(m_list->currentIndex().row() + 1, m_model->rowCount() - 1)));
            return true;
        case Qt::Key_K:
            if (m_model->rowCount() > 0)
                m_list->setCurrentIndex(
                    m_model->index(std::max(m_list->currentIndex().row() - 1, 0)));
            return true;
        case Qt::Key_A:
            actOnSelection(QStringLiteral("approve"));
            return true;
        case Qt::Key_H:
            actOnSelection(QStringLiteral("hide"));
            return true;
        case Qt::Key_D:
            actOnSelection(QStringLiteral("delete"));
            return true;
        case Qt::Key_B:
            actOnSelection(QStringLiteral("ban"));
            return true;
        case Qt::Key_W:
            actOnSelection(QStringLiteral("warn"));
            return true;
        case Qt::Key_U:
            undoLast();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openSelectedInThread();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModerationPage::openAuditLog() {
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("AuditLogDialog"));
    dialog->setWindowTitle(tr("Audit log"));
    auto *tree = new QTreeWidget(dialog);
    tree->setHeaderLabels(
        {tr("When"), tr("Moderator"), tr("Action"), tr("Target"), tr("Reason"), tr("Note")});
    tree->setRootIsDecorated(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("ExportCsv"));
    exportButton->setEnabled(false);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto entries = std::make_shared<QVector<AuditEntry>>();
    m_client->moderation().fetchAuditLog(
        dialog, [tree, exportButton, entries](const ApiError &e, QVector<AuditEntry> log) {
            if (e.isError()) {
                tree->addTopLevelItem(new QTreeWidgetItem({e.message}));
                return;
            }
            *entries = log;
            for (const AuditEntry &a : log) {
                tree->addTopLevelItem(new QTreeWidgetItem(
                    {QDateTime::fromMSecsSinceEpoch(a.createdAt)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     a.moderatorName.isEmpty() ? a.moderatorId : a.moderatorName,
                     actionLabel(a.action) + (a.undone ? tr(" (undone)") : QString()),
                     Queue::kindLabel(a.targetKind) + QStringLiteral(": ") +
                         (a.targetTitle.isEmpty() ? a.targetId : a.targetTitle),
                     templateLabel(a.reason), a.note}));
            }
            tree->header()->resizeSections(QHeaderView::ResizeToContents);
            exportButton->setEnabled(true);
        });
    connect(exportButton, &QPushButton::clicked, dialog, [this, dialog, entries] {
        const QString path =
            m_csvPath
                ? m_csvPath()
                : QFileDialog::getSaveFileName(dialog, tr("Export the audit log"),
                                               QStringLiteral("audit-log.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(auditLogCsv(*entries)) < 0)
            m_status->setText(tr("The audit log could not be saved: %1").arg(file.errorString()));
    });
    dialog->resize(760, 420);
    dialog->show();
}

} // namespace lyceum::ui
