#include "ui/widgets/FeedbackTone.h"

#include <QWidget>

namespace CampDesk {

void setFeedbackTone(QWidget *widget, FeedbackTone tone)
{
    switch (tone) {
    case FeedbackTone::Success:
        widget->setStyleSheet(QStringLiteral("color: #1B7A3A;"));
        return;
    case FeedbackTone::Attention:
        widget->setStyleSheet(QStringLiteral("color: #8A5300;"));
        return;
    case FeedbackTone::Problem:
        widget->setStyleSheet(QStringLiteral("color: #B3261E;"));
        return;
    }
}

} // namespace CampDesk
