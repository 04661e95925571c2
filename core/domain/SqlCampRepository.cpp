#include "core/domain/SqlCampRepository.h"

#include "core/storage/Schema.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSqlRecord>
#include <QTimeZone>

namespace CampDesk {

namespace {

const QString selectColumns
    = QStringLiteral("SELECT id, name, theme, description, preparation_start, course_start, course_end, wrap_up_end,"
                     " target_members, target_active_rate, target_checkin_rate, group_rules, faq, time_zone, "
                     "watch_words, nickname_pattern, warnings_before_removal,"
                     " activity_tail_minutes, silent_after_days FROM camps");

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Camp campFrom(const QSqlQuery &query)
{
    Camp camp;
    camp.id = query.value(0).toLongLong();
    camp.name = query.value(1).toString();
    camp.theme = query.value(2).toString();
    camp.description = query.value(3).toString();
    camp.preparationStart = toDate(query.value(4));
    camp.courseStart = toDate(query.value(5));
    camp.courseEnd = toDate(query.value(6));
    camp.wrapUpEnd = toDate(query.value(7));
    camp.targetMembers = query.value(8).toInt();
    camp.targetActiveRate = query.value(9).toDouble();
    camp.targetCheckinRate = query.value(10).toDouble();
    camp.groupRules = query.value(11).toString();
    camp.faq = query.value(12).toString();
    camp.timeZone = query.value(13).toString();
    camp.watchWords = query.value(14).toString().split(u'\n', Qt::SkipEmptyParts);
    camp.nicknamePattern = query.value(15).toString();
    camp.warningsBeforeRemoval = query.value(16).toInt();
    camp.activityTailMinutes = query.value(17).toInt();
    camp.silentAfterDays = query.value(18).toInt();
    return camp;
}

// A team workspace's camp has a zone of its own: "this computer's" would be
// each laptop's, and two operators' laptops in two zones would count the
// same messages on different days. It becomes the zone of the computer that
// stores it; a file keeps the choice, as it has one computer at a time.
QString storedZone(const QSqlDatabase &db, const Camp &camp)
{
    if (camp.timeZone.isEmpty() && !Sql::isSqlite(db))
        return QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return Sql::text(camp.timeZone);
}

QVariantList fieldValues(const QSqlDatabase &db, const Camp &camp)
{
    return {Sql::text(camp.name),
            Sql::text(camp.theme),
            Sql::text(camp.description),
            dateValue(camp.preparationStart),
            dateValue(camp.courseStart),
            dateValue(camp.courseEnd),
            dateValue(camp.wrapUpEnd),
            camp.targetMembers,
            camp.targetActiveRate,
            camp.targetCheckinRate,
            Sql::text(camp.groupRules),
            Sql::text(camp.faq),
            storedZone(db, camp),
            Sql::text(camp.watchWords.join(u'\n')),
            Sql::text(camp.nicknamePattern),
            camp.warningsBeforeRemoval,
            camp.activityTailMinutes,
            camp.silentAfterDays};
}

} // namespace

SqlCampRepository::SqlCampRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Camp>> SqlCampRepository::list() const
{
    return Sql::collect<Camp>(Sql::exec(m_db, selectColumns + QStringLiteral(" ORDER BY course_start DESC, id DESC")),
                              campFrom);
}

Result<Camp> SqlCampRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Camp %1 does not exist.").arg(id));
    return campFrom(*query);
}

Result<qint64> SqlCampRepository::insert(const Camp &camp)
{
    if (auto valid = camp.validate(); !valid)
        return std::unexpected(valid.error());
    static const QStringList columns {QStringLiteral("name"),
                                      QStringLiteral("theme"),
                                      QStringLiteral("description"),
                                      QStringLiteral("preparation_start"),
                                      QStringLiteral("course_start"),
                                      QStringLiteral("course_end"),
                                      QStringLiteral("wrap_up_end"),
                                      QStringLiteral("target_members"),
                                      QStringLiteral("target_active_rate"),
                                      QStringLiteral("target_checkin_rate"),
                                      QStringLiteral("group_rules"),
                                      QStringLiteral("faq"),
                                      QStringLiteral("time_zone"),
                                      QStringLiteral("watch_words"),
                                      QStringLiteral("nickname_pattern"),
                                      QStringLiteral("warnings_before_removal"),
                                      QStringLiteral("activity_tail_minutes"),
                                      QStringLiteral("silent_after_days")};
    return Sql::insertRow(m_db, QStringLiteral("camps"), camp.id, columns, fieldValues(m_db, camp));
}

Result<void> SqlCampRepository::update(const Camp &camp)
{
    if (auto valid = camp.validate(); !valid)
        return valid;
    if (auto kept = zoneChangeAllowed(camp); !kept)
        return kept;
    QVariantList values = fieldValues(m_db, camp);
    values << camp.id;
    auto query
        = Sql::exec(m_db,
                    QStringLiteral("UPDATE camps SET name = ?, theme = ?, description = ?,"
                                   " preparation_start = ?, course_start = ?, course_end = ?,"
                                   " wrap_up_end = ?, target_members = ?, target_active_rate = ?,"
                                   " target_checkin_rate = ?, group_rules = ?, faq = ?, time_zone = ?, watch_words = ?,"
                                   " nickname_pattern = ?, warnings_before_removal = ?, activity_tail_minutes = ?,"
                                   " silent_after_days = ? WHERE id = ?"),
                    values);
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Camp %1 does not exist.").arg(camp.id));
    return {};
}

Result<void> SqlCampRepository::zoneChangeAllowed(const Camp &camp) const
{
    auto stored = Sql::exec(m_db, QStringLiteral("SELECT time_zone FROM camps WHERE id = ?"), {camp.id});
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->next())
        return {}; // the update says the camp is gone
    Camp before;
    before.timeZone = stored->value(0).toString();
    if (before.zone().id() == camp.zone().id())
        return {};
    // The day of every message was counted in the zone it was imported in
    // (chat_messages.day, the figures, chat check-ins): in another zone a
    // message near midnight falls on another day, and the camp's days would
    // be counted two ways at once.
    auto messages
        = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM chat_messages WHERE camp_id = ?"), {camp.id});
    if (!messages)
        return std::unexpected(messages.error());
    if (*messages == 0)
        return {};
    return fail(tr("Camp “%1” holds %n chat message(s) whose days were counted in %2; in %3 some would fall on "
                   "another day. Its time zone stays: to change it, remove the camp's chat imports, change the zone, "
                   "and import them again.",
                   nullptr, int(*messages))
                    .arg(camp.name, QString::fromUtf8(before.zone().id()), QString::fromUtf8(camp.zone().id())));
}

Result<void> SqlCampRepository::remove(qint64 id)
{
    // Children go by ON DELETE CASCADE in the same statement.
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM camps WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Camp %1 does not exist.").arg(id));
    return {};
}

Result<CampSnapshot> SqlCampRepository::snapshot(qint64 id) const
{
    CampSnapshot snapshot;
    snapshot.campId = id;
    for (const Schema::CampTable &campTable : Schema::campTables()) {
        // Table names and conditions come from our schema list, never from input.
        auto query = Sql::exec(
            m_db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(campTable.table, campTable.condition), {id});
        if (!query)
            return std::unexpected(query.error());
        CampSnapshot::Table table;
        table.name = campTable.table;
        const QSqlRecord record = query->record();
        for (int column = 0; column < record.count(); ++column)
            table.columns << record.fieldName(column);
        while (query->next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int column = 0; column < record.count(); ++column)
                row << query->value(column);
            table.rows << row;
        }
        snapshot.tables << table;
    }
    if (snapshot.tables.isEmpty() || snapshot.tables.first().rows.isEmpty())
        return failMissing(tr("Camp %1 does not exist.").arg(id));
    return snapshot;
}

Result<void> SqlCampRepository::restore(const CampSnapshot &snapshot)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const CampSnapshot::Table &table : snapshot.tables) {
        if (table.rows.isEmpty())
            continue;
        auto empty = Sql::emptyValues(m_db, table.name);
        if (!empty)
            return std::unexpected(empty.error());
        const QString placeholders = QStringList(table.columns.size(), QStringLiteral("?")).join(u',');
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table.name, table.columns.join(u','), placeholders);
        for (QVariantList row : table.rows) {
            Sql::fillEmpty(row, table.columns, *empty);
            if (auto inserted = Sql::exec(m_db, sql, row); !inserted)
                return std::unexpected(inserted.error());
        }
    }
    return transaction.commit();
}

} // namespace CampDesk
