#include "ui/dialogs/RestoreBackupDialog.h"

#include "core/io/DataTable.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const BackupFolder &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_entries(folder.list())
    , m_table(new QTableWidget)
    , m_restore(new QPushButton(tr("&Restore…")))
{
    setObjectName(QStringLiteral("RestoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(
        m_entries.isEmpty()
            ? tr("There is no backup of this workspace yet. CampDesk writes one each day the workspace is opened, "
                 "and one before every upgrade, in %1.")
                  .arg(QDir::toNativeSeparators(folder.folder()))
            : tr("CampDesk writes a backup each day the workspace is opened, and one before every upgrade. "
                 "Restoring keeps the current file beside it, renamed, so nothing is lost."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Written"), tr("Why"), tr("Size")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setRowCount(int(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const BackupEntry &entry = m_entries.at(row);
        m_table->setItem(row, 0, cell(DataTable::dateTime(entry.writtenAt, locale)));
        m_table->setItem(row, 1, cell(BackupFolder::whyWritten(entry)));
        auto *size = cell(locale.formattedDataSize(entry.bytes, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, size);
    }
    m_table->resizeColumnToContents(0);
    if (!m_entries.isEmpty())
        m_table->selectRow(0);

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(!m_entries.isEmpty());
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::confirm);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RestoreBackupDialog::confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 360);
}

void RestoreBackupDialog::confirm()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const BackupEntry entry = m_entries.at(row);
    const auto answer = MessageBox::question(
        this, tr("Restore from Backup"),
        tr("Put the workspace back as it was on %1? Everything since then is replaced. The current file is kept "
           "next to it as “%2 before restore …”.")
            .arg(QLocale().toString(entry.writtenAt, QLocale::LongFormat),
                 QFileInfo(m_folder.workspacePath()).completeBaseName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    accept();
    Q_EMIT restoreRequested(entry);
}

} // namespace CampDesk
