#include "cli/commands/TeamListCommand.h"

#include "cli/CliSupport.h"
#include "core/team/Team.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

TeamListCommand::TeamListCommand()
    : Command({.name = QStringLiteral("team list"),
               .description = tr("List a team workspace's operators: login, role, camps and staff person."),
               .camp = CampUse::None,
               .json = true})
{
}

Outcome<void> TeamListCommand::run(Context &context)
{
    const auto operators = Team(*context.workspace).operators();
    if (!operators)
        return failed(operators.error());
    if (context.json) {
        QJsonArray array;
        for (const Operator &op : *operators) {
            QJsonArray camps;
            for (qint64 camp : op.camps)
                camps.append(camp);
            QJsonObject json {{QStringLiteral("login"), op.login},
                              {QStringLiteral("role"), Team::roleKey(op.role)},
                              {QStringLiteral("workspace_owner"), op.workspaceOwner}};
            json.insert(QStringLiteral("camps"), op.camps.isEmpty() ? QJsonValue() : QJsonValue(camps));
            json.insert(QStringLiteral("person_id"), op.personId > 0 ? QJsonValue(op.personId) : QJsonValue());
            json.insert(QStringLiteral("person"), op.personName.isEmpty() ? QJsonValue() : QJsonValue(op.personName));
            array.append(json);
        }
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("operators"), array}});
        return {};
    }
    for (const Operator &op : *operators) {
        QStringList camps;
        for (qint64 camp : op.camps)
            camps.append(QString::number(camp));
        context.out << op.login << '\t' << Team::roleKey(op.role) << '\t'
                    << (camps.isEmpty() ? tr("every camp") : tr("camps %1").arg(camps.join(u',')))
                    << (op.personName.isEmpty() ? QString() : u'\t' + op.personName)
                    << (op.workspaceOwner ? u'\t' + tr("owns the workspace") : QString()) << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
