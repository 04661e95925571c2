#pragma once

#include "core/roster/DelimitedText.h"
#include "core/roster/RosterColumns.h"
#include "core/roster/RosterImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace CampDesk {

class WorkspaceDocument;

// Imports members from a roster file or a spreadsheet paste: the column
// mapping (guessed from the headers, changeable), a preview of every row with
// its match and problems, and nothing written until Import — then one
// transaction and one undo step.
class RosterImportDialog final : public QDialog {
    Q_OBJECT

public:
    RosterImportDialog(WorkspaceDocument *document, qint64 campId, const QString &sourceName, const QString &text,
                       const QString &encoding, QWidget *parent = nullptr);

    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    const RosterImportPlan &plan() const { return m_plan; }
    void setField(int column, RosterField field);

private:
    void replan();
    void import();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    QString m_sourceName;
    QList<TextRow> m_rows;
    QList<QComboBox *> m_mapping;
    RosterImportPlan m_plan;
    QString m_problem;
    QTableWidget *m_preview;
    QCheckBox *m_merges;
    QLabel *m_summary;
};

} // namespace CampDesk
