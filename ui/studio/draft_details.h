// What a draft needs besides its text, by kind: a course's price and outline of lessons, a
// lesson's course and free preview, where a post or an announcement goes. Filled from the
// cache (the spaces, the creator's courses); every change is reported so the editor saves it.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lyceum {
class Client;
struct Draft;
} // namespace lyceum

namespace lyceum::ui {

class DraftDetails : public QWidget {
    Q_OBJECT
public:
    DraftDetails(Client *client, QWidget *parent = nullptr);

    // Shows the fields of the draft's kind with its values (signals blocked).
    void setDraft(const Draft &draft);
    // Writes the fields into the draft (courseId, spaceId, extra).
    void apply(Draft *draft) const;
    // Empty when the draft can be published, else what is missing (for the user).
    QString missing(const Draft &draft) const;

    QComboBox *placeBox() const { return m_place; }
    QDoubleSpinBox *priceBox() const { return m_price; }
    QPlainTextEdit *outlineEdit() const { return m_outline; }
    QCheckBox *freePreviewBox() const { return m_freePreview; }
    // A lesson's video: a file on this computer, uploaded to the lesson once it is published.
    void setVideoFile(const QString &path); // empty: none
    QLabel *videoLabel() const { return m_video; }

Q_SIGNALS:
    void changed();

private:
    void fillPlaces(const QString &kind, const QString &courseId, const QString &spaceId);

    Client *m_client;
    QString m_kind;
    bool m_editsPublished = false;
    QJsonObject m_extra;
    QFormLayout *m_form;
    QLabel *m_placeLabel;
    QComboBox *m_place;
    QDoubleSpinBox *m_price;
    QPlainTextEdit *m_outline;
    QCheckBox *m_freePreview;
    QWidget *m_videoRow;
    QLabel *m_video;
    QPushButton *m_removeVideo;
    void showVideo();
};

} // namespace lyceum::ui
