#include "ui/dialogs/UserGuideDialog.h"

#include "core/Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CampDesk {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("CampDesk User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(guideMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 720);
}

QString UserGuideDialog::guideMarkdown()
{
    // The Chinese interface has a guide of its own: the same parts, written
    // in Chinese (docs/USER_GUIDE.zh_CN.md, which a test holds to the
    // README's headings and commands).
    const bool chinese = Translations::currentLanguage() == QLatin1String("zh_CN");
    QFile file(chinese ? QStringLiteral(":/guide/docs/USER_GUIDE.zh_CN.md") : QStringLiteral(":/guide/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build of CampDesk.");
    if (chinese)
        return QString::fromUtf8(file.readAll());
    const QString readme = QString::fromUtf8(file.readAll());
    // From "Using CampDesk" to the file formats: what an operator needs.
    const qsizetype from = readme.indexOf(QStringLiteral("\n## Using CampDesk"));
    const qsizetype to = readme.indexOf(QStringLiteral("\n## File formats"));
    if (from < 0)
        return readme;
    return readme.mid(from, to > from ? to - from : -1);
}

} // namespace CampDesk
