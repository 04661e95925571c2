#pragma once

#include "core/roster/ViolationRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace CampDesk {

// Logs a violation: when, which rule, the evidence, and what was done. The
// action starts at what the camp's policy says is next.
class ViolationDialog final : public QDialog {
    Q_OBJECT

public:
    ViolationDialog(const QString &memberName, bool nextMeansRemoval, QDate today, QWidget *parent = nullptr);

    Violation violation() const;
    void setEvidence(const QString &evidence);

private:
    QDateEdit *m_date;
    QComboBox *m_rule;
    QPlainTextEdit *m_evidence;
    QComboBox *m_action;
};

} // namespace CampDesk
