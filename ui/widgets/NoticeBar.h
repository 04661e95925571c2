#pragma once

#include <QFrame>

class QLabel;

namespace CampDesk {

// A line of news across the top of the window that stays until the operator
// closes it (or another workspace opens), so it cannot be missed the way a
// status bar message is: "this workspace was brought up to date".
class NoticeBar final : public QFrame {
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows `text` (plain text); an empty one hides the bar.
    void showNotice(const QString &text);
    QString text() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace CampDesk
