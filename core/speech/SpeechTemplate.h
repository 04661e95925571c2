#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CampDesk {

enum class SpeechCategory {
    Welcome,
    GroupRules,
    SelfIntroduction,
    DailyAnnouncement,
    Digest,
    CheckInReminder,
    WarmUp,
    Hype,
    Praise,
    SteerBack,
    SharingInvitation,
    Ceremony,
    ViolationWarning,
    PrivateAddingWarning,
    ComplaintReply,
    SilentNudge,
    Custom,
};

namespace SpeechCategories {
QList<SpeechCategory> all();
// Every category's key, as files and the command line name them.
QStringList keys();
QString key(SpeechCategory category);
std::optional<SpeechCategory> fromKey(const QString &key);
QString displayName(SpeechCategory category);
// The atmosphere crew's categories: short lines posted live.
bool isAtmosphere(SpeechCategory category);
} // namespace SpeechCategories

// A prepared line (话术) with placeholders such as {camp} and {day}.
struct SpeechTemplate final {
    qint64 id = 0;
    QString title;
    SpeechCategory category = SpeechCategory::Custom;
    QString body;
    QStringList tags;
    bool favourite = false;
    qint64 campId = 0; // 0: every camp

    // Filled in when read from the workspace.
    int useCount = 0;
    QDateTime lastUsed;
    // Who copied it last, on a team workspace (its history's login); empty
    // on a file, which has one operator.
    QString lastUsedBy;

    bool operator==(const SpeechTemplate &) const = default;

    // The same line as the operator edits it: every copy changes the use
    // counts, and a copy is no edit.
    bool sameLine(const SpeechTemplate &other) const
    {
        return id == other.id && title == other.title && category == other.category && body == other.body
            && tags == other.tags && favourite == other.favourite && campId == other.campId;
    }

    // A nudge tagged for members silent for a long time ("long silence",
    // "长期沉默"): it says "we haven't heard from you in a while", wrong for
    // someone quiet since yesterday.
    bool forLongSilence() const
    {
        return tags.contains(QStringLiteral("long silence"), Qt::CaseInsensitive)
            || tags.contains(QStringLiteral("长期沉默"));
    }
};

} // namespace CampDesk
