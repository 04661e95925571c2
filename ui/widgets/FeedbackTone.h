#pragma once

class QWidget;

namespace CampDesk {

// The colours a feedback label speaks in, kept in one place so every
// dialog and palette tells "done" from "done, but look" from "wrong" the
// same way: an import that worked is never red for what it left to do.
enum class FeedbackTone { Success, Attention, Problem };

void setFeedbackTone(QWidget *widget, FeedbackTone tone);

} // namespace CampDesk
