#pragma once

#include "core/BackupFolder.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace CampDesk {

// Help → Restore from Backup…: the workspace's rolling backups, newest
// first, with when and why each was written. Choosing one and confirming
// emits restoreRequested; the main window closes the workspace, puts the
// backup in its place (the current file is kept aside) and opens it again.
class RestoreBackupDialog final : public QDialog {
    Q_OBJECT

public:
    RestoreBackupDialog(const BackupFolder &folder, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }
    QList<BackupEntry> entries() const { return m_entries; }

Q_SIGNALS:
    void restoreRequested(const CampDesk::BackupEntry &backup);

private:
    void confirm();

    BackupFolder m_folder;
    QList<BackupEntry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_restore;
};

} // namespace CampDesk
