#include "core/roster/RosterImport.h"

#include "core/Workspace.h"
#include "core/domain/ListText.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/io/CsvWriter.h"
#include "core/roster/AddedMembers.h"
#include "core/roster/Roster.h"
#include "core/roster/SubgroupRepository.h"
#include "core/search/TextMatcher.h"
#include "core/storage/Transaction.h"
#include "core/team/StaleEdit.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace CampDesk {

namespace {

// "8.6138E+12": a spreadsheet showed a long number shortened, and saved it
// so. Its digits are not the phone's or the account's, and two such numbers
// would look the same: it is left out.
bool isShortenedNumber(const QString &value)
{
    static const QRegularExpression shortened(QStringLiteral("^\\d+(\\.\\d+)?[eE][+-]?\\d+$"));
    return shortened.match(value).hasMatch();
}

QString digitsOf(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    // Mainland numbers with or without +86 (or 0086) are the same number.
    if (digits.size() == 15 && digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

Result<qint64> subgroupId(Workspace &workspace, qint64 campId, const QString &name, RosterImportSummary &summary)
{
    auto found = workspace.subgroups().findByName(campId, name);
    if (!found)
        return std::unexpected(found.error());
    if (const auto &held = *found; held.has_value())
        return *held;
    auto inserted = workspace.subgroups().insert(Subgroup {0, campId, name, QString(), 0});
    if (!inserted)
        return std::unexpected(inserted.error());
    ++summary.subgroupsAdded;
    summary.createdSubgroups.append(*inserted);
    return *inserted;
}

} // namespace

int RosterImportPlan::count(RosterImportRow::Match match) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [match](const RosterImportRow &row) { return row.match == match; }));
}

int RosterImportPlan::newPeople(bool acceptMerges) const
{
    using Match = RosterImportRow::Match;
    return count(Match::NewPerson) + (acceptMerges ? 0 : count(Match::PossibleMerge));
}

int RosterImportPlan::knownPeople(bool acceptMerges) const
{
    using Match = RosterImportRow::Match;
    return count(Match::SamePerson) + (acceptMerges ? count(Match::PossibleMerge) - mergedAway(true) : 0);
}

int RosterImportPlan::mergedAway(bool acceptMerges) const
{
    if (!acceptMerges)
        return 0;
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const RosterImportRow &row) {
        return row.match == RosterImportRow::Match::PossibleMerge && row.mergeAddsNobody;
    }));
}

int RosterImportPlan::rowsWithValuesLeftOut(bool acceptMerges) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [acceptMerges](const RosterImportRow &row) {
        const bool addsNobody = row.match == RosterImportRow::Match::Skipped
            || row.match == RosterImportRow::Match::AlreadyInCamp
            || (acceptMerges && row.match == RosterImportRow::Match::PossibleMerge && row.mergeAddsNobody);
        return !addsNobody && row.valuesLeftOut > 0;
    }));
}

QDate RosterImport::dayOf(const QString &text)
{
    // A date, or a date and a time ("2027-03-05 08:00", "…T08:00"):
    // "2027-03-05 至 2027-03-20" is not the first day alone.
    static const QRegularExpression dated(
        QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    const QRegularExpressionMatch found = dated.match(text);
    return found.hasMatch() ? QDate(found.captured(1).toInt(), found.captured(2).toInt(), found.captured(3).toInt())
                            : QDate();
}

std::optional<MembershipStatus> RosterImport::parseStatus(const QString &text)
{
    const QString status = TextMatcher::fold(text).trimmed();
    if (status.isEmpty())
        return MembershipStatus::Active;
    // The export writes the interface's words; either language reads back.
    const QList<std::pair<MembershipStatus, QStringList>> names = {
        {MembershipStatus::Active, {QStringLiteral("在群"), QStringLiteral("在营"), QStringLiteral("active")}},
        {MembershipStatus::Left, {QStringLiteral("已退群"), QStringLiteral("退群"), QStringLiteral("left")}},
        {MembershipStatus::Removed, {QStringLiteral("已移出"), QStringLiteral("移出"), QStringLiteral("removed")}},
    };
    for (const auto &[candidate, spellings] : names) {
        if (spellings.contains(status) || status == TextMatcher::fold(MembershipStatuses::displayName(candidate)))
            return candidate;
    }
    return std::nullopt;
}

void RosterImport::checkStay(RosterImportRow &row)
{
    // The status and the stay say the same (Membership::setStatus): a day
    // left makes a member who left. A status of leaving without its day is
    // kept as it is (an export writes a member whose day nobody recorded
    // so), never given a guessed day, and said: until a day is given, the
    // figures count the member in the camp.
    Membership &membership = row.membership;
    const bool statusGiven = row.given.contains(RosterField::Status);
    if (membership.leftOn.isValid() && !statusGiven)
        membership.status = MembershipStatus::Left;
    if (membership.leftOn.isValid() && membership.status == MembershipStatus::Active) {
        row.problems << tr("line %1: in the camp, yet a day left (%2) is given; the day is left out")
                            .arg(row.line)
                            .arg(membership.leftOn.toString(Qt::ISODate));
        membership.leftOn = QDate();
        row.given.remove(RosterField::LeftOn);
        ++row.valuesLeftOut;
    } else if (!membership.leftOn.isValid() && membership.status != MembershipStatus::Active) {
        row.problems << tr("line %1: “%2” without the day they left: kept so, and counted in the camp's figures "
                           "until the day is given (a “%3” column, or the member's dialog)")
                            .arg(row.line)
                            .arg(MembershipStatuses::displayName(membership.status),
                                 RosterColumns::displayName(RosterField::LeftOn));
    }
}

std::optional<MemberRole> RosterImport::parseRole(const QString &text)
{
    const QString role = TextMatcher::fold(text).trimmed();
    if (role.isEmpty())
        return MemberRole::OrdinaryMember;
    const QList<std::pair<MemberRole, QStringList>> names = {
        {MemberRole::OwnerTeam,
         {QStringLiteral("群主"), QStringLiteral("群主团队"), QStringLiteral("管理员"), QStringLiteral("owner"),
          QStringLiteral("owner team"), QStringLiteral("admin")}},
        {MemberRole::Assistant,
         {QStringLiteral("助教"), QStringLiteral("助理"), QStringLiteral("assistant"), QStringLiteral("ta")}},
        {MemberRole::AtmosphereCrew,
         {QStringLiteral("气氛组"), QStringLiteral("atmosphere crew"), QStringLiteral("atmosphere"),
          QStringLiteral("crew")}},
        {MemberRole::CoreMember,
         {QStringLiteral("核心用户"), QStringLiteral("核心成员"), QStringLiteral("核心"), QStringLiteral("core"),
          QStringLiteral("core member")}},
        {MemberRole::SeedMember,
         {QStringLiteral("种子用户"), QStringLiteral("种子"), QStringLiteral("seed"), QStringLiteral("seed member")}},
        {MemberRole::OrdinaryMember,
         {QStringLiteral("普通用户"), QStringLiteral("普通成员"), QStringLiteral("学员"), QStringLiteral("成员"),
          QStringLiteral("member"), QStringLiteral("ordinary"), QStringLiteral("ordinary member"),
          QStringLiteral("student")}},
    };
    for (const auto &[candidate, spellings] : names) {
        if (spellings.contains(role) || role == MemberRoles::key(candidate))
            return candidate;
    }
    return std::nullopt;
}

QString RosterImport::normalizedName(const QString &name)
{
    QString folded = TextMatcher::fold(name).trimmed();
    // "A组-林晓雨-杭州" and "3组｜林晓雨": drop a subgroup prefix.
    static const QRegularExpression prefix(QStringLiteral("^[^-|｜_—]{1,6}(组|group|team)\\s*[-|｜_—]\\s*"));
    folded.remove(prefix);
    QString kept;
    for (const char32_t code : folded.toUcs4()) {
        // Letters and digits make a name; spaces, brackets and emoji do not.
        if (QChar::isLetterOrNumber(code))
            kept += QString::fromUcs4(&code, 1);
    }
    return kept;
}

namespace {

// Whether the row says something of a person that the known person
// contradicts: another phone, or another id on a chat platform both use.
bool contradicts(const RosterImportRow &row, const Person &person)
{
    const QString phone = digitsOf(row.person.phone);
    if (!phone.isEmpty() && !digitsOf(person.phone).isEmpty() && phone != digitsOf(person.phone))
        return true;
    // An id the person lacks on an app where they have ids (a person may
    // have several there: each of theirs is no contradiction).
    return std::any_of(row.person.chatIds.cbegin(), row.person.chatIds.cend(), [&person](const ChatId &mine) {
        const auto onThatApp = [&mine](const ChatId &theirs) { return theirs.platform == mine.platform; };
        return std::any_of(person.chatIds.cbegin(), person.chatIds.cend(), onThatApp) && !person.chatIds.contains(mine);
    });
}

} // namespace

void RosterImport::sayDifferences(RosterImportRow &row, const Person &person, const Membership *membership,
                                  const QHash<qint64, QString> &subgroupNames)
{
    QStringList differ;
    const auto differs = [&row](RosterField field, const QString &mine, const QString &theirs) {
        return row.given.contains(field) && !theirs.isEmpty() && mine != theirs;
    };
    if (normalizedName(row.person.displayName) != normalizedName(person.displayName)
        && row.given.contains(RosterField::DisplayName))
        differ << tr("name “%1”").arg(row.person.displayName);
    if (differs(RosterField::Phone, digitsOf(row.person.phone), digitsOf(person.phone)))
        differ << tr("phone");
    if (differs(RosterField::City, row.person.city, person.city))
        differ << tr("city “%1”").arg(row.person.city);
    if (differs(RosterField::Occupation, row.person.occupation, person.occupation))
        differ << tr("occupation “%1”").arg(row.person.occupation);
    if (membership != nullptr) {
        if (row.given.contains(RosterField::Role) && row.membership.role != membership->role)
            differ << tr("role “%1”").arg(MemberRoles::displayName(row.membership.role));
        if (differs(RosterField::GroupNickname, row.membership.groupNickname, membership->groupNickname))
            differ << tr("group nickname “%1”").arg(row.membership.groupNickname);
        if (differs(RosterField::Title, row.membership.title, membership->title))
            differ << tr("title “%1”").arg(row.membership.title);
        if (row.given.contains(RosterField::Subgroup) && row.subgroup != subgroupNames.value(membership->subgroupId))
            differ << tr("subgroup “%1”").arg(row.subgroup);
        if (row.given.contains(RosterField::JoinedOn) && membership->joinedOn.isValid()
            && row.membership.joinedOn != membership->joinedOn)
            differ << tr("joined on %1").arg(row.membership.joinedOn.toString(Qt::ISODate));
        if (row.given.contains(RosterField::Status) && row.membership.status != membership->status)
            differ << tr("status “%1”").arg(MembershipStatuses::displayName(row.membership.status));
        if (row.given.contains(RosterField::LeftOn) && row.membership.leftOn != membership->leftOn)
            differ << tr("left on %1").arg(row.membership.leftOn.toString(Qt::ISODate));
        const SelfIntroduction &mine = row.membership.introduction;
        const SelfIntroduction &theirs = membership->introduction;
        if (differs(RosterField::IntroBasics, mine.basics, theirs.basics)
            || differs(RosterField::IntroSentence, mine.sentence, theirs.sentence)
            || differs(RosterField::IntroReason, mine.reason, theirs.reason)
            || differs(RosterField::IntroProudest, mine.proudest, theirs.proudest))
            differ << tr("self-introduction");
    }
    if (differ.isEmpty())
        return;
    row.problems << tr("line %1: the same person as “%2” (the same chat id or phone), but the row says %3; the "
                       "workspace keeps what it has (edit the member to change it)")
                        .arg(row.line)
                        .arg(person.displayName, differ.join(tr(", ")));
}

// A same-name merge is only an offer, and only where it can be right: one
// known person of that name (a name of emoji alone folds to nothing and
// names nobody), who says nothing against the row. What the merge would do
// besides joining them is said on the row.
void RosterImport::offerMerge(RosterImportRow &row, const QList<qint64> &sameName,
                              const QHash<qint64, const Person *> &known, const QHash<qint64, Membership> &inCamp,
                              QHash<qint64, int> &namedBy)
{
    if (sameName.isEmpty())
        return;
    const QString name = row.person.displayName;
    if (sameName.size() > 1) {
        row.problems << tr("line %1: %n people known already share the name “%2”; the row becomes a new person "
                           "(merge it by hand if it is one of them)",
                           nullptr, int(sameName.size()))
                            .arg(row.line)
                            .arg(name);
        return;
    }
    const Person &person = *known.value(sameName.first());
    if (contradicts(row, person)) {
        row.problems << tr("line %1: “%2” shares a name with someone known whose phone or chat id is another; the "
                           "row becomes a new person")
                            .arg(row.line)
                            .arg(name);
        return;
    }
    row.existingPersonId = person.id;
    row.match = RosterImportRow::Match::PossibleMerge;
    if (inCamp.contains(person.id)) {
        row.mergeAddsNobody = true;
        row.problems << tr("line %1: “%2” shares a name with a member of this camp: merged, the row adds nobody and "
                           "none of its values are written; kept apart, it adds a second member of that name")
                            .arg(row.line)
                            .arg(name);
    } else if (const int first = namedBy.value(person.id); first != 0) {
        row.mergeAddsNobody = true;
        row.problems << tr("line %1: “%2” shares a name with line %3: merged, both join one person, and this row "
                           "adds nobody and none of its values are written")
                            .arg(row.line)
                            .arg(name)
                            .arg(first);
    } else {
        namedBy.insert(person.id, row.line);
    }
}

Result<RosterImportPlan> RosterImport::plan(Workspace &workspace, qint64 campId, const QList<TextRow> &rows,
                                            const QList<RosterField> &fields)
{
    if (!fields.contains(RosterField::DisplayName) && !fields.contains(RosterField::GroupNickname)) {
        // Headers that did not decode are why none was recognised: say the remedy.
        const bool garbled = !rows.isEmpty() && std::ranges::any_of(rows.first().cells, [](const QString &cell) {
            return cell.contains(QChar::ReplacementCharacter);
        });
        return fail(garbled ? tr("No column holds the members' names: the header line holds bytes that are not text "
                                 "in the file's encoding. If the file was saved in another encoding, choose it; "
                                 "else map a column to Name or Group nickname.")
                            : tr("No column holds the members' names; map a column to Name or Group nickname."));
    }
    // A field takes one value: of two columns mapped to it, one would be lost.
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const qsizetype other = fields.indexOf(fields.at(column), column + 1);
        if (fields.at(column) != RosterField::Ignore && other >= 0) {
            return fail(tr("Columns %1 and %2 are both mapped to %3; map one of them to another field or ignore it.")
                            .arg(column + 1)
                            .arg(other + 1)
                            .arg(RosterColumns::displayName(fields.at(column))));
        }
    }
    auto people = workspace.people().list();
    if (!people)
        return std::unexpected(people.error());
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    QHash<QString, qint64> byChatId;
    QHash<QString, qint64> byPhone;
    QHash<QString, QList<qint64>> byName; // every known person of each folded name
    QHash<qint64, const Person *> known;
    for (const Person &person : std::as_const(*people)) {
        for (const ChatId &chatId : person.chatIds)
            byChatId.insert(chatId.platform + u'\n' + chatId.id, person.id);
        if (!digitsOf(person.phone).isEmpty())
            byPhone.insert(digitsOf(person.phone), person.id);
        if (const QString name = normalizedName(person.displayName); !name.isEmpty())
            byName[name].append(person.id);
        known.insert(person.id, &person);
    }
    QHash<qint64, Membership> memberships; // the camp's, by person
    for (const MemberEntry &entry : std::as_const(*members))
        memberships.insert(entry.membership.personId, entry.membership);
    auto subgroups = workspace.subgroups().list(campId);
    if (!subgroups)
        return std::unexpected(subgroups.error());
    QHash<qint64, QString> subgroupNames;
    for (const Subgroup &subgroup : std::as_const(*subgroups))
        subgroupNames.insert(subgroup.id, subgroup.name);

    RosterImportPlan plan;
    QHash<qint64, int> claimedBy; // existing person -> line that matched them
    QHash<qint64, int> namedBy; // existing person -> first line joining them or offered as a merge with them
    QHash<QString, int> seenInFile; // platform + chat id -> first line using it
    const qsizetype headerCells = rows.isEmpty() ? 0 : rows.first().cells.size();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const TextRow &source = rows.at(r);
        RosterImportRow row;
        row.line = source.line;
        row.membership.campId = campId;
        if (source.lines > 1 && (source.quotesAmiss || source.cells.size() > headerCells)) {
            // Its cells are parts of several people: none of them is added.
            row.match = RosterImportRow::Match::Skipped;
            row.problems << tr("lines %1 to %2 read as one row: a quote was probably lost at line %1, and the rows "
                               "after it ran into it; the row is skipped, check these lines")
                                .arg(row.line)
                                .arg(row.line + source.lines - 1);
            plan.rows.append(row);
            continue;
        }
        QStringList extra = source.cells.mid(headerCells);
        for (QString &cell : extra)
            cell = cell.trimmed().left(40);
        extra.removeAll(QString());
        if (!extra.isEmpty()) {
            row.valuesLeftOut += int(extra.size());
            row.problems << tr("line %1: %2 cells, the header has %3; these are not imported: %4")
                                .arg(row.line)
                                .arg(source.cells.size())
                                .arg(headerCells)
                                .arg(extra.join(tr(", ")));
        }
        for (qsizetype column = 0; column < fields.size(); ++column) {
            // CampDesk's own export guards cells against spreadsheet formulas.
            const QString value = CsvWriter::unguarded(source.cells.value(column)).trimmed();
            if (value.isEmpty() || fields.at(column) == RosterField::Ignore)
                continue;
            // Bytes the file's encoding does not hold became U+FFFD: garbage
            // is never written, and the file is probably in another encoding.
            if (value.contains(QChar::ReplacementCharacter)) {
                row.problems << tr("line %1: “%2” holds bytes that are not text in the file's encoding; it is left "
                                   "out (if the file was saved in another encoding, choose it and import again)")
                                    .arg(row.line)
                                    .arg(value);
                ++row.valuesLeftOut;
                continue;
            }
            // A value left out says why (a problem); one kept is what the row says.
            const qsizetype problemsBefore = row.problems.size();
            switch (fields.at(column)) {
            case RosterField::Ignore:
                break;
            case RosterField::DisplayName:
                row.person.displayName = value;
                break;
            case RosterField::GroupNickname:
                row.membership.groupNickname = value;
                break;
            case RosterField::WeChatId:
            case RosterField::QqId:
            case RosterField::TelegramId:
            case RosterField::WhatsAppId:
            case RosterField::DiscordId:
                // A person's several ids on one app, as the export writes them.
                for (const QString &id : ListText::split(value)) {
                    if (isShortenedNumber(id))
                        row.problems << tr("line %1: the %2 “%3” was shortened by a spreadsheet; it is left out "
                                           "(format the column as text and save the file again)")
                                            .arg(row.line)
                                            .arg(RosterColumns::displayName(fields.at(column)), id);
                    else
                        row.person.chatIds.append({RosterColumns::platform(fields.at(column)), id});
                }
                break;
            case RosterField::Phone:
                if (isShortenedNumber(value))
                    row.problems << tr("line %1: the phone “%2” was shortened by a spreadsheet; it is left out (format "
                                       "the column as text and save the file again)")
                                        .arg(row.line)
                                        .arg(value);
                else
                    row.person.phone = value;
                break;
            case RosterField::City:
                row.person.city = value;
                break;
            case RosterField::Occupation:
                row.person.occupation = value;
                break;
            case RosterField::Role:
                if (const auto role = parseRole(value))
                    row.membership.role = *role;
                else
                    row.problems
                        << tr("line %1: “%2” is not a role; imported as an ordinary member").arg(row.line).arg(value);
                break;
            case RosterField::Subgroup:
                row.subgroup = value;
                break;
            case RosterField::Title:
                row.membership.title = value;
                break;
            case RosterField::Tags:
                row.person.tags = ListText::split(value);
                break;
            case RosterField::Notes:
                row.person.notes = value;
                break;
            case RosterField::IntroBasics:
                row.membership.introduction.basics = value;
                break;
            case RosterField::IntroSentence:
                row.membership.introduction.sentence = value;
                break;
            case RosterField::IntroReason:
                row.membership.introduction.reason = value;
                break;
            case RosterField::IntroProudest:
                row.membership.introduction.proudest = value;
                break;
            case RosterField::JoinedOn:
            case RosterField::LeftOn:
                if (const QDate date = dayOf(value); !date.isValid())
                    row.problems << tr("line %1: “%2” is not a date (YYYY-MM-DD)").arg(row.line).arg(value);
                else
                    (fields.at(column) == RosterField::JoinedOn ? row.membership.joinedOn : row.membership.leftOn)
                        = date;
                break;
            case RosterField::Status:
                if (const auto status = parseStatus(value))
                    row.membership.status = *status;
                else
                    row.problems << tr("line %1: “%2” is not a status; it is left out").arg(row.line).arg(value);
                break;
            }
            if (row.problems.size() == problemsBefore)
                row.given.insert(fields.at(column));
            else
                ++row.valuesLeftOut;
        }
        checkStay(row);
        if (row.person.displayName.isEmpty())
            row.person.displayName = row.membership.groupNickname;
        if (row.person.displayName.isEmpty()) {
            row.match = RosterImportRow::Match::Skipped;
            row.problems << tr("line %1: no name; the row is skipped").arg(row.line);
            plan.rows.append(row);
            continue;
        }
        // Same chat id or phone: the same person. Same name: only a merge offer.
        if (!matchKnown(row, byChatId, byPhone, known))
            offerMerge(row, byName.value(normalizedName(row.person.displayName)), known, memberships, namedBy);
        if (row.existingPersonId && row.match == RosterImportRow::Match::SamePerson) {
            if (memberships.contains(row.existingPersonId)) {
                row.match = RosterImportRow::Match::AlreadyInCamp;
            } else if (claimedBy.contains(row.existingPersonId)) {
                row.match = RosterImportRow::Match::Skipped;
                row.problems << tr("line %1: the same person as line %2; the row is skipped")
                                    .arg(row.line)
                                    .arg(claimedBy.value(row.existingPersonId));
            }
            claimedBy.insert(row.existingPersonId, claimedBy.value(row.existingPersonId, row.line));
            // A later row of the same name, merged, would add nobody: it says so.
            namedBy.insert(row.existingPersonId, namedBy.value(row.existingPersonId, row.line));
            if (row.match != RosterImportRow::Match::Skipped) {
                const auto member = memberships.constFind(row.existingPersonId);
                sayDifferences(row, *known.value(row.existingPersonId),
                               member == memberships.constEnd() ? nullptr : &*member, subgroupNames);
            }
        }
        skipIdsSeenInFile(row, seenInFile);
        plan.rows.append(row);
    }
    return plan;
}

bool RosterImport::matchKnown(RosterImportRow &row, const QHash<QString, qint64> &byChatId,
                              const QHash<QString, qint64> &byPhone, const QHash<qint64, const Person *> &known)
{
    // Every known person an identifier of the row names: one is the row's
    // person; two are two people, and joining either would give them the
    // other's id or phone.
    QList<qint64> named;
    for (const ChatId &chatId : std::as_const(row.person.chatIds)) {
        if (const qint64 id = byChatId.value(chatId.platform + u'\n' + chatId.id); id && !named.contains(id))
            named.append(id);
    }
    if (const QString phone = digitsOf(row.person.phone); !phone.isEmpty()) {
        if (const qint64 id = byPhone.value(phone); id && !named.contains(id))
            named.append(id);
    }
    if (named.isEmpty())
        return false;
    if (named.size() > 1) {
        row.match = RosterImportRow::Match::Skipped;
        row.problems << tr("line %1: its chat ids and phone belong to %2 and %3, two people known already; the row "
                           "is skipped (correct the file, or edit the members)")
                            .arg(row.line)
                            .arg(known.value(named.at(0))->displayName, known.value(named.at(1))->displayName);
        return true;
    }
    const Person &person = *known.value(named.first());
    // The same chat id, but another phone or another id on the same app: a
    // typo or someone else; either way not theirs to add without a word.
    if (contradicts(row, person)) {
        row.match = RosterImportRow::Match::Skipped;
        row.problems << tr("line %1: its chat id or phone is %2's, but its other phone or chat id differs from "
                           "theirs; the row is skipped (correct the file, or edit the member)")
                            .arg(row.line)
                            .arg(person.displayName);
        return true;
    }
    row.existingPersonId = person.id;
    row.match = RosterImportRow::Match::SamePerson;
    return true;
}

void RosterImport::skipIdsSeenInFile(RosterImportRow &row, QHash<QString, int> &seenInFile)
{
    // A chat id or a phone twice in the same file is one person listed
    // twice, whatever each row was matched to (the same known person twice
    // is said by the claim above); a name twice may be two people, and is said.
    if (row.match == RosterImportRow::Match::Skipped || row.match == RosterImportRow::Match::AlreadyInCamp)
        return;
    // The line that first had `key` in the file (0: none, this row is it).
    const auto firstWith = [&seenInFile, &row](const QString &key) {
        const int first = seenInFile.value(key);
        if (first == 0)
            seenInFile.insert(key, row.line);
        return first;
    };
    for (const ChatId &chatId : std::as_const(row.person.chatIds)) {
        if (const int first = firstWith(chatId.platform + u'\n' + chatId.id);
            first != 0 && row.match != RosterImportRow::Match::Skipped) {
            row.match = RosterImportRow::Match::Skipped;
            row.problems << tr("line %1: the same %2 id as line %3; the row is skipped")
                                .arg(row.line)
                                .arg(chatId.platform)
                                .arg(first);
        }
    }
    if (const QString phone = digitsOf(row.person.phone); !phone.isEmpty()) {
        if (const int first = firstWith(QStringLiteral("phone\n") + phone);
            first != 0 && row.match != RosterImportRow::Match::Skipped) {
            row.match = RosterImportRow::Match::Skipped;
            row.problems << tr("line %1: the same phone as line %2; the row is skipped").arg(row.line).arg(first);
        }
    }
    if (row.match != RosterImportRow::Match::NewPerson)
        return;
    if (const QString name = normalizedName(row.person.displayName); !name.isEmpty()) {
        if (const int first = firstWith(QStringLiteral("name\n") + name); first != 0) {
            row.problems << tr("line %1: the same name as line %2; each is added as a person of their own "
                               "(merge them later if they are one)")
                                .arg(row.line)
                                .arg(first);
        }
    }
}

Result<RosterImportSummary> RosterImport::apply(Workspace &workspace, qint64 campId, const RosterImportPlan &plan,
                                                bool acceptMerges)
{
    RosterImportSummary summary;
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    QSet<qint64> inCamp;
    for (const MemberEntry &entry : std::as_const(*members))
        inCamp.insert(entry.membership.personId);
    for (const RosterImportRow &row : plan.rows) {
        if (row.match == RosterImportRow::Match::Skipped || row.match == RosterImportRow::Match::AlreadyInCamp) {
            ++summary.skipped;
            continue;
        }
        qint64 personId = 0;
        const bool joinExisting = row.match == RosterImportRow::Match::SamePerson
            || (row.match == RosterImportRow::Match::PossibleMerge && acceptMerges);
        if (joinExisting && inCamp.contains(row.existingPersonId)) {
            // A merge with someone who is in the camp already adds nobody.
            ++summary.skipped;
            continue;
        }
        if (joinExisting) {
            auto existing = workspace.people().find(row.existingPersonId);
            if (!existing)
                return std::unexpected(existing.error());
            // Fill what the workspace does not know yet; never overwrite.
            Person merged = *existing;
            for (const ChatId &chatId : row.person.chatIds) {
                if (!merged.chatIds.contains(chatId))
                    merged.chatIds.append(chatId);
            }
            for (const auto &[field, value] :
                 {std::pair {&merged.city, row.person.city}, std::pair {&merged.occupation, row.person.occupation},
                  std::pair {&merged.phone, row.person.phone}, std::pair {&merged.notes, row.person.notes}}) {
                if (field->isEmpty())
                    *field = value;
            }
            for (const QString &tag : row.person.tags) {
                if (!merged.tags.contains(tag))
                    merged.tags.append(tag);
            }
            if (auto updated = workspace.people().update(merged); !updated)
                return fail(tr("line %1: %2").arg(row.line).arg(updated.error().message));
            personId = merged.id;
            ++summary.peopleMatched;
        } else {
            auto inserted = workspace.people().insert(row.person);
            if (!inserted)
                return fail(tr("line %1: %2").arg(row.line).arg(inserted.error().message));
            personId = *inserted;
            summary.createdPeople.append(personId);
            ++summary.peopleAdded;
        }
        Membership membership = row.membership;
        membership.personId = personId;
        if (!row.subgroup.isEmpty()) {
            auto subgroup = subgroupId(workspace, campId, row.subgroup, summary);
            if (!subgroup)
                return std::unexpected(subgroup.error());
            membership.subgroupId = *subgroup;
        }
        auto added = workspace.memberships().add(membership);
        if (!added)
            return fail(tr("line %1: %2").arg(row.line).arg(added.error().message));
        summary.membershipIds.append(*added);
        inCamp.insert(personId);
        ++summary.membershipsAdded;
    }
    if (auto recorded = recordWhatItLeft(workspace, summary); !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return summary;
}

Result<void> RosterImport::recordWhatItLeft(Workspace &workspace, RosterImportSummary &summary)
{
    for (qint64 id : std::as_const(summary.membershipIds)) {
        auto entry = workspace.memberships().find(id);
        if (!entry)
            return std::unexpected(entry.error());
        summary.leftMemberships.append(entry->membership);
    }
    for (qint64 id : std::as_const(summary.createdPeople)) {
        auto person = workspace.people().find(id);
        if (!person)
            return std::unexpected(person.error());
        summary.leftPeople.append(*person);
    }
    for (qint64 id : std::as_const(summary.createdSubgroups)) {
        auto subgroup = workspace.subgroups().find(id);
        if (!subgroup)
            return std::unexpected(subgroup.error());
        summary.leftSubgroups.append(*subgroup);
    }
    return {};
}

} // namespace CampDesk

namespace CampDesk {

Result<void> RosterImport::revert(Workspace &workspace, const RosterImportSummary &summary)
{
    QList<StaleEdit::Seen> rows;
    for (const Membership &left : summary.leftMemberships)
        rows.append(StaleEdit::seenMembership(workspace, left));
    rows.append(StaleEdit::seenAll<Person>(StaleEdit::Table::People, summary.leftPeople,
                                           [&workspace](qint64 id) { return workspace.people().find(id); }));
    // A subgroup it made goes with it only while no one else was put in it:
    // removing it would take them out of it without a word.
    const QSet<qint64> itsOwn(summary.membershipIds.cbegin(), summary.membershipIds.cend());
    for (const Subgroup &left : summary.leftSubgroups)
        rows.append(Roster::seenSubgroupOnlyWith(workspace, left, itsOwn));
    const auto removeAll = [](const QList<qint64> &ids, const auto &remove) -> Result<void> {
        for (qint64 id : ids) {
            if (auto removed = remove(id); !removed)
                return removed;
        }
        return {};
    };
    QList<AddedMembers::Added> added;
    for (const Membership &left : summary.leftMemberships)
        added.append({left.campId, left.personId, left.id, summary.createdPeople.contains(left.personId)});
    // The camp's participation first, as check-in writers take it, then the
    // rows (StaleEdit::writeParticipation): AddedMembers counts under it.
    const qint64 campId = summary.leftMemberships.isEmpty() ? 0 : summary.leftMemberships.first().campId;
    return StaleEdit::writeParticipation(workspace, campId, rows, [&]() -> Result<void> {
        if (auto untouched = AddedMembers::checkUntouched(workspace, added); !untouched)
            return untouched;
        // Chat ids go with their people (ON DELETE CASCADE); matched people
        // keep what the import added to them, as a later edit would.
        if (auto done = removeAll(summary.membershipIds, [&](qint64 id) { return workspace.memberships().remove(id); });
            !done)
            return done;
        if (auto done = removeAll(summary.createdPeople, [&](qint64 id) { return workspace.people().remove(id); });
            !done)
            return done;
        return removeAll(summary.createdSubgroups, [&](qint64 id) { return workspace.subgroups().remove(id); });
    });
}

} // namespace CampDesk
