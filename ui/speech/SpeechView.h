#pragma once

#include "ui/speech/SpeechCopier.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace CampDesk {

struct SpeechTemplate;

class QuickCopyPalette;
class SpeechCardList;
class SpeechListModel;
class LazyRefresh;
class WorkspaceDocument;

// The speech library (话术库) of a camp: categories, search (pinyin initials
// work), cards rendered for the chosen day, one-click copy, rotation, and
// the always-on-top palette for live activities.
class SpeechView final : public QWidget {
    Q_OBJECT

public:
    explicit SpeechView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~SpeechView() override;

    void setCampId(qint64 id);
    // Today: the day lines are filled for, within the camp's course days.
    void setToday(QDate today);
    CopyContext copyContext() const;
    SpeechCardList *cards() const { return m_cards; }
    QuickCopyPalette *palette() const { return m_palette; }
    QString feedback() const;

    // Copies a line for the current context; the one path all copies take.
    bool copySpeech(qint64 id);
    // Copies the next line of the selected line's category (rotation).
    bool copyNextLine();
    void copyFavourite(int number);
    void newSpeech();
    void editSpeech(qint64 id);
    void deleteSpeech(qint64 id);
    void showPalette();
    void editVariables();
    void importLibrary();
    void exportLibrary();
    void exportCsv();

private:
    // The editor filled with `shown`, its edit made on `original`.
    void openEditor(const SpeechTemplate &original, const SpeechTemplate &shown);
    void loadLibrary();
    void buildLayout();
    void refreshCategories();
    void applyCategory();
    void showFeedback(const QString &text, bool error);
    QDate defaultDay() const;
    // "Copied … (used n times)" and the card selected.
    void showCopied(const SpeechTemplate &speech);
    // Asks for the values a line lacks and keeps them; false when it cannot
    // be filled that way or the user cancels.
    bool askForMissingValues(const SpeechTemplate &speech);

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    QDate m_today;
    LazyRefresh *m_load = nullptr; // the library fills when it is first seen
    SpeechListModel *m_model;
    SpeechCardList *m_cards = nullptr;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_member = nullptr;
    QLineEdit *m_staff = nullptr;
    QLabel *m_feedback = nullptr;
    QTimer *m_feedbackTimer = nullptr;
    QPointer<QuickCopyPalette> m_palette;
};

} // namespace CampDesk
