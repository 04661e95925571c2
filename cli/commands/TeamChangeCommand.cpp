#include "cli/commands/TeamChangeCommand.h"

#include "core/Workspace.h"
#include "core/domain/PersonRepository.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace CampDesk {

namespace {

// One line of standard input, without echo when it is a terminal.
QString readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved {};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return QString::fromUtf8(line).remove(u'\r');
}

} // namespace

TeamChangeCommand::TeamChangeCommand(Mode mode)
    : Command({.name = mode == Mode::Add ? QStringLiteral("team add") : QStringLiteral("team set-role"),
               .description = mode == Mode::Add
                   ? tr("Add an operator to a team workspace, making their server login if it is new"
                        " (its password is asked for, or read from standard input's first line).")
                   : tr("Change an operator's role, camps or staff person."),
               .camp = CampUse::None,
               .argument = QStringLiteral("login"),
               .argumentHelp = tr("The operator's server login.")})
    , m_mode(mode)
    , m_role(QStringLiteral("role"), tr("owner, assistant, crew or viewer."), tr("role"))
    , m_camps(QStringLiteral("camps"), tr("The camps they work on, as ids separated by commas (default: every camp)."),
              tr("ids"))
    , m_person(QStringLiteral("person"),
               tr("Their own entry in the rosters (a person's id or exact name), which fills {staff} for them."),
               tr("person"))
{
}

QList<QCommandLineOption> TeamChangeCommand::options() const
{
    return {m_role, m_camps, m_person};
}

Outcome<void> TeamChangeCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_role))
        return usage(tr("Missing --role."));
    const auto role = Team::roleFromKey(parser.value(m_role));
    if (!role)
        return usage(
            tr("--role: “%1” is not a role; expected owner, assistant, crew or viewer.").arg(parser.value(m_role)));
    m_operator.role = *role;
    for (const QString &text : parser.value(m_camps).split(u',', Qt::SkipEmptyParts)) {
        auto id = parseCampId(text.trimmed());
        if (!id)
            return std::unexpected(id.error());
        m_operator.camps.append(*id);
    }
    return {};
}

Outcome<qint64> TeamChangeCommand::personId(Workspace &workspace, const QString &text) const
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    auto people = workspace.people().list();
    if (!people)
        return failed(people.error());
    QList<qint64> found;
    for (const Person &person : *people) {
        if ((isNumber && person.id == id) || person.displayName == text)
            found.append(person.id);
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return failed(tr("--person: nobody in the rosters is “%1”.").arg(text));
    return failed(tr("--person: %1 people are named “%2”; give the id of one (roster list shows it).")
                      .arg(found.size())
                      .arg(text));
}

Outcome<void> TeamChangeCommand::run(Context &context)
{
    m_operator.login = context.argument;
    if (context.parser.isSet(m_person)) {
        auto person = personId(*context.workspace, context.parser.value(m_person));
        if (!person)
            return std::unexpected(person.error());
        m_operator.personId = *person;
    }
    Team team(*context.workspace);
    if (m_mode == Mode::SetRole) {
        // What is not given stays as it is: a new role alone neither widens
        // the camps nor unlinks the person.
        auto operators = team.operators();
        if (!operators)
            return failed(operators.error());
        for (const Operator &known : *operators) {
            if (known.login != m_operator.login)
                continue;
            if (!context.parser.isSet(m_camps))
                m_operator.camps = known.camps;
            if (!context.parser.isSet(m_person))
                m_operator.personId = known.personId;
        }
        if (auto changed = team.change(m_operator); !changed)
            return failed(changed.error());
        context.out << tr("%1 is now %2 here.").arg(m_operator.login, Team::roleKey(m_operator.role)) << Qt::endl;
        return {};
    }
    auto known = team.loginExists(m_operator.login);
    if (!known)
        return failed(known.error());
    QString password;
    if (!*known) {
        password = readSecretLine(tr("Password for the new login %1: ").arg(m_operator.login));
        if (isatty(STDIN_FILENO) != 0 && readSecretLine(tr("The same password again: ")) != password)
            return failed(tr("The two passwords differ; nothing was changed."));
        if (password.isEmpty())
            return failed(tr("The login %1 is new and needs a password (asked for on a terminal, else standard"
                             " input's first line); nothing was changed.")
                              .arg(m_operator.login));
    }
    auto made = team.add(m_operator, password);
    if (!made)
        return failed(made.error());
    context.out << (*made ? tr("Made the login %1, %2 here.")
                          : tr("Added %1, %2 here; their login keeps its password."))
                       .arg(m_operator.login, Team::roleKey(m_operator.role))
                << Qt::endl;
    return {};
}

} // namespace CampDesk
