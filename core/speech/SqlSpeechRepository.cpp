#include "core/speech/SqlSpeechRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace CampDesk {

namespace {

// Use counts and last use come from the log, per template.
const QString selectColumns = QStringLiteral("SELECT t.id, t.title, t.category, t.body, t.tags, t.favourite, t.camp_id,"
                                             " (SELECT COUNT(*) FROM speech_uses u WHERE u.template_id = t.id),"
                                             " (SELECT MAX(used_at) FROM speech_uses u WHERE u.template_id = t.id)"
                                             " FROM speech_templates t");

SpeechTemplate speechFrom(const QSqlQuery &query)
{
    SpeechTemplate speech;
    speech.id = query.value(0).toLongLong();
    speech.title = query.value(1).toString();
    speech.category = SpeechCategories::fromKey(query.value(2).toString()).value_or(SpeechCategory::Custom);
    speech.body = query.value(3).toString();
    speech.tags = query.value(4).toString().split(u',', Qt::SkipEmptyParts);
    speech.favourite = query.value(5).toBool();
    speech.campId = query.value(6).toLongLong();
    speech.useCount = query.value(7).toInt();
    speech.lastUsed = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    return speech;
}

// On a team workspace, who copied each line last: the crew shares one log
// of uses, and its history says whose login each copy was. A file has none.
Result<QList<SpeechTemplate>> withLastUsers(const QSqlDatabase &db, Result<QList<SpeechTemplate>> speeches)
{
    if (!speeches || db.driverName() != QLatin1String("QPSQL"))
        return speeches;
    auto users = Sql::exec(db,
                           QStringLiteral("SELECT DISTINCT ON (template_id) template_id, operator FROM"
                                          " (SELECT CAST(after ->> 'template_id' AS bigint) AS template_id,"
                                          " operator, id FROM campdesk_history WHERE table_name = 'speech_uses'"
                                          " AND action = 'insert') AS uses ORDER BY template_id, id DESC"));
    if (!users)
        return std::unexpected(users.error());
    QHash<qint64, QString> lastUser;
    while (users->next())
        lastUser.insert(users->value(0).toLongLong(), users->value(1).toString());
    for (SpeechTemplate &speech : *speeches)
        speech.lastUsedBy = lastUser.value(speech.id);
    return speeches;
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace

SqlSpeechRepository::SqlSpeechRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<SpeechTemplate>> SqlSpeechRepository::list(qint64 campId) const
{
    return withLastUsers(
        m_db,
        Sql::collect<SpeechTemplate>(Sql::exec(m_db,
                                               selectColumns
                                                   + QStringLiteral(" WHERE t.camp_id IS NULL OR"
                                                                    " t.camp_id = ? ORDER BY t.category,"
                                                                    " t.title, t.id"),
                                               {campId}),
                                     speechFrom));
}

Result<QList<SpeechTemplate>> SqlSpeechRepository::listAll() const
{
    return withLastUsers(
        m_db,
        Sql::collect<SpeechTemplate>(
            Sql::exec(m_db, selectColumns + QStringLiteral(" ORDER BY t.category, t.title, t.id")), speechFrom));
}

Result<SpeechTemplate> SqlSpeechRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE t.id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Speech template %1 does not exist.").arg(id));
    return speechFrom(*query);
}

Result<qint64> SqlSpeechRepository::insert(const SpeechTemplate &speech)
{
    if (speech.title.trimmed().isEmpty())
        return fail(tr("A speech template needs a title."));
    if (speech.body.trimmed().isEmpty())
        return fail(tr("The speech template “%1” has no text.").arg(speech.title));
    return Sql::insertRow(m_db, QStringLiteral("speech_templates"), speech.id,
                          {QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("body"),
                           QStringLiteral("tags"), QStringLiteral("favourite"), QStringLiteral("camp_id")},
                          {speech.title.trimmed(), SpeechCategories::key(speech.category), speech.body,
                           Sql::text(speech.tags.join(u',')), qint64(speech.favourite), Sql::idOrNull(speech.campId)});
}

Result<QList<qint64>> SqlSpeechRepository::insertAll(const QList<SpeechTemplate> &speeches)
{
    return insertEach(m_db, speeches, [this](const SpeechTemplate &item) { return insert(item); });
}

Result<void> SqlSpeechRepository::update(const SpeechTemplate &speech)
{
    if (speech.title.trimmed().isEmpty())
        return fail(tr("A speech template needs a title."));
    auto query
        = Sql::exec(m_db,
                    QStringLiteral("UPDATE speech_templates SET title = ?, category = ?, body = ?, tags = ?,"
                                   " favourite = ?, camp_id = ? WHERE id = ?"),
                    {speech.title.trimmed(), SpeechCategories::key(speech.category), speech.body,
                     Sql::text(speech.tags.join(u',')), speech.favourite, Sql::idOrNull(speech.campId), speech.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Speech template %1 does not exist.").arg(speech.id));
    return {};
}

Result<SpeechDependants> SqlSpeechRepository::dependantsOf(const QList<qint64> &ids) const
{
    SpeechDependants dependants;
    for (qint64 id : ids) {
        auto activities = Sql::collect<SpeechDependants::Posting>(
            Sql::exec(
                m_db,
                QStringLiteral("SELECT id, speech_template_id, camp_id FROM activities WHERE speech_template_id = ?"),
                {id}),
            [](const QSqlQuery &row) {
                return SpeechDependants::Posting {row.value(0).toLongLong(), row.value(1).toLongLong(),
                                                  row.value(2).toLongLong()};
            });
        if (!activities)
            return std::unexpected(activities.error());
        dependants.activities += *activities;
        auto uses = Sql::collect<SpeechUse>(
            Sql::exec(m_db,
                      QStringLiteral("SELECT template_id, coalesce(camp_id, 0), course_day, coalesce(activity_id, 0),"
                                     " used_at FROM speech_uses WHERE template_id = ? ORDER BY id"),
                      {id}),
            [](const QSqlQuery &row) {
                return SpeechUse {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong(),
                                  row.value(3).toLongLong(), row.value(4).toString()};
            });
        if (!uses)
            return std::unexpected(uses.error());
        dependants.uses += *uses;
    }
    return dependants;
}

Result<void> SqlSpeechRepository::restore(const SpeechDependants &dependants)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QList<QVariantList> links;
    for (const SpeechDependants::Posting &posting : dependants.activities)
        links.append({posting.lineId, posting.activityId});
    if (auto linked = Sql::execEach(
            m_db,
            QStringLiteral("UPDATE activities SET speech_template_id = ? WHERE id = ? AND speech_template_id IS NULL"),
            links);
        !linked)
        return linked;
    // New ids: a file may have given the old ones to later copies.
    QList<QVariantList> uses;
    for (const SpeechUse &use : dependants.uses)
        uses.append(
            {use.templateId, Sql::idOrNull(use.campId), use.courseDay, Sql::idOrNull(use.activityId), use.usedAt});
    if (auto logged = Sql::execEach(
            m_db,
            QStringLiteral("INSERT INTO speech_uses (template_id, camp_id, course_day, activity_id, used_at)"
                           " SELECT CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint),"
                           " (SELECT id FROM activities WHERE id = ?), ?"),
            uses);
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> SqlSpeechRepository::remove(qint64 id)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM speech_templates WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Speech template %1 does not exist.").arg(id));
    return {};
}

Result<qint64> SqlSpeechRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM speech_templates"));
}

Result<void> SqlSpeechRepository::recordUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId,
                                            const QDateTime &when)
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO speech_uses (template_id, camp_id, course_day, activity_id,"
                                          " used_at) VALUES (?, ?, ?, ?, ?)"),
                           {templateId, Sql::idOrNull(campId), courseDay, Sql::idOrNull(activityId), stamp(when)});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<std::optional<SpeechTemplate>> SqlSpeechRepository::takeFromRotation(SpeechCategory category, qint64 campId,
                                                                            QDate day, const Chooser &choose,
                                                                            const Use &use)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // A file's transaction holds its write lock from the start; a server's
    // crew takes turns on the camp's rotation for the moment it takes.
    // A crew member whose laptop went away while choosing holds it until
    // the server notices: the others wait five seconds at most, then are
    // told, never frozen.
    if (!Sql::isSqlite(m_db)) {
        if (auto limited = Sql::exec(m_db, QStringLiteral("SET LOCAL lock_timeout = '5s'")); !limited)
            return std::unexpected(limited.error());
        auto locked = Sql::exec(m_db,
                                QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ' speech'),"
                                               " CAST(mod(CAST(? AS bigint), 2147483647) AS integer))"),
                                {campId});
        if (!locked) {
            return fail(tr("Another of the crew is taking a line of this camp and has not finished; nothing "
                           "was copied. Try again in a moment."));
        }
    }
    auto lines = rotation(category, campId, day);
    if (!lines)
        return std::unexpected(lines.error());
    std::optional<SpeechTemplate> chosen = choose(*lines);
    if (!chosen)
        return chosen;
    if (auto recorded = recordUse(chosen->id, campId, use.courseDay, use.activityId, use.when); !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return chosen;
}

Result<QList<SpeechTemplate>> SqlSpeechRepository::rotation(SpeechCategory category, qint64 campId, QDate day) const
{
    // Used-today is judged in this camp; "least recently used" across camps
    // would let two camps starve each other's pools.
    const QString dayStart = stamp(QDateTime(day, QTime(0, 0)));
    const QString dayEnd = stamp(QDateTime(day.addDays(1), QTime(0, 0)));
    auto query = Sql::exec(
        m_db,
        // A server sorts by a column's name only as it is, not inside an
        // expression: the figures are named in a derived table first.
        QStringLiteral(
            "SELECT id FROM (SELECT t.id AS id,"
            " (SELECT COUNT(*) FROM speech_uses u WHERE u.template_id = t.id"
            "   AND u.camp_id IS NOT DISTINCT FROM ? AND u.used_at >= ? AND u.used_at < ?) AS today,"
            // The latest use by its id, not its time: times to the second
            // tie, and a tie always gave the same line.
            " (SELECT MAX(u.id) FROM speech_uses u WHERE u.template_id = t.id"
            "   AND u.camp_id IS NOT DISTINCT FROM ?) AS last"
            " FROM speech_templates t WHERE t.category = ? AND (t.camp_id IS NULL OR t.camp_id = ?)) AS lines"
            " ORDER BY today, last IS NOT NULL, last, id"),
        {Sql::idOrNull(campId), dayStart, dayEnd, Sql::idOrNull(campId), SpeechCategories::key(category), campId});
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    QList<SpeechTemplate> lines;
    for (qint64 id : std::as_const(ids)) {
        auto speech = find(id);
        if (!speech)
            return std::unexpected(speech.error());
        lines.append(*speech);
    }
    return lines;
}

} // namespace CampDesk
