#include "core/domain/MemberRole.h"

#include <QCoreApplication>

namespace CampDesk::MemberRoles {

QList<MemberRole> all()
{
    return {MemberRole::OwnerTeam,  MemberRole::Assistant,  MemberRole::AtmosphereCrew,
            MemberRole::CoreMember, MemberRole::SeedMember, MemberRole::OrdinaryMember};
}

QString key(MemberRole role)
{
    switch (role) {
    case MemberRole::OwnerTeam:
        return QStringLiteral("owner_team");
    case MemberRole::Assistant:
        return QStringLiteral("assistant");
    case MemberRole::AtmosphereCrew:
        return QStringLiteral("atmosphere_crew");
    case MemberRole::CoreMember:
        return QStringLiteral("core_member");
    case MemberRole::SeedMember:
        return QStringLiteral("seed_member");
    case MemberRole::OrdinaryMember:
        return QStringLiteral("ordinary_member");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MemberRole> fromKey(const QString &key)
{
    for (MemberRole role : all()) {
        if (MemberRoles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString displayName(MemberRole role)
{
    switch (role) {
    case MemberRole::OwnerTeam:
        return QCoreApplication::translate("MemberRole", "Owner team");
    case MemberRole::Assistant:
        return QCoreApplication::translate("MemberRole", "Assistant");
    case MemberRole::AtmosphereCrew:
        return QCoreApplication::translate("MemberRole", "Atmosphere crew");
    case MemberRole::CoreMember:
        return QCoreApplication::translate("MemberRole", "Core member");
    case MemberRole::SeedMember:
        return QCoreApplication::translate("MemberRole", "Seed member");
    case MemberRole::OrdinaryMember:
        return QCoreApplication::translate("MemberRole", "Ordinary member");
    }
    Q_UNREACHABLE();
    return {};
}

bool isStaff(MemberRole role)
{
    return role == MemberRole::OwnerTeam || role == MemberRole::Assistant || role == MemberRole::AtmosphereCrew;
}

int staffIn(const QHash<MemberRole, int> &countByRole)
{
    int staff = 0;
    for (auto it = countByRole.cbegin(); it != countByRole.cend(); ++it)
        staff += isStaff(it.key()) ? it.value() : 0;
    return staff;
}

int totalIn(const QHash<MemberRole, int> &countByRole)
{
    int total = 0;
    for (int count : countByRole)
        total += count;
    return total;
}

} // namespace CampDesk::MemberRoles

#include "core/domain/Membership.h"

namespace CampDesk::MembershipStatuses {

QList<MembershipStatus> all()
{
    return {MembershipStatus::Active, MembershipStatus::Left, MembershipStatus::Removed};
}

QString key(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::Active:
        return QStringLiteral("active");
    case MembershipStatus::Left:
        return QStringLiteral("left");
    case MembershipStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<MembershipStatus> fromKey(const QString &key)
{
    for (MembershipStatus status : all()) {
        if (MembershipStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::Active:
        return QCoreApplication::translate("MembershipStatus", "Active");
    case MembershipStatus::Left:
        return QCoreApplication::translate("MembershipStatus", "Left");
    case MembershipStatus::Removed:
        return QCoreApplication::translate("MembershipStatus", "Removed");
    }
    return {};
}

} // namespace CampDesk::MembershipStatuses
