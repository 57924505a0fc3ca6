#include "studio/draft_details.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "client/discussions_service.h"
#include "client/studio_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace lyceum::ui {

namespace {
// Place ids in the combo: "s:<space>" or "c:<course>".
QString placeKey(const QString &courseId, const QString &spaceId) {
    return !courseId.isEmpty()  ? QStringLiteral("c:") + courseId
           : !spaceId.isEmpty() ? QStringLiteral("s:") + spaceId
                                : QString();
}
} // namespace

DraftDetails::DraftDetails(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_form(new QFormLayout(this))
    , m_placeLabel(new QLabel(this))
    , m_place(new QComboBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_outline(new QPlainTextEdit(this))
    , m_freePreview(new QCheckBox(tr("Free preview: anyone may watch or read it"), this))
    , m_videoRow(new QWidget(this))
    , m_video(new QLabel(this))
    , m_removeVideo(new QPushButton(tr("Remove"), this)) {
    setObjectName(QStringLiteral("DraftDetails"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_place->setObjectName(QStringLiteral("DraftPlace"));
    m_place->setMinimumContentsLength(24);
    m_place->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_price->setObjectName(QStringLiteral("DraftPrice"));
    m_price->setRange(0, 1000000);
    m_price->setDecimals(2);
    m_price->setPrefix(QStringLiteral("¥"));
    m_price->setSpecialValueText(tr("Free"));
    m_price->setAccessibleName(tr("Price"));
    m_outline->setObjectName(QStringLiteral("DraftOutline"));
    m_outline->setPlaceholderText(tr("One lesson title per line"));
    m_outline->setAccessibleName(tr("Lessons"));
    m_outline->setTabChangesFocus(true);
    m_outline->setFixedHeight(m_outline->fontMetrics().lineSpacing() * 4 + 14);
    m_placeLabel->setBuddy(m_place);
    m_form->addRow(m_placeLabel, m_place);
    m_form->addRow(tr("&Price"), m_price);
    m_form->addRow(tr("&Lessons"), m_outline);
    m_form->addRow(QString(), m_freePreview);
    auto *attach = new QPushButton(tr("Attach a video…"), m_videoRow);
    attach->setObjectName(QStringLiteral("AttachVideo"));
    m_video->setObjectName(QStringLiteral("DraftVideo"));
    m_video->setTextFormat(Qt::PlainText);
    auto *videoLayout = new QHBoxLayout(m_videoRow);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->addWidget(m_video, 1);
    videoLayout->addWidget(m_removeVideo);
    videoLayout->addWidget(attach);
    m_form->addRow(tr("Video"), m_videoRow);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a video"), QString(),
                                                          tr("Videos (*.mp4 *.m4v *.webm)"));
        if (!path.isEmpty())
            setVideoFile(path);
    });
    connect(m_removeVideo, &QPushButton::clicked, this, [this] { setVideoFile({}); });
    connect(m_place, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT changed(); });
    connect(m_outline, &QPlainTextEdit::textChanged, this, [this] { Q_EMIT changed(); });
    connect(m_freePreview, &QCheckBox::toggled, this, [this] { Q_EMIT changed(); });
}

void DraftDetails::setDraft(const Draft &d) {
    const QSignalBlocker b1(m_place), b2(m_price), b3(m_outline), b4(m_freePreview);
    m_kind = d.kind;
    m_extra = d.extra;
    m_editsPublished = !d.targetId.isEmpty();
    const bool course = d.kind == QLatin1String("course");
    const bool lesson = d.kind == QLatin1String("lesson");
    m_form->setRowVisible(m_price, course);
    m_form->setRowVisible(m_outline, course && !m_editsPublished);
    m_form->setRowVisible(m_freePreview, lesson);
    m_form->setRowVisible(m_videoRow, lesson);
    showVideo();
    m_form->setRowVisible(m_place, !course);
    m_placeLabel->setText(lesson ? tr("&Course") : tr("&Where"));
    m_price->setValue(double(d.extra.value(QLatin1StringView("price")).toInteger()) / 100.0);
    QStringList titles;
    for (const QJsonValue &v : d.extra.value(QLatin1StringView("outline")).toArray())
        titles << v[QLatin1StringView("title")].toString();
    m_outline->setPlainText(titles.join(QLatin1Char('\n')));
    m_freePreview->setChecked(d.extra.value(QLatin1StringView("free_preview")).toBool());
    m_place->setEnabled(!m_editsPublished);
    if (!course)
        fillPlaces(d.kind, d.courseId, d.spaceId);
}

void DraftDetails::setVideoFile(const QString &path) {
    // A new file is a new upload: what was sent of another one does not count.
    m_extra.remove(QStringLiteral("video_asset_id"));
    m_extra.remove(QStringLiteral("upload_id"));
    if (path.isEmpty())
        m_extra.remove(QStringLiteral("video_path"));
    else
        m_extra.insert(QStringLiteral("video_path"), path);
    showVideo();
    Q_EMIT changed();
}

void DraftDetails::showVideo() {
    const QString path = m_extra.value(QLatin1StringView("video_path")).toString();
    const QFileInfo info(path);
    if (path.isEmpty())
        m_video->setText(tr("No video: a text lesson"));
    else if (!m_extra.value(QLatin1StringView("video_asset_id")).toString().isEmpty())
        m_video->setText(tr("%1 (uploaded)").arg(info.fileName()));
    else
        m_video->setText(tr("%1 (%2 MB, uploaded once the lesson is published)")
                             .arg(info.fileName())
                             .arg(double(info.size()) / 1e6, 0, 'f', 1));
    m_removeVideo->setVisible(!path.isEmpty());
}

void DraftDetails::fillPlaces(const QString &kind, const QString &courseId,
                              const QString &spaceId) {
    const QString wanted = placeKey(courseId, spaceId);
    const bool lesson = kind == QLatin1String("lesson");
    const std::optional<User> me = m_client->currentUser();
    const QString myId = me ? me->id : QString();
    const bool admin = me && me->role == Role::Admin;
    m_place->clear();
    m_place->addItem(lesson ? tr("Choose a course…") : tr("Choose where it goes…"), QString());
    // The draft's place once the list has it, unless the user chose one meanwhile.
    const auto select = [this, wanted] {
        if (m_place->currentIndex() > 0)
            return;
        const QSignalBlocker block(m_place);
        const int i = m_place->findData(wanted);
        m_place->setCurrentIndex(i < 0 ? 0 : i);
    };
    // A cache that cannot give its courses leaves only the spaces to choose (the catalogue says
    // why); the draft stays editable.
    auto addCourses = [this, myId, admin, lesson, select](Result<QVector<CourseSummary>> courses) {
        for (const CourseSummary &c : courses.valueOr({}))
            if (c.course.creatorId == myId || admin)
                m_place->addItem(lesson ? c.course.title : tr("Course: %1").arg(c.course.title),
                                 placeKey(c.course.id, {}));
        select();
    };
    if (lesson) {
        m_client->discovery().fetchCourses(this, addCourses);
        return;
    }
    m_client->discussions().fetchSpaces(this, [this, addCourses, select](QVector<Space> spaces) {
        {
            const QSignalBlocker block(m_place);
            for (const Space &s : spaces)
                m_place->addItem(tr("Space: %1").arg(s.name), placeKey({}, s.id));
        }
        select();
        m_client->discovery().fetchCourses(this, addCourses);
    });
}

void DraftDetails::apply(Draft *d) const {
    const QString key = m_place->currentData().toString();
    if (d->kind == QLatin1String("course")) {
        d->extra = m_extra;
        d->extra.insert(QStringLiteral("price"), qint64(qRound64(m_price->value() * 100)));
        // Titles keep the ids they were given when published once.
        QHash<QString, QString> ids;
        for (const QJsonValue &v : m_extra.value(QLatin1StringView("outline")).toArray())
            ids.insert(v[QLatin1StringView("title")].toString(),
                       v[QLatin1StringView("id")].toString());
        QJsonArray outline;
        for (const QString &line : m_outline->toPlainText().split(QLatin1Char('\n'))) {
            const QString title = line.trimmed();
            if (!title.isEmpty())
                outline.append(QJsonObject{{QStringLiteral("id"), ids.value(title)},
                                           {QStringLiteral("title"), title}});
        }
        d->extra.insert(QStringLiteral("outline"), outline);
        return;
    }
    d->extra = m_extra;
    if (m_place->currentIndex() > 0) { // a place chosen (not the prompt, nor a list filling)
        d->courseId = key.startsWith(QLatin1String("c:")) ? key.mid(2) : QString();
        d->spaceId = key.startsWith(QLatin1String("s:")) ? key.mid(2) : QString();
    }
    if (d->kind == QLatin1String("lesson"))
        d->extra.insert(QStringLiteral("free_preview"), m_freePreview->isChecked());
}

QString DraftDetails::missing(const Draft &d) const {
    if (d.title.trimmed().isEmpty())
        return tr("Give it a title first.");
    if (d.kind == QLatin1String("lesson") && d.courseId.isEmpty())
        return tr("Choose the course this lesson belongs to.");
    if ((d.kind == QLatin1String("post") || d.kind == QLatin1String("announcement")) &&
        d.courseId.isEmpty() && d.spaceId.isEmpty())
        return tr("Choose where to post it.");
    if ((d.kind == QLatin1String("post") || d.kind == QLatin1String("announcement")) &&
        d.body.trimmed().isEmpty())
        return tr("Write something to post.");
    return {};
}

} // namespace lyceum::ui
