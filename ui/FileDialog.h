#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace CampDesk {

// File dialogs go through here so tests can supply the file a user would
// pick (KeePassXC's seam): setNextFileName() answers the next call.
class FileDialog final {
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

    static void setNextFileName(const QString &fileName);
    // Dates in the dialog's own file list in CampDesk's language, not the
    // system's (a native dialog keeps the system's, as every program's does).
    static void speakOurLanguage(QFileDialog &dialog);

private:
    static bool takeNext(QString &fileName);

    static QString s_nextFileName;
    static bool s_hasNext;
};

} // namespace CampDesk
