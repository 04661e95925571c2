#include "FeedbackTone.h"

#include <QLabel>

namespace CampDesk {

void setFeedbackTone(QLabel *label, FeedbackTone tone)
{
    label->setStyleSheet(tone == FeedbackTone::Success ? QStringLiteral("color: #1B7A3A;")
                                                       : QStringLiteral("color: #B3261E;"));
}

} // namespace CampDesk
