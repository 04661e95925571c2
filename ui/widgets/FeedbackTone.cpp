#include "ui/widgets/FeedbackTone.h"

#include <QLabel>

namespace CampDesk {

void setFeedbackTone(QLabel *label, FeedbackTone tone)
{
    switch (tone) {
    case FeedbackTone::Success:
        label->setStyleSheet(QStringLiteral("color: #1B7A3A;"));
        return;
    case FeedbackTone::Attention:
        label->setStyleSheet(QStringLiteral("color: #8A5300;"));
        return;
    case FeedbackTone::Problem:
        label->setStyleSheet(QStringLiteral("color: #B3261E;"));
        return;
    }
}

} // namespace CampDesk
