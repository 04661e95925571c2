#pragma once

#include "core/Error.h"
#include "core/domain/Membership.h"
#include "core/domain/Person.h"
#include "core/roster/DelimitedText.h"
#include "core/roster/RosterColumns.h"
#include "core/roster/SubgroupRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace CampDesk {

class Workspace;

// One roster row after reading and matching, before anything is written.
struct RosterImportRow final {
    enum class Match {
        NewPerson, // nobody like this yet: a new person
        SamePerson, // same chat id or phone as an existing person
        PossibleMerge, // same name as an existing person: offered as a merge
        AlreadyInCamp, // the person is in this camp already: skipped
        Skipped, // the row cannot be used (see problems)
    };

    int line = 0;
    Person person;
    Membership membership;
    QString subgroup;
    Match match = Match::NewPerson;
    qint64 existingPersonId = 0;
    QStringList problems;
    QSet<RosterField> given; // the fields the row has a value for
    // A possible merge that, taken, adds nobody: its person is in the camp
    // already, or an earlier row of the file joins them.
    bool mergeAddsNobody = false;
    // Values of the row not imported (each said in problems): cells past the
    // header's, text not in the file's encoding, shortened numbers, a role
    // or a date that does not read. The row is added without them.
    int valuesLeftOut = 0;
};

struct RosterImportPlan final {
    QList<RosterImportRow> rows;
    int count(RosterImportRow::Match match) const;
    // What applying the plan does to people: rows that become new people
    // (the same-name rows too, unless merges are accepted) and rows that join
    // a person already known. Every summary says these, not the matches.
    int newPeople(bool acceptMerges) const;
    int knownPeople(bool acceptMerges) const;
    // Rows that add nobody once merges are taken (mergeAddsNobody): their
    // values are not written, and summaries count them as skipped.
    int mergedAway(bool acceptMerges) const;
    // Rows added without some of their values (valuesLeftOut): rows of which
    // a summary cannot say "imported" whole. Rows that add nobody (skipped,
    // already in the camp, merged away) are not counted.
    int rowsWithValuesLeftOut(bool acceptMerges) const;
};

struct RosterImportSummary final {
    int peopleAdded = 0;
    int peopleMatched = 0;
    int membershipsAdded = 0;
    int subgroupsAdded = 0;
    int skipped = 0;
    // What the import created, so that undo can take exactly that back.
    QList<qint64> membershipIds;
    QList<qint64> createdPeople;
    QList<qint64> createdSubgroups;
    // The same as the import left them: undo takes them back only while
    // they are so, keeping another operator's change made since.
    QList<Membership> leftMemberships;
    QList<Person> leftPeople;
    QList<Subgroup> leftSubgroups;
};

// Imports a roster from a CSV/TSV file or a spreadsheet paste: plan() reads
// and matches without writing; apply() writes the plan in one transaction.
class RosterImport final {
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    // `rows` includes the header row; `fields` maps its columns.
    [[nodiscard]] static Result<RosterImportPlan> plan(Workspace &workspace, qint64 campId, const QList<TextRow> &rows,
                                                       const QList<RosterField> &fields);
    // Possible merges join the existing person when `acceptMerges`, else
    // they become new people.
    [[nodiscard]] static Result<RosterImportSummary> apply(Workspace &workspace, qint64 campId,
                                                           const RosterImportPlan &plan, bool acceptMerges);

    // Takes back what apply() created, in one transaction; refused
    // (Error::stale), with nothing changed, when another operator changed
    // any of it since.
    [[nodiscard]] static Result<void> revert(Workspace &workspace, const RosterImportSummary &summary);

    // Role names operators write, in Chinese or English.
    static std::optional<MemberRole> parseRole(const QString &text);
    // A status as the export writes it (either language) or its key; empty
    // is in the camp.
    static std::optional<MembershipStatus> parseStatus(const QString &text);
    // A day as a cell gives it (YYYY-MM-DD, or with a time); invalid if not one.
    static QDate dayOf(const QString &text);
    // A name as compared for merges: folded, without spaces, brackets,
    // emoji and a leading "subgroup-" prefix.
    static QString normalizedName(const QString &name);

private:
    // Reads back what apply() made, as it left it (RosterImportSummary::leftMemberships …).
    [[nodiscard]] static Result<void> recordWhatItLeft(Workspace &workspace, RosterImportSummary &summary);
    // Matches the row to the known person its chat ids or phone name, if
    // any (SamePerson), or skips it when they name two people or contradict
    // the one; whether any did.
    static bool matchKnown(RosterImportRow &row, const QHash<QString, qint64> &byChatId,
                           const QHash<QString, qint64> &byPhone, const QHash<qint64, const Person *> &known);
    // Makes the row's status and day left agree, saying what it left out.
    static void checkStay(RosterImportRow &row);
    // Skips a row whose chat id or phone an earlier row of the file had; says
    // a name twice.
    static void skipIdsSeenInFile(RosterImportRow &row, QHash<QString, int> &seenInFile);
    // A row of a known person (same chat id or phone) that says otherwise
    // than the workspace of them is said: the workspace keeps its values.
    static void sayDifferences(RosterImportRow &row, const Person &person, const Membership *membership,
                               const QHash<qint64, QString> &subgroupNames);
    static void offerMerge(RosterImportRow &row, const QList<qint64> &sameName,
                           const QHash<qint64, const Person *> &known, const QHash<qint64, Membership> &inCamp,
                           QHash<qint64, int> &namedBy);
};

} // namespace CampDesk
