#include "studio/draft_editor.h"

#include "client/client.h"
#include "client/studio_service.h"
#include "markdown/code_block.h"
#include "markdown/image_source.h"
#include "markdown/markdown_view.h"
#include "studio/draft_details.h"
#include "studio/markdown_toolbar.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

DraftEditor::DraftEditor(Client *client, QString draftId, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_draftId(std::move(draftId))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new MarkdownView(this))
    , m_status(new QLabel(this))
    , m_history(new QPushButton(tr("History…"), this))
    , m_image(new QPushButton(tr("Insert image…"), this))
    , m_autosave(new QTimer(this))
    , m_previewTimer(new QTimer(this))
    , m_details(new DraftDetails(client, this))
    , m_toolbar(new MarkdownToolbar(m_body, this)) {
    setObjectName(QStringLiteral("DraftEditor"));
    ImageSource::instance()->setClient(client);
    m_image->setToolTip(tr("A PNG, JPEG, GIF or WebP picture up to 1 MB, sent when online"));
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Title"));
    m_body->setPlaceholderText(tr("Write in Markdown…"));
    m_body->setAccessibleName(tr("Text"));
    // The source is code: the app's code font, so Markdown's marks line up as typed.
    m_body->setFont(codeblock::font());
    m_body->setObjectName(QStringLiteral("DraftBody"));
    m_preview->setAccessibleName(tr("Preview"));
    m_status->setObjectName(QStringLiteral("Muted"));
    auto *split = new QSplitter(this);
    split->addWidget(m_body);
    split->addWidget(m_preview);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_image);
    bottom->addWidget(m_history);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_body),
                       static_cast<QWidget *>(m_details), static_cast<QWidget *>(m_image)})
        w->setEnabled(false);
    layout->addWidget(m_toolbar);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    m_toolbar->setEnabled(false);
    connect(m_toolbar, &MarkdownToolbar::pictureRequested, this, &DraftEditor::chooseImage);

    // Throttled, not debounced: a change is saved at most kAutosaveMs later even when the
    // typing does not stop.
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &DraftEditor::saveNow);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this,
            [this] { m_preview->setMarkdownText(m_body->toPlainText()); });
    connect(m_title, &QLineEdit::textChanged, this, &DraftEditor::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &DraftEditor::changed);
    connect(m_details, &DraftDetails::changed, this, &DraftEditor::changed);
    connect(m_history, &QPushButton::clicked, this, &DraftEditor::openHistory);
    connect(m_image, &QPushButton::clicked, this, &DraftEditor::chooseImage);
    connect(&m_client->studio(), &StudioService::draftSaved, this,
            [this](const QString &id, qint64 at) {
                if (id != m_draftId)
                    return;
                if (!m_dirty)
                    m_status->setText(tr("Saved on this computer at %1")
                                          .arg(QDateTime::fromMSecsSinceEpoch(at).toString(
                                              QStringLiteral("HH:mm:ss"))));
                Q_EMIT saved();
            });
    connect(&m_client->studio(), &StudioService::draftRestored, this, [this](const QString &id) {
        if (id == m_draftId)
            load();
    });
    // Taken from another device, linked to what it published, a version chosen: shown unless
    // this editor has changes of its own not yet saved (they win, and are sent).
    connect(&m_client->studio(), &StudioService::draftsChanged, this, [this] {
        if (!m_dirty && !m_autosave->isActive())
            load();
    });
    load();
}

DraftEditor::~DraftEditor() {
    if (m_dirty)
        saveNow();
}

void DraftEditor::load() {
    m_loading = true;
    m_client->studio().fetchDraft(m_draftId, this, [this](std::optional<Draft> d) {
        if (d && !m_dirty)
            showDraft(*d);
        m_loading = false;
        if (d && !m_loaded) {
            m_loaded = true;
            m_title->setEnabled(true);
            m_body->setEnabled(true);
            m_details->setEnabled(true);
            m_image->setEnabled(true);
            m_toolbar->setEnabled(true);
        }
        Q_EMIT loaded();
    });
}

void DraftEditor::showDraft(const Draft &d) {
    m_loading = true;
    m_draft = d;
    if (m_title->text() != d.title)
        m_title->setText(d.title);
    if (m_body->toPlainText() != d.body) {
        m_body->setPlainText(d.body);
        m_preview->setMarkdownText(d.body);
    }
    m_details->setDraft(d);
    m_loading = false;
    m_dirty = false;
}

Draft DraftEditor::current() const {
    Draft d = m_draft;
    d.id = m_draftId;
    if (d.kind.isEmpty())
        d.kind = QStringLiteral("post");
    d.title = m_title->text();
    d.body = m_body->toPlainText();
    m_details->apply(&d);
    return d;
}

void DraftEditor::changed() {
    if (m_loading)
        return;
    m_dirty = true;
    m_status->setText(tr("Saving…"));
    m_previewTimer->start();
    if (!m_autosave->isActive())
        m_autosave->start();
}

void DraftEditor::saveNow() {
    m_autosave->stop();
    const Draft d = current();
    m_draft = d;
    m_dirty = false;
    m_client->studio().saveDraft(d, !std::exchange(m_savedThisSession, true));
}

void DraftEditor::chooseImage() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Insert an image"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    if (!path.isEmpty())
        insertImage(path);
}

void DraftEditor::insertImage(const QString &path) {
    m_client->studio().addImage(path, this, [this, path](const QString &id, const QString &error) {
        if (id.isEmpty()) {
            m_status->setText(tr("The image was not added: %1").arg(error));
            Q_EMIT imageInserted(false);
            return;
        }
        insertImageReference(id, QFileInfo(path).completeBaseName());
        Q_EMIT imageInserted(true);
    });
}

void DraftEditor::insertImageReference(const QString &id, QString name) {
    // Brackets would end the alt text early; the name is only a caption.
    name.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    // A paragraph of its own: a blank line before and after it.
    QTextCursor cursor = m_body->textCursor();
    const QTextBlock block = cursor.block();
    QString before;
    if (cursor.positionInBlock() > 0)
        before = QStringLiteral("\n\n");
    else if (block.previous().isValid() && !block.previous().text().trimmed().isEmpty())
        before = QStringLiteral("\n");
    const bool textAfter = !block.text().mid(cursor.positionInBlock()).trimmed().isEmpty();
    cursor.insertText(before + QStringLiteral("![") + name + QStringLiteral("](lyceum-image:") +
                      id + (textAfter ? QStringLiteral(")\n\n") : QStringLiteral(")\n")));
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void DraftEditor::openHistory() {
    if (m_dirty)
        saveNow();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("DraftHistory"));
    dialog->setWindowTitle(tr("History of the draft"));
    auto *list = new QListWidget(dialog);
    auto *preview = new MarkdownView(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *restore = buttons->addButton(tr("Restore this version"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("RestoreRevision"));
    auto *split = new QSplitter(dialog);
    split->addWidget(list);
    split->addWidget(preview);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    m_client->studio().fetchDraftRevisions(
        m_draftId, dialog, [list](QVector<DraftRevision> revisions) {
            for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
                auto *item =
                    new QListWidgetItem(QDateTime::fromMSecsSinceEpoch(it->savedAt)
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                            QStringLiteral("  ") + it->title,
                                        list);
                item->setData(Qt::UserRole, it->id);
                item->setData(Qt::UserRole + 1, it->body);
            }
            list->setCurrentRow(0);
        });
    connect(list, &QListWidget::currentItemChanged, dialog, [preview](QListWidgetItem *item) {
        preview->setMarkdownText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    });
    connect(restore, &QPushButton::clicked, dialog, [this, list, dialog] {
        if (QListWidgetItem *item = list->currentItem())
            m_client->studio().restoreDraftRevision(m_draftId,
                                                    item->data(Qt::UserRole).toLongLong());
        dialog->accept();
    });
    dialog->resize(760, 460);
    dialog->show();
}

} // namespace lyceum::ui
