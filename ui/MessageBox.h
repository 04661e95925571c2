#pragma once

#include <QMessageBox>
#include <QStringList>

#include <functional>
#include <optional>

namespace CampDesk {

// Every message box of the app goes through here so tests can answer modal
// questions without a user (KeePassXC's seam): setNextAnswer() makes the next
// call return at once with that button.
class MessageBox final {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Asks for one line of text; empty optional when cancelled (or, without
    // a user, when no test answer is queued with setNextText()).
    static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label);
    static void setNextText(const QString &text); // queued: one per question

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The same, and `whileShown` runs first, as what the user does while the
    // box is up (a test releases a lock the box is about).
    static void setNextAnswer(QMessageBox::StandardButton answer, std::function<void()> whileShown);
    // In test mode a box nobody answered returns its default at once and is
    // logged, so a forgotten answer fails a test instead of hanging it.
    // It forgets the last text shown (lastText).
    static void setTestMode(bool enabled);
    // Nobody is at the screen (a screenshot run): every box goes to `report`
    // and is answered with its default at once, so nothing waits on a click.
    // An empty function ends that.
    static void setUnattended(std::function<void(const QString &text)> report);
    // The text of the last message shown, answered or not (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton takeAnswer(const QString &text, QMessageBox::StandardButton fallback);

    static bool answeredWithoutUser(const QString &text, QMessageBox::StandardButton fallback,
                                    QMessageBox::StandardButton &answer);

    static QMessageBox::StandardButton s_nextAnswer;
    static std::function<void()> s_whileShown;
    static bool s_testMode;
    static std::function<void(const QString &)> s_unattended;
    static QString s_lastText;
    static QStringList s_nextTexts;
};

} // namespace CampDesk
