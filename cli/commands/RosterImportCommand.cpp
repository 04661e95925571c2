#include "cli/commands/RosterImportCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/io/InputFile.h"
#include "core/roster/RosterImport.h"
#include "core/roster/TextDecoder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace CampDesk {

namespace {

using Match = RosterImportRow::Match;

QJsonObject importJson(qint64 campId, const RosterImportPlan &plan, bool acceptMerges, const QStringList &problems,
                       const std::optional<RosterImportSummary> &summary)
{
    QJsonObject json {{QStringLiteral("camp_id"), campId},
                      {QStringLiteral("rows"), int(plan.rows.size())},
                      {QStringLiteral("new_people"), plan.newPeople(acceptMerges)},
                      {QStringLiteral("known_people"), plan.knownPeople(acceptMerges)},
                      {QStringLiteral("same_person"), plan.count(Match::SamePerson)},
                      {QStringLiteral("same_name"), plan.count(Match::PossibleMerge)},
                      {QStringLiteral("merges_accepted"), acceptMerges},
                      {QStringLiteral("already_in_camp"), plan.count(Match::AlreadyInCamp)},
                      {QStringLiteral("skipped"), plan.count(Match::Skipped) + plan.mergedAway(acceptMerges)},
                      {QStringLiteral("rows_with_values_left_out"), plan.rowsWithValuesLeftOut(acceptMerges)},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                      {QStringLiteral("applied"), summary.has_value()}};
    if (summary) {
        json.insert(QStringLiteral("people_added"), summary->peopleAdded);
        json.insert(QStringLiteral("people_matched"), summary->peopleMatched);
        json.insert(QStringLiteral("members_added"), summary->membershipsAdded);
        json.insert(QStringLiteral("subgroups_added"), summary->subgroupsAdded);
    }
    return json;
}

} // namespace

RosterImportCommand::RosterImportCommand()
    : Command({.name = QStringLiteral("roster import"),
               .description = tr("Import members from a CSV/TSV file (UTF-8, UTF-16 or GBK; headers in Chinese or "
                                 "English). Matches existing people by chat id or phone; writes everything in one "
                                 "transaction, or nothing."),
               .json = true,
               .argument = QStringLiteral("FILE"),
               .argumentHelp = tr("The roster file.")})
    , m_mapping(QStringLiteral("mapping"),
                tr("Column mapping overriding the guess: COLUMN=FIELD,… where COLUMN is a header or a 1-based number "
                   "and FIELD one of %1.")
                    .arg([] {
                        QStringList keys;
                        for (RosterField field : RosterColumns::all())
                            keys << RosterColumns::key(field);
                        return keys.join(QStringLiteral(", "));
                    }()),
                tr("mapping"))
    , m_encoding(QStringLiteral("encoding"), tr("Text encoding (default: detected)."), tr("name"))
    , m_dryRun(QStringLiteral("dry-run"), tr("Show what would be imported; write nothing."))
    , m_merges(QStringLiteral("accept-merges"),
               tr("Join rows to existing people with the same name (default: new people)."))
{
}

QList<QCommandLineOption> RosterImportCommand::options() const
{
    return {m_mapping, m_encoding, m_dryRun, m_merges};
}

QString RosterImportCommand::wrongArgumentCount() const
{
    return tr("“roster import” needs exactly one file.");
}

Outcome<void> RosterImportCommand::prepare(const QCommandLineParser &parser)
{
    m_path = parser.positionalArguments().first();
    auto read = InputFile::readAll(m_path);
    if (!read)
        return failed(read.error());
    const QByteArray bytes = std::move(*read);
    if (auto text = TextDecoder::checkIsText(bytes, m_path); !text)
        return failed(text.error());
    QString text;
    if (parser.isSet(m_encoding)) {
        const auto decoded = TextDecoder::decode(bytes, parser.value(m_encoding));
        if (!decoded)
            return usage(tr("--encoding: “%1” is not an encoding this system knows.").arg(parser.value(m_encoding)));
        text = *decoded;
    } else {
        text = TextDecoder::decode(bytes).text;
    }
    auto parsed = DelimitedText::parse(text);
    if (!parsed)
        return failed(tr("%1: %2").arg(m_path, parsed.error().message));
    m_rows = std::move(*parsed);
    if (m_rows.size() < 2)
        return failed(tr("%1: no rows below the header line.").arg(m_path));
    m_fields = RosterColumns::guess(m_rows.first().cells);
    for (const QString &pair : parser.value(m_mapping).split(u',', Qt::SkipEmptyParts)) {
        const QString column = pair.section(u'=', 0, 0).trimmed();
        const QString fieldKey = pair.section(u'=', 1).trimmed();
        const auto field = RosterColumns::fromKey(fieldKey);
        if (!field)
            return usage(tr("--mapping: “%1” is not a field.").arg(fieldKey));
        bool numeric = false;
        qsizetype index = column.toInt(&numeric) - 1;
        if (!numeric)
            index = m_rows.first().cells.indexOf(column);
        if (index < 0 || index >= m_fields.size())
            return usage(tr("--mapping: %1 has no column “%2”.").arg(m_path, column));
        m_fields[index] = *field;
    }
    return {};
}

Outcome<void> RosterImportCommand::run(Context &context)
{
    const qint64 id = context.campId;
    auto plan = RosterImport::plan(*context.workspace, id, m_rows, m_fields);
    if (!plan)
        return failed(tr("%1: %2").arg(m_path, plan.error().message));
    const bool acceptMerges = context.parser.isSet(m_merges);
    QStringList problems;
    for (const RosterImportRow &row : std::as_const(plan->rows))
        problems += row.problems;
    std::optional<RosterImportSummary> summary;
    if (!context.parser.isSet(m_dryRun)) {
        auto applied = RosterImport::apply(*context.workspace, id, *plan, acceptMerges);
        if (!applied)
            return failed(tr("%1: %2").arg(m_path, applied.error().message));
        summary = *applied;
    }
    if (context.json) {
        QJsonObject json = importJson(id, *plan, acceptMerges, problems, summary);
        json.insert(QStringLiteral("columns"), columnsJson());
        context.out << Cli::jsonText(json);
    } else {
        printColumns(context.out);
        printSummary(context.out, id, *plan, acceptMerges, problems, summary);
    }
    // Rows left out are told by the exit status too, as a chat import's are;
    // so are rows added without some of their values.
    if (const int skipped = plan->count(Match::Skipped) + plan->mergedAway(acceptMerges); skipped > 0) {
        return std::unexpected(CommandStop {
            CommandLine::Incomplete,
            summary ? tr("%n row(s) of %1 could not be used and were not added (the reasons are listed above); the "
                         "rest was added.",
                         nullptr, skipped)
                          .arg(m_path)
                    : tr("%n row(s) of %1 could not be used and would not be added (the reasons are listed above).",
                         nullptr, skipped)
                          .arg(m_path)});
    }
    if (const int partial = plan->rowsWithValuesLeftOut(acceptMerges); partial > 0) {
        return std::unexpected(CommandStop {
            CommandLine::Incomplete,
            summary
                ? tr("%n row(s) of %1 were added without some of their values (listed above).", nullptr, partial)
                      .arg(m_path)
                : tr("%n row(s) of %1 would be added without some of their values (listed above).", nullptr, partial)
                      .arg(m_path)});
    }
    return {};
}

// How each column was read: guessed from its header (or --mapping), and
// shown, so that a wrong guess is seen before it is trusted.
QJsonArray RosterImportCommand::columnsJson() const
{
    QJsonArray columns;
    for (qsizetype column = 0; column < m_fields.size(); ++column) {
        columns.append(QJsonObject {{QStringLiteral("column"), int(column + 1)},
                                    {QStringLiteral("header"), m_rows.first().cells.value(column)},
                                    {QStringLiteral("field"), RosterColumns::key(m_fields.at(column))}});
    }
    return columns;
}

void RosterImportCommand::printColumns(QTextStream &out) const
{
    out << tr("Columns (override with --mapping):") << Qt::endl;
    for (qsizetype column = 0; column < m_fields.size(); ++column) {
        out << QStringLiteral("  ")
            << tr("%1 “%2” → %3")
                   .arg(column + 1)
                   .arg(m_rows.first().cells.value(column), RosterColumns::displayName(m_fields.at(column)))
            << Qt::endl;
    }
}

void RosterImportCommand::printSummary(QTextStream &out, qint64 campId, const RosterImportPlan &plan, bool acceptMerges,
                                       const QStringList &problems,
                                       const std::optional<RosterImportSummary> &summary) const
{
    out << tr("%1 rows: %2 new people, %3 people already known, %4 already in the camp, %5 skipped.")
               .arg(plan.rows.size())
               .arg(plan.newPeople(acceptMerges))
               .arg(plan.knownPeople(acceptMerges))
               .arg(plan.count(Match::AlreadyInCamp))
               .arg(plan.count(Match::Skipped) + plan.mergedAway(acceptMerges))
        << Qt::endl;
    if (const int sameName = plan.count(Match::PossibleMerge); sameName > 0) {
        out << (acceptMerges ? tr("%n row(s) share a name with someone known and join them (--accept-merges).", nullptr,
                                  sameName)
                             : tr("%n row(s) share a name with someone known and become new people; "
                                  "--accept-merges joins them instead.",
                                  nullptr, sameName))
            << Qt::endl;
    }
    for (const QString &problem : std::as_const(problems))
        out << QFileInfo(m_path).fileName() << ": " << problem << Qt::endl;
    if (summary)
        out << tr("Added %1 members to camp %2.").arg(summary->membershipsAdded).arg(campId) << Qt::endl;
    else
        out << tr("Dry run: nothing was written.") << Qt::endl;
}

} // namespace CampDesk
