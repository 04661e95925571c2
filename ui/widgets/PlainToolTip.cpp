#include "ui/widgets/PlainToolTip.h"

#include <QTextDocument>

namespace CampDesk {

QString plainToolTip(const QString &text)
{
    // Empty stays empty: an empty string means "no tool tip" to Qt.
    return text.isEmpty() ? text : Qt::convertFromPlainText(text);
}

} // namespace CampDesk
