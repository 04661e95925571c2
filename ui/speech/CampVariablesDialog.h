#pragma once

#include <QDialog>

class QTableWidget;

namespace CampDesk {

class WorkspaceDocument;

// The camp's variables for placeholders: a name, the course day it is for
// (0: every day) and its value, e.g. course_link for day 3.
class CampVariablesDialog final : public QDialog
{
    Q_OBJECT

public:
    CampVariablesDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent = nullptr);

private:
    void addRow(const QString &name, int day, const QString &value);
    void save();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    QTableWidget *m_table;
};

} // namespace CampDesk
