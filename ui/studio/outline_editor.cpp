#include "studio/outline_editor.h"

#include "cache/cache_views.h"
#include "client/client.h"
#include "client/studio_service.h"
#include "studio/draft_store.h"
#include "studio/publish_confirm.h"
#include "studio/video_uploads.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

bool isSection(const QTreeWidgetItem *item) {
    return item && item->data(0, OutlineTree::kKindRole).toString() == QLatin1String("section");
}

QTreeWidgetItem *makeSection(const QString &id, const QString &title) {
    auto *item = new QTreeWidgetItem;
    item->setData(0, OutlineTree::kKindRole, QStringLiteral("section"));
    item->setData(0, OutlineTree::kIdRole, id);
    // The default section (no title) is shown as "Lessons" and sent untitled unless renamed.
    item->setData(0, Qt::UserRole + 3, title.isEmpty());
    item->setText(0, title.isEmpty() ? OutlineEditor::tr("Lessons") : title);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable |
                   Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    return item;
}

QTreeWidgetItem *makeLesson(const Lesson &lesson) {
    auto *item = new QTreeWidgetItem;
    item->setData(0, OutlineTree::kKindRole, QStringLiteral("lesson"));
    item->setData(0, OutlineTree::kIdRole, lesson.id);
    item->setText(0, lesson.title);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    return item;
}

} // namespace

OutlineTree::OutlineTree(QWidget *parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("CourseOutline"));
    setHeaderHidden(true);
    setColumnCount(1);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setAccessibleName(tr("Course outline"));
    setToolTip(tr("Drag lessons and sections, or move the current one with Alt+Up and "
                  "Alt+Down; F2 renames a section."));
}

void OutlineTree::dropEvent(QDropEvent *event) {
    QTreeWidget::dropEvent(event);
    normalize();
    Q_EMIT arranged();
}

void OutlineTree::keyPressEvent(QKeyEvent *event) {
    if (event->modifiers() == Qt::AltModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

bool OutlineTree::moveCurrent(int step) {
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return false;
    if (isSection(item)) {
        const int from = indexOfTopLevelItem(item);
        const int to = from + step;
        if (to < 0 || to >= topLevelItemCount())
            return false;
        const bool expanded = item->isExpanded();
        takeTopLevelItem(from);
        insertTopLevelItem(to, item);
        item->setExpanded(expanded);
    } else {
        QTreeWidgetItem *section = item->parent();
        if (!section)
            return false;
        const int from = section->indexOfChild(item);
        const int to = from + step;
        if (to >= 0 && to < section->childCount()) {
            section->takeChild(from);
            section->insertChild(to, item);
        } else {
            // Past the edge of its section: into the next one, at the near end.
            const int other = indexOfTopLevelItem(section) + step;
            if (other < 0 || other >= topLevelItemCount())
                return false;
            QTreeWidgetItem *next = topLevelItem(other);
            section->takeChild(from);
            if (step < 0)
                next->addChild(item);
            else
                next->insertChild(0, item);
            next->setExpanded(true);
        }
    }
    setCurrentItem(item);
    scrollToItem(item);
    Q_EMIT arranged();
    return true;
}

void OutlineTree::normalize() {
    // A drop can put a lesson at the top level or a section inside another: lessons go into the
    // section above them, sections back to the top after the one they were dropped in.
    QTreeWidgetItem *lastSection = nullptr;
    for (int i = 0; i < topLevelItemCount();) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (isSection(item)) {
            for (int c = item->childCount() - 1; c >= 0; --c) {
                if (isSection(item->child(c)))
                    insertTopLevelItem(i + 1, item->takeChild(c));
                else
                    while (item->child(c)->childCount() > 0) // nothing lives in a lesson
                        item->insertChild(c + 1, item->child(c)->takeChild(0));
            }
            lastSection = item;
            ++i;
            continue;
        }
        takeTopLevelItem(i);
        if (lastSection) {
            lastSection->addChild(item);
            continue;
        }
        QTreeWidgetItem *below = nullptr;
        for (int j = i; j < topLevelItemCount() && !below; ++j)
            if (isSection(topLevelItem(j)))
                below = topLevelItem(j);
        if (!below) {
            below = makeSection(QString(), QString());
            insertTopLevelItem(i, below);
        }
        below->insertChild(0, item);
    }
}

OutlineEditor::OutlineEditor(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tree(new OutlineTree(this))
    , m_add(new QPushButton(tr("Add a section"), this))
    , m_remove(new QPushButton(tr("Remove the section"), this))
    , m_save(new QPushButton(tr("Save the order"), this))
    , m_addVideos(new QPushButton(tr("Add videos…"), this))
    , m_status(new QLabel(this))
    , m_uploads(new VideoUploads(client, this)) {
    setAcceptDrops(true); // video files dropped on the outline become lessons
    m_addVideos->setObjectName(QStringLiteral("AddVideos"));
    m_addVideos->setToolTip(tr("Several videos at once, each a new lesson (or drop the files "
                               "here)"));
    connect(m_addVideos, &QPushButton::clicked, this, &OutlineEditor::chooseVideos);
    setObjectName(QStringLiteral("OutlineEditor"));
    m_add->setObjectName(QStringLiteral("AddSection"));
    m_remove->setObjectName(QStringLiteral("RemoveSection"));
    m_remove->setToolTip(tr("Its lessons move to the section above"));
    m_save->setObjectName(QStringLiteral("SaveOutline"));
    m_save->setToolTip(tr("Save the order (Ctrl+S); sent when online"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_addVideos);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_uploads);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setDirty(false);
    connect(m_tree, &OutlineTree::arranged, this, [this] { setDirty(true); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (isSection(item))
            setDirty(true);
    });
    connect(m_add, &QPushButton::clicked, this, &OutlineEditor::addSection);
    connect(m_remove, &QPushButton::clicked, this, &OutlineEditor::removeSection);
    connect(m_save, &QPushButton::clicked, this, &OutlineEditor::save);
    connect(&m_client->studio(), &StudioService::outlineSaved, this,
            [this](const QString &courseId, const QString &error) {
                if (courseId != m_courseId)
                    return;
                m_status->setText(error.isEmpty()
                                      ? tr("Saved on this computer; learners see the new order "
                                           "once it is sent.")
                                      : tr("The order was not saved: %1").arg(error));
                if (error.isEmpty())
                    setDirty(false);
            });
}

void OutlineEditor::setCourse(const CourseDetail &detail, const courseoutline::Stored &stored) {
    const QSignalBlocker block(m_tree);
    m_courseId = detail.course.id;
    m_course = detail.course;
    m_tree->clear();
    QVector<CourseSection> sections = stored.sections;
    if (sections.isEmpty())
        sections.append({QString(), QString()}); // made on the first save
    QHash<QString, QTreeWidgetItem *> byId;
    for (const CourseSection &s : std::as_const(sections)) {
        QTreeWidgetItem *item = makeSection(s.id, s.title);
        m_tree->addTopLevelItem(item);
        byId.insert(s.id, item);
    }
    for (const Lesson &l : detail.lessons) // in position order
        byId.value(stored.lessonSection.value(l.id), m_tree->topLevelItem(0))
            ->addChild(makeLesson(l));
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_status->clear();
    setDirty(false);
}

QVector<courseoutline::Section> OutlineEditor::outline() const {
    QVector<courseoutline::Section> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        courseoutline::Section s;
        s.id = item->data(0, OutlineTree::kIdRole).toString();
        const bool untitled =
            item->data(0, Qt::UserRole + 3).toBool() && item->text(0) == tr("Lessons");
        s.title = untitled ? QString() : item->text(0).trimmed();
        for (int c = 0; c < item->childCount(); ++c)
            s.lessonIds << item->child(c)->data(0, OutlineTree::kIdRole).toString();
        out.append(s);
    }
    return out;
}

void OutlineEditor::addSection() {
    QTreeWidgetItem *item = makeSection(QString(), QString());
    item->setData(0, Qt::UserRole + 3, false);
    item->setText(0, tr("New section"));
    m_tree->addTopLevelItem(item);
    m_tree->setCurrentItem(item);
    m_tree->setFocus();
    m_tree->editItem(item);
    setDirty(true);
}

void OutlineEditor::removeSection() {
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && !isSection(item))
        item = item->parent();
    if (!item || m_tree->topLevelItemCount() < 2)
        return;
    const int index = m_tree->indexOfTopLevelItem(item);
    QTreeWidgetItem *heir = m_tree->topLevelItem(index > 0 ? index - 1 : 1);
    while (item->childCount() > 0)
        heir->addChild(item->takeChild(0));
    delete m_tree->takeTopLevelItem(index);
    m_tree->setCurrentItem(heir);
    setDirty(true);
}

void OutlineEditor::save() {
    if (m_courseId.isEmpty())
        return;
    // New sections get their ids here, once: a second save names the same sections.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, OutlineTree::kIdRole).toString().isEmpty())
            item->setData(0, OutlineTree::kIdRole,
                          QString(QStringLiteral("sec-") +
                                  QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    m_status->setText(tr("Saving…"));
    m_client->studio().saveOutline(m_courseId, outline());
}

void OutlineEditor::chooseVideos() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add videos"), QString(),
                                                            tr("Videos (*.mp4 *.m4v *.webm)"));
    if (!files.isEmpty())
        addVideos(files);
}

void OutlineEditor::addVideos(const QStringList &files) {
    if (m_courseId.isEmpty() || files.isEmpty())
        return;
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    Draft lessons;
    lessons.kind = QStringLiteral("lesson");
    lessons.courseId = m_courseId;
    PublishPlan plan = PublishConfirmDialog::planFor(lessons, m_course.title, m_course, 0);
    plan.what = tr("New lessons, one per video (%1): %2")
                    .arg(files.size())
                    .arg(names.join(QStringLiteral(", ")));
    PublishConfirmDialog confirm(plan, this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    const QStringList ids = m_client->studio().addVideoLessons(m_courseId, files);
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_uploads->track(ids.at(i), names.at(i));
    m_status->setText(tr("The lessons are published when online; their videos upload then."));
}

void OutlineEditor::dragEnterEvent(QDragEnterEvent *event) {
    if (!m_courseId.isEmpty() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void OutlineEditor::dropEvent(QDropEvent *event) {
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && (suffix == QLatin1String("mp4") || suffix == QLatin1String("m4v") ||
                                suffix == QLatin1String("webm")))
            files << path;
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addVideos(files);
}

bool OutlineEditor::hasUnsavedOrder() const {
    return m_save->isEnabled();
}

void OutlineEditor::setDirty(bool dirty) {
    m_save->setEnabled(dirty && !m_courseId.isEmpty());
    m_remove->setEnabled(m_tree->topLevelItemCount() > 1);
    if (dirty)
        m_status->setText(tr("Changed: save the order to send it."));
}

} // namespace lyceum::ui
