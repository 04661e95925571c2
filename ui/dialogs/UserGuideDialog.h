#pragma once

#include <QDialog>

class QTextBrowser;

namespace CampDesk {

// Help → User Guide: the README's "Using CampDesk" and "Command line" parts,
// built into the program, so the manual is there without a network or the
// source tree and always matches the version at hand. The Chinese interface
// shows the same parts in Chinese (docs/USER_GUIDE.zh_CN.md).
class UserGuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's Markdown in the interface's language: cut out of the
    // README shipped as a resource, or the Chinese guide.
    static QString guideMarkdown();

private:
    QTextBrowser *m_browser;
};

} // namespace CampDesk
