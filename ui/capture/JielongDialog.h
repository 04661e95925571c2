#pragma once

#include "core/capture/JielongMatcher.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace CampDesk {

class MemberChoiceDelegate;
class WorkspaceDocument;

// Paste (or load) a 接龙 list, see which member each entry names, choose the
// ones CampDesk could only guess (its suggestions and their reasons are
// offered, never chosen for the operator), and record the check-ins for a
// day or a check-in activity in one undo step.
class JielongDialog final : public QDialog {
    Q_OBJECT

public:
    JielongDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent = nullptr);

    void setText(const QString &text);
    void loadFile();
    void setDay(QDate day);
    // Entry row → the member chosen for it (0: skip).
    void choose(int row, qint64 personId);
    // Entry row → the member chosen for it (0: skip).
    qint64 chosenPerson(int row) const;
    // What "Accept Suggestions" would choose for each row (0: nothing).
    QList<qint64> acceptable() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *acceptSuggestionsButton() const { return m_acceptSuggestions; }
    QLabel *summary() const { return m_summary; }
    QComboBox *dayCombo() const { return m_day; }
    QComboBox *activityCombo() const { return m_activity; }

    void accept() override;

private:
    void rematch();
    void refillActivities();
    void updateSummary();
    void acceptSuggestions();
    // What Record would write: the check-ins, the names taught, who is left out.
    JielongRecording currentRecording() const;

    WorkspaceDocument *m_document;
    qint64 m_campId;
    QPlainTextEdit *m_text;
    QComboBox *m_day;
    QComboBox *m_activity;
    QTableWidget *m_table;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_acceptSuggestions;
    MemberChoiceDelegate *m_memberChoice;
    QList<JielongMatch> m_matches;
    // Who is in the camp when (JielongMatcher::recording), read when the dialog opens.
    QList<Membership> m_memberships;
};

} // namespace CampDesk
