#include "ui/FileDialog.h"

#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

// Qt's own file dialog lists modification dates in CampDesk's language: a
// Chinese CampDesk says 2026/12/5, not "5 Dec", whatever the desktop's is.
TEST(FileDialogTest, DatesInTheListFollowTheInterfaceLanguage)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("camp.campdesk"));
    writeAll(path, "x");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });

    QFileDialog dialog(nullptr, QStringLiteral("Open"), QFileInfo(path).absolutePath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    FileDialog::speakOurLanguage(dialog);
    auto *files = dialog.findChild<QFileSystemModel *>();
    ASSERT_NE(files, nullptr);
    QSignalSpy loaded(files, &QFileSystemModel::directoryLoaded);
    dialog.show();
    auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    ASSERT_NE(view, nullptr);
    QModelIndex name;
    for (int attempt = 0; attempt < 50 && !name.isValid(); ++attempt) {
        loaded.wait(100);
        const QModelIndex root = view->rootIndex();
        for (int row = 0; row < view->model()->rowCount(root); ++row) {
            if (view->model()->index(row, 0, root).data().toString() == QLatin1String("camp.campdesk"))
                name = view->model()->index(row, 0, root);
        }
    }
    ASSERT_TRUE(name.isValid()) << "the file is listed";
    const QString shown = name.siblingAtColumn(3).data().toString();
    const QDateTime modified = QFileInfo(path).lastModified();
    EXPECT_EQ(shown, QLocale(QLocale::Chinese, QLocale::China).toString(modified, QLocale::ShortFormat));
    EXPECT_TRUE(shown.startsWith(QString::number(modified.date().year()))) << shown.toStdString();
    dialog.close();
}
