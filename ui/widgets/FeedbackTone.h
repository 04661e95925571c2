#pragma once

class QLabel;

namespace CampDesk {

// The two colours a feedback or problem label speaks in, kept in one place
// so every dialog and palette tells "done" from "wrong" the same way.
enum class FeedbackTone { Success, Problem };

void setFeedbackTone(QLabel *label, FeedbackTone tone);

} // namespace CampDesk
