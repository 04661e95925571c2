#include "core/domain/SqliteCampRepository.h"

#include "core/storage/Schema.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSqlRecord>

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

QVariantList fieldValues(const Camp &camp)
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
            Sql::text(camp.timeZone),
            camp.watchWords.join(u'\n'),
            Sql::text(camp.nicknamePattern),
            camp.warningsBeforeRemoval,
            camp.activityTailMinutes,
            camp.silentAfterDays};
}

} // namespace

SqliteCampRepository::SqliteCampRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Camp>> SqliteCampRepository::list() const
{
    return Sql::collect<Camp>(Sql::exec(m_db, selectColumns + QStringLiteral(" ORDER BY course_start DESC, id DESC")),
                              campFrom);
}

Result<Camp> SqliteCampRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Camp %1 does not exist.").arg(id));
    return campFrom(*query);
}

Result<qint64> SqliteCampRepository::insert(const Camp &camp)
{
    if (auto valid = camp.validate(); !valid)
        return std::unexpected(valid.error());
    QVariantList values {camp.id > 0 ? QVariant(camp.id) : QVariant(QMetaType::fromType<qint64>())};
    values += fieldValues(camp);
    auto query = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO camps (id, name, theme, description, preparation_start,"
                                          " course_start, course_end, wrap_up_end, target_members,"
                                          " target_active_rate, target_checkin_rate, group_rules, faq, time_zone, "
                                          "watch_words, nickname_pattern, warnings_before_removal,"
                                          " activity_tail_minutes, silent_after_days)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           values);
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<void> SqliteCampRepository::update(const Camp &camp)
{
    if (auto valid = camp.validate(); !valid)
        return valid;
    QVariantList values = fieldValues(camp);
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

Result<void> SqliteCampRepository::remove(qint64 id)
{
    // Children go by ON DELETE CASCADE in the same statement.
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM camps WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Camp %1 does not exist.").arg(id));
    return {};
}

Result<CampSnapshot> SqliteCampRepository::snapshot(qint64 id) const
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
        return fail(tr("Camp %1 does not exist.").arg(id));
    return snapshot;
}

Result<void> SqliteCampRepository::restore(const CampSnapshot &snapshot)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const CampSnapshot::Table &table : snapshot.tables) {
        if (table.rows.isEmpty())
            continue;
        // A zero-length blob or text reads back as a null value, which the
        // driver binds as SQL NULL: a NOT NULL column (activity_stats.people)
        // takes it back as empty. The table name comes from our schema list.
        QHash<QString, QString> emptyOf;
        auto columns = Sql::exec(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(table.name));
        if (!columns)
            return std::unexpected(columns.error());
        while (columns->next()) {
            if (columns->value(3).toInt() != 0)
                emptyOf.insert(columns->value(1).toString(),
                               columns->value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0
                                   ? QStringLiteral("X''")
                                   : QStringLiteral("''"));
        }
        QStringList bindings;
        for (const QString &column : table.columns)
            bindings.append(emptyOf.contains(column) ? QStringLiteral("COALESCE(?, %1)").arg(emptyOf.value(column))
                                                     : QStringLiteral("?"));
        const QString placeholders = bindings.join(u',');
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table.name, table.columns.join(u','), placeholders);
        for (const QVariantList &row : table.rows) {
            if (auto inserted = Sql::exec(m_db, sql, row); !inserted)
                return std::unexpected(inserted.error());
        }
    }
    return transaction.commit();
}

} // namespace CampDesk
