#pragma once

#include "core/Error.h"
#include "core/speech/CampVariableRepository.h"

#include <QDialog>
#include <QMap>

#include <utility>

class QTableWidget;

namespace CampDesk {

class WorkspaceDocument;

// The camp's variables for placeholders: a name, the course day it is for
// (0: every day) and its value, e.g. course_link for day 3. OK replaces the
// camp's variables with the table as one undo step.
class CampVariablesDialog final : public QDialog {
    Q_OBJECT

public:
    CampVariablesDialog(WorkspaceDocument *document, qint64 campId, const QList<CampVariable> &variables,
                        QWidget *parent = nullptr);

private:
    // A camp's variables by name and course day: how the table and the
    // workspace are compared.
    using Keyed = QMap<std::pair<QString, int>, QString>;

    static Keyed keyed(const QList<CampVariable> &variables);
    static QList<CampVariable> listed(const Keyed &variables);
    // After a refused Save: the variables another operator added meanwhile
    // (in `now`, neither shown nor typed) join the table.
    void addTheirs(const Keyed &now, const Keyed &typed);
    void addRow(const QString &name, int day, const QString &value);
    // The table as the camp's variables; an error names the row.
    [[nodiscard]] Result<Keyed> tableVariables() const;
    void save();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    Keyed m_shown;
    QTableWidget *m_table;
};

} // namespace CampDesk
