#include "ui/widgets/MenuButton.h"

#include <QMenu>
#include <QToolButton>

namespace CampDesk {

void attachMenu(QToolButton *button, QMenu *menu)
{
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setText(button->text() + QStringLiteral(" ▾"));
    button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
}

} // namespace CampDesk
