#include "ui/FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

namespace CampDesk {

namespace {

// Qt's file dialogs name file kinds through QAbstractFileIconProvider, which
// Qt's own Chinese translation leaves out (the dialog said "Folder"): ours
// carries these few, and a translator looks them up in every installed file.
[[maybe_unused]] const char *const fileKinds[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
};

// Qt's file list writes its dates in the system's language ("5 Dec" in a
// Chinese CampDesk on an English desktop); this writes them in CampDesk's.
class LocalDatesModel final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        constexpr int DateColumn = 3;
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (files && role == Qt::DisplayRole && index.column() == DateColumn)
            return QLocale().toString(files->lastModified(mapToSource(index)), QLocale::ShortFormat);
        return QIdentityProxyModel::data(index, role);
    }
};

QString run(QFileDialog &dialog)
{
    FileDialog::speakOurLanguage(dialog);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace

QString FileDialog::s_nextFileName;
bool FileDialog::s_hasNext = false;

bool FileDialog::takeNext(QString &fileName)
{
    if (!s_hasNext)
        return false;
    fileName = std::exchange(s_nextFileName, QString());
    s_hasNext = false;
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog);
}

void FileDialog::speakOurLanguage(QFileDialog &dialog)
{
    dialog.setProxyModel(new LocalDatesModel(&dialog));
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

} // namespace CampDesk
