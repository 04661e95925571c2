#include "ui/MessageBox.h"

#include <QInputDialog>
#include <QLineEdit>

namespace CampDesk {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QStringList MessageBox::s_nextTexts;
std::function<void()> MessageBox::s_whileShown;
bool MessageBox::s_testMode = false;
std::function<void(const QString &)> MessageBox::s_unattended;

bool MessageBox::answeredWithoutUser(const QString &text, QMessageBox::StandardButton fallback,
                                     QMessageBox::StandardButton &answer)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        answer = takeAnswer(text, fallback);
        return true;
    }
    if (s_testMode) {
        qWarning("Unanswered message box: %s", qUtf8Printable(text));
        answer = takeAnswer(text, fallback);
        return true;
    }
    if (s_unattended) {
        s_unattended(text);
        answer = takeAnswer(text, fallback);
        return true;
    }
    return false;
}

QMessageBox::StandardButton MessageBox::takeAnswer(const QString &text, QMessageBox::StandardButton fallback)
{
    s_lastText = text;
    const QMessageBox::StandardButton answer = s_nextAnswer;
    s_nextAnswer = QMessageBox::NoButton;
    if (auto whileShown = std::exchange(s_whileShown, {}))
        whileShown();
    return answer == QMessageBox::NoButton ? fallback : answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (answeredWithoutUser(text, defaultButton, answer))
        return answer;
    s_lastText = text;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

std::optional<QString> MessageBox::getText(QWidget *parent, const QString &title, const QString &label)
{
    s_lastText = label;
    if (!s_nextTexts.isEmpty())
        return s_nextTexts.takeFirst();
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (answeredWithoutUser(label, QMessageBox::Cancel, answer))
        return std::nullopt;
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void MessageBox::setNextText(const QString &text)
{
    s_nextTexts.append(text);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (answeredWithoutUser(text, QMessageBox::Ok, answer))
        return;
    s_lastText = text;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (answeredWithoutUser(text, QMessageBox::Ok, answer))
        return;
    s_lastText = text;
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
    s_whileShown = {};
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer, std::function<void()> whileShown)
{
    s_nextAnswer = answer;
    s_whileShown = std::move(whileShown);
}

void MessageBox::setTestMode(bool enabled)
{
    s_testMode = enabled;
    s_lastText.clear(); // a test asks about its own messages, not an earlier test's
}

void MessageBox::setUnattended(std::function<void(const QString &text)> report)
{
    s_unattended = std::move(report);
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace CampDesk
