#pragma once

#include "core/roster/DelimitedText.h"
#include "core/roster/RosterColumns.h"
#include "core/roster/RosterImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
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

    // Offers the file's other readings (the encoding detected, or one
    // chosen), for a file whose text came out wrong: the rows read again.
    void offerEncodings(const QByteArray &bytes, const QString &detected);

    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    const RosterImportPlan &plan() const { return m_plan; }
    void setField(int column, RosterField field);

private:
    void load(const QString &text, const QString &encoding);
    void reread();
    void replan();
    void import();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    QString m_sourceName;
    QByteArray m_bytes; // the file's, when it can be read in another encoding
    QLabel *m_source;
    QComboBox *m_encoding;
    QWidget *m_encodingBox = nullptr; // the encoding and its label
    QGridLayout *m_mappingGrid;
    QList<TextRow> m_rows;
    QList<QComboBox *> m_mapping;
    QList<QWidget *> m_mappingWidgets; // each column's header and combo
    RosterImportPlan m_plan;
    QString m_problem;
    QTableWidget *m_preview;
    QCheckBox *m_merges;
    QLabel *m_summary;
    QPushButton *m_importButton;
};

} // namespace CampDesk
