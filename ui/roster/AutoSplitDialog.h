#pragma once

#include "core/roster/Roster.h"
#include "core/roster/SubgroupRepository.h"
#include "core/roster/SubgroupSplitter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace CampDesk {

class WorkspaceDocument;

// Auto-split: by number of groups or target size, balancing roles (and
// optionally cities or occupations), from a seed; a preview of every group
// before anything changes, then one undo step.
class AutoSplitDialog final : public QDialog {
    Q_OBJECT

public:
    // `existing`: the camp's subgroups, filled first; `roster`: its members.
    AutoSplitDialog(WorkspaceDocument *document, qint64 campId, const QList<Subgroup> &existing,
                    const QList<RosterEntry> &roster, QWidget *parent = nullptr);

    void setGroups(int groups);
    const QHash<qint64, int> &assignment() const { return m_assignment; }

private:
    SubgroupSplitter::Options options() const;
    QString groupName(int index) const;
    void updatePreview();
    void apply();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    QList<RosterEntry> m_members; // the non-staff members, the ones split
    QList<Subgroup> m_existing;
    QHash<qint64, int> m_assignment;
    QRadioButton *m_byCount;
    QSpinBox *m_groups;
    QSpinBox *m_size;
    QCheckBox *m_cities;
    QCheckBox *m_occupations;
    QSpinBox *m_seed;
    QLineEdit *m_names;
    QTableWidget *m_preview;
};

} // namespace CampDesk
