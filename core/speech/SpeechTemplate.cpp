#include "core/speech/SpeechTemplate.h"

#include <QCoreApplication>

namespace CampDesk::SpeechCategories {

namespace {
struct Entry {
    SpeechCategory category;
    const char *key;
    const char *name;
};

// The names are marked for translation here and translated in displayName().
const Entry entries[] = {
    {SpeechCategory::Welcome, "welcome", QT_TRANSLATE_NOOP("SpeechCategory", "Welcome")},
    {SpeechCategory::GroupRules, "group_rules", QT_TRANSLATE_NOOP("SpeechCategory", "Group rules")},
    {SpeechCategory::SelfIntroduction, "self_introduction",
     QT_TRANSLATE_NOOP("SpeechCategory", "Self-introduction invitation")},
    {SpeechCategory::DailyAnnouncement, "daily_announcement",
     QT_TRANSLATE_NOOP("SpeechCategory", "Daily announcement")},
    {SpeechCategory::Digest, "digest", QT_TRANSLATE_NOOP("SpeechCategory", "Digest")},
    {SpeechCategory::CheckInReminder, "check_in_reminder", QT_TRANSLATE_NOOP("SpeechCategory", "Check-in reminder")},
    {SpeechCategory::WarmUp, "warm_up", QT_TRANSLATE_NOOP("SpeechCategory", "Atmosphere: warm-up")},
    {SpeechCategory::Hype, "hype", QT_TRANSLATE_NOOP("SpeechCategory", "Atmosphere: hype")},
    {SpeechCategory::Praise, "praise", QT_TRANSLATE_NOOP("SpeechCategory", "Atmosphere: praise")},
    {SpeechCategory::SteerBack, "steer_back", QT_TRANSLATE_NOOP("SpeechCategory", "Atmosphere: steer-back")},
    {SpeechCategory::SharingInvitation, "sharing_invitation",
     QT_TRANSLATE_NOOP("SpeechCategory", "Sharing invitation")},
    {SpeechCategory::Ceremony, "ceremony", QT_TRANSLATE_NOOP("SpeechCategory", "Ceremony")},
    {SpeechCategory::ViolationWarning, "violation_warning", QT_TRANSLATE_NOOP("SpeechCategory", "Violation warning")},
    {SpeechCategory::PrivateAddingWarning, "private_adding_warning",
     QT_TRANSLATE_NOOP("SpeechCategory", "Private-adding warning")},
    {SpeechCategory::ComplaintReply, "complaint_reply", QT_TRANSLATE_NOOP("SpeechCategory", "Complaint reply")},
    {SpeechCategory::SilentNudge, "silent_nudge", QT_TRANSLATE_NOOP("SpeechCategory", "Silent-member nudge")},
    {SpeechCategory::Custom, "custom", QT_TRANSLATE_NOOP("SpeechCategory", "Custom")},
};
} // namespace

QList<SpeechCategory> all()
{
    QList<SpeechCategory> result;
    for (const Entry &entry : entries)
        result.append(entry.category);
    return result;
}

QStringList keys()
{
    QStringList result;
    for (const Entry &entry : entries)
        result.append(QString::fromLatin1(entry.key));
    return result;
}

QString key(SpeechCategory category)
{
    for (const Entry &entry : entries) {
        if (entry.category == category)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<SpeechCategory> fromKey(const QString &key)
{
    for (const Entry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.category;
    }
    return std::nullopt;
}

QString displayName(SpeechCategory category)
{
    for (const Entry &entry : entries) {
        if (entry.category == category)
            return QCoreApplication::translate("SpeechCategory", entry.name);
    }
    return {};
}

bool isAtmosphere(SpeechCategory category)
{
    return category == SpeechCategory::WarmUp || category == SpeechCategory::Hype || category == SpeechCategory::Praise
        || category == SpeechCategory::SteerBack;
}

} // namespace CampDesk::SpeechCategories
