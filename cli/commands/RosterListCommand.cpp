#include "cli/commands/RosterListCommand.h"

#include "cli/CliSupport.h"
#include "core/roster/Roster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

RosterListCommand::RosterListCommand()
    : Command({.name = QStringLiteral("roster list"),
               .description = tr("List a camp's members, staff first."),
               .json = true})
    , m_withPhone(QStringLiteral("with-phone"), tr("Include phone numbers (personal data)."))
{
}

QList<QCommandLineOption> RosterListCommand::options() const
{
    return {m_withPhone};
}

Outcome<void> RosterListCommand::run(Context &context)
{
    auto entries = Roster::load(*context.workspace, context.campId);
    if (!entries)
        return failed(entries.error());
    if (context.json) {
        QJsonArray members;
        for (const RosterEntry &entry : std::as_const(*entries))
            members.append(Roster::toJson(entry, context.parser.isSet(m_withPhone)));
        context.out << Cli::jsonText(
            QJsonObject {{QStringLiteral("camp_id"), context.campId}, {QStringLiteral("members"), members}});
        return {};
    }
    for (const RosterEntry &entry : std::as_const(*entries)) {
        context.out << entry.membership.id << '\t' << MemberRoles::displayName(entry.membership.role) << '\t'
                    << entry.person.displayName << '\t' << entry.subgroup << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
