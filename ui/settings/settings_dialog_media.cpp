// SettingsDialog's player defaults and download folder (settings/settings_dialog.h).
#include "client/client.h"
#include "client/media_service.h"
#include "downloads/downloads_page.h"
#include "player/player_settings.h"
#include "settings/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace lyceum::ui {

QLayout *SettingsDialog::buildPlayer() {
    const PlayerDefaults saved = PlayerDefaults::load();
    m_speed->setObjectName(QStringLiteral("DefaultSpeedBox"));
    for (const double speed : PlayerDefaults::speeds())
        m_speed->addItem(speed == 1.0 ? tr("Normal (1×)") : QStringLiteral("%1×").arg(speed),
                         speed);
    m_speed->setCurrentIndex(qMax(0, m_speed->findData(saved.speed)));
    m_captions->setObjectName(QStringLiteral("DefaultCaptionsBox"));
    m_captions->setText(tr("Show &captions when a video has them"));
    m_captions->setChecked(saved.captions);
    m_captionSize->setObjectName(QStringLiteral("CaptionSizeBox"));
    for (const int percent : PlayerDefaults::captionPercents())
        m_captionSize->addItem(percent == 100 ? tr("Normal") : tr("%1 %").arg(percent), percent);
    m_captionSize->setCurrentIndex(qMax(0, m_captionSize->findData(saved.captionPercent)));
    auto *section = new QLabel(tr("Lesson videos"), this);
    section->setObjectName(QStringLiteral("SectionTitle"));
    auto *form = new QFormLayout;
    form->addRow(section);
    form->addRow(tr("Start at &speed"), m_speed);
    form->addRow(QString(), m_captions);
    form->addRow(tr("Caption si&ze"), m_captionSize);
    return form;
}

QLayout *SettingsDialog::buildDownloads() {
    m_downloadFolder->setObjectName(QStringLiteral("DownloadFolderEdit"));
    m_downloadFolder->setAccessibleName(tr("Download folder"));
    m_downloadFolder->setText(
        QSettings().value(QLatin1String(DownloadsPage::kFolderSetting)).toString());
    m_downloadFolder->setPlaceholderText(tr("In Lyceum's own data folder"));
    m_downloadFolder->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("ChooseDownloadFolder"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for downloaded lessons"), m_downloadFolder->text());
        if (!dir.isEmpty())
            m_downloadFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_downloadFolder, 1);
    row->addWidget(choose);
    auto *note = new QLabel(tr("Videos you download from now on are kept in this folder. Those "
                               "already downloaded stay where they are and still play; remove "
                               "one and download it again to move it. Paid videos are stored "
                               "encrypted and play only in Lyceum."),
                            this);
    note->setObjectName(QStringLiteral("Muted"));
    note->setWordWrap(true);
    auto *section = new QLabel(tr("Downloads"), this);
    section->setObjectName(QStringLiteral("SectionTitle"));
    auto *form = new QFormLayout;
    form->addRow(section);
    auto *folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_downloadFolder); // else the & shows as a character
    form->addRow(folderLabel, row);
    form->addRow(QString(), note);
    return form;
}

void SettingsDialog::applyPlayerAndDownloads() {
    PlayerDefaults chosen;
    chosen.speed = m_speed->currentData().toDouble();
    chosen.captions = m_captions->isChecked();
    chosen.captionPercent = m_captionSize->currentData().toInt();
    chosen.save();
    const QString folder = m_downloadFolder->text().trimmed();
    QSettings().setValue(QLatin1String(DownloadsPage::kFolderSetting),
                         folder.isEmpty() ? QString() : QDir::fromNativeSeparators(folder));
    m_client->media().setDownloadFolder(folder.isEmpty() ? QString()
                                                         : QDir::fromNativeSeparators(folder));
}

} // namespace lyceum::ui
