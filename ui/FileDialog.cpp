#include "FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

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
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

} // namespace CampDesk
