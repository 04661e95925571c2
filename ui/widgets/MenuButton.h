#pragma once

class QMenu;
class QToolButton;

namespace CampDesk {

// Gives a text tool button its drop-down menu with the arrow after the text
// (▾), where Fusion would draw its own arrow over the last letters.
void attachMenu(QToolButton *button, QMenu *menu);

} // namespace CampDesk
