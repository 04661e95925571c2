#pragma once

#include "ui/speech/SpeechCopier.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CampDesk {

class SpeechCardList;
class SpeechListModel;
class WorkspaceDocument;

// A small always-on-top window for live activities: the lines of the chosen
// categories with one-click copy and use counts, and "copy next" rotation,
// usable while the chat app is in front.
class QuickCopyPalette final : public QWidget {
    Q_OBJECT

public:
    explicit QuickCopyPalette(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setContext(const CopyContext &context);
    void setCategories(const QSet<SpeechCategory> &categories);
    SpeechCardList *cards() const { return m_cards; }
    QString feedback() const;

    bool copySpeech(qint64 id);
    bool copyNext();
    // Copies the prepared text of the activity running now (or next today).
    bool copyActivityText();
    qint64 currentActivityId() const { return m_activityId; }

private:
    void showFeedback(const QString &text, bool error);
    void findCurrentActivity();
    void listNextCategories();

    // The live categories: atmosphere lines first, then what is posted
    // during activities.
    const QList<SpeechCategory> m_live {SpeechCategory::WarmUp,
                                        SpeechCategory::Hype,
                                        SpeechCategory::Praise,
                                        SpeechCategory::SteerBack,
                                        SpeechCategory::CheckInReminder,
                                        SpeechCategory::Welcome,
                                        SpeechCategory::SharingInvitation,
                                        SpeechCategory::Ceremony};

    WorkspaceDocument *m_document;
    CopyContext m_context;
    SpeechListModel *m_model;
    SpeechCardList *m_cards;
    QComboBox *m_nextCategory;
    QPushButton *m_nextButton;
    QLineEdit *m_member;
    QLabel *m_feedback;
    QPushButton *m_activityButton;
    qint64 m_activityId = 0;
    qint64 m_activitySpeechId = 0;
    QSet<SpeechCategory> m_categories;
};

} // namespace CampDesk
