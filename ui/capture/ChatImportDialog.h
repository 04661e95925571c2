#pragma once

#include "core/capture/ChatImporter.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace CampDesk {

class MemberChoiceDelegate;

class ChatImportJob;
class WorkspaceDocument;

// The chat-import wizard: choose a file (format, encoding and date order are
// detected, with overrides), map the senders to members once, import on a
// background thread with progress and Cancel, and read the summary with its
// warnings (each opens its line of the file).
class ChatImportDialog final : public QDialog {
    Q_OBJECT

public:
    enum Page { ChoosePage, MapPage, ProgressPage, SummaryPage };

    ChatImportDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent = nullptr);
    ~ChatImportDialog() override;

    void setFile(const QString &path);
    // Reads the file (in the background) and shows its senders.
    void scanFile();
    void startImport();
    void cancelImport();
    Page page() const;
    bool isBusy() const;

    QTableWidget *identityTable() const { return m_identities; }
    QListWidget *warningList() const { return m_warnings; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    QString scanInfoText() const;
    QPlainTextEdit *linePreview() const { return m_linePreview; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    // Shown once the file turns out to hold several chats.
    QComboBox *chatCombo() const { return m_chat; }
    QPushButton *acceptSuggestionsButton() const { return m_acceptSuggestions; }
    // Sets the decision for an identity row: a person id, or CreateMember / LeaveUnmapped.
    void setDecision(int row, qint64 decision);

    void reject() override;

private:
    ChatImportOptions currentOptions() const;
    void scanFinished();
    void importFinished();
    void showScan(const ChatScan &scan);
    void showSummary(const ChatImportSummary &summary);
    QString outsideStayText(const QList<MemberDayRef> &checkIns) const;
    void showLine(int line);
    void showProblem(const QString &message);
    // Asks which of a file's several chats to import (none is taken for the operator).
    void offerChats(const QStringList &chats);
    QString matchText(const ImportIdentity &identity) const;
    // Sets every undecided row with an acceptable suggestion to it.
    void acceptSuggestions();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_dateOrder;
    QComboBox *m_chat;
    QFormLayout *m_chooseForm = nullptr;
    QLabel *m_problem;
    QLabel *m_scanInfo;
    QTableWidget *m_identities;
    MemberChoiceDelegate *m_memberChoice;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_summary;
    QListWidget *m_warnings;
    QPlainTextEdit *m_linePreview;
    QPushButton *m_acceptSuggestions;
    QPushButton *m_next;
    QPushButton *m_cancel;
    ChatImportJob *m_job = nullptr;
    std::optional<ChatScan> m_scan;
    bool m_closeWhenDone = false;
    bool m_busy = false;
};

} // namespace CampDesk
