#include "ui/team/HistoryWords.h"

#include <QHash>

namespace CampDesk {

namespace {

// A stored value as text, nothing as an empty mark.
QString valueText(const QJsonValue &value)
{
    const QString text = HistoryEntry::textOf(value);
    return text.isNull() ? QStringLiteral("—") : text;
}

QString shortened(const QJsonValue &value)
{
    const QString text = valueText(value).simplified();
    return text.size() > 30 ? text.left(29) + u'…' : text;
}

// The columns shown for an entry: an update's changes; every column of an
// inserted or deleted row but its keys, which say nothing to an operator.
QStringList shownColumns(const HistoryEntry &entry)
{
    QStringList columns = entry.changedColumns();
    if (entry.action != QLatin1String("update"))
        columns.removeIf([](const QString &column) { return column == QLatin1String("id"); });
    return columns;
}

} // namespace

QString HistoryWords::table(const QString &name)
{
    static const QHash<QString, const char *> names {{QStringLiteral("workspace"), QT_TR_NOOP("Workspace")},
                                                     {QStringLiteral("workspace_settings"), QT_TR_NOOP("Setting")},
                                                     {QStringLiteral("people"), QT_TR_NOOP("Person")},
                                                     {QStringLiteral("camps"), QT_TR_NOOP("Camp")},
                                                     {QStringLiteral("subgroups"), QT_TR_NOOP("Subgroup")},
                                                     {QStringLiteral("memberships"), QT_TR_NOOP("Member")},
                                                     {QStringLiteral("speech_templates"), QT_TR_NOOP("Speech line")},
                                                     {QStringLiteral("activities"), QT_TR_NOOP("Activity")},
                                                     {QStringLiteral("plan_templates"), QT_TR_NOOP("Plan template")},
                                                     {QStringLiteral("speech_uses"), QT_TR_NOOP("Line copied")},
                                                     {QStringLiteral("camp_variables"), QT_TR_NOOP("Camp variable")},
                                                     {QStringLiteral("person_chat_ids"), QT_TR_NOOP("Chat account")},
                                                     {QStringLiteral("violations"), QT_TR_NOOP("Violation")},
                                                     {QStringLiteral("chat_imports"), QT_TR_NOOP("Chat import")},
                                                     {QStringLiteral("chat_identities"), QT_TR_NOOP("Chat sender")},
                                                     {QStringLiteral("check_ins"), QT_TR_NOOP("Check-in")},
                                                     {QStringLiteral("name_aliases"), QT_TR_NOOP("Name alias")},
                                                     {QStringLiteral("activity_reviews"), QT_TR_NOOP("Review")},
                                                     {QStringLiteral("campdesk_operators"), QT_TR_NOOP("Operator")}};
    const auto found = names.constFind(name);
    return found == names.cend() ? name : tr(*found);
}

QString HistoryWords::column(const QString &name)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("action"), QT_TR_NOOP("action taken")},
        {QStringLiteral("actions"), QT_TR_NOOP("next actions")},
        {QStringLiteral("activity_id"), QT_TR_NOOP("activity")},
        {QStringLiteral("activity_start"), QT_TR_NOOP("activity start")},
        {QStringLiteral("activity_tail_minutes"), QT_TR_NOOP("minutes counted after an activity")},
        {QStringLiteral("activity_title"), QT_TR_NOOP("activity title")},
        {QStringLiteral("activity_type"), QT_TR_NOOP("activity type")},
        {QStringLiteral("alias"), QT_TR_NOOP("alias")},
        {QStringLiteral("body"), QT_TR_NOOP("text")},
        {QStringLiteral("camp_id"), QT_TR_NOOP("camp")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("chat_id"), QT_TR_NOOP("chat account")},
        {QStringLiteral("chat_key"), QT_TR_NOOP("sender key")},
        {QStringLiteral("checklist"), QT_TR_NOOP("checklist")},
        {QStringLiteral("city"), QT_TR_NOOP("city")},
        {QStringLiteral("color"), QT_TR_NOOP("colour")},
        {QStringLiteral("course_day"), QT_TR_NOOP("course day")},
        {QStringLiteral("course_end"), QT_TR_NOOP("last course day")},
        {QStringLiteral("course_start"), QT_TR_NOOP("first course day")},
        {QStringLiteral("created_at"), QT_TR_NOOP("created")},
        {QStringLiteral("day"), QT_TR_NOOP("day")},
        {QStringLiteral("definition"), QT_TR_NOOP("definition")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("display_name"), QT_TR_NOOP("name")},
        {QStringLiteral("duplicates"), QT_TR_NOOP("duplicates")},
        {QStringLiteral("encoding"), QT_TR_NOOP("encoding")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("end")},
        {QStringLiteral("evidence"), QT_TR_NOOP("evidence")},
        {QStringLiteral("faq"), QT_TR_NOOP("FAQ")},
        {QStringLiteral("favourite"), QT_TR_NOOP("favourite")},
        {QStringLiteral("file_name"), QT_TR_NOOP("file")},
        {QStringLiteral("format"), QT_TR_NOOP("format")},
        {QStringLiteral("group_nickname"), QT_TR_NOOP("group nickname")},
        {QStringLiteral("group_rules"), QT_TR_NOOP("group rules")},
        {QStringLiteral("id"), QT_TR_NOOP("number")},
        {QStringLiteral("import_id"), QT_TR_NOOP("import")},
        {QStringLiteral("imported_at"), QT_TR_NOOP("imported")},
        {QStringLiteral("intro_basics"), QT_TR_NOOP("introduction: basics")},
        {QStringLiteral("intro_proudest"), QT_TR_NOOP("introduction: proudest moment")},
        {QStringLiteral("intro_reason"), QT_TR_NOOP("introduction: reason for joining")},
        {QStringLiteral("intro_sentence"), QT_TR_NOOP("introduction: one sentence")},
        {QStringLiteral("is_self"), QT_TR_NOOP("is the exporter")},
        {QStringLiteral("is_staff"), QT_TR_NOOP("is staff")},
        {QStringLiteral("joined_on"), QT_TR_NOOP("joined")},
        {QStringLiteral("key"), QT_TR_NOOP("key")},
        {QStringLiteral("leader_membership_id"), QT_TR_NOOP("leader")},
        {QStringLiteral("left_on"), QT_TR_NOOP("left")},
        {QStringLiteral("messages_added"), QT_TR_NOOP("messages added")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("nickname_pattern"), QT_TR_NOOP("nickname pattern")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("occupation"), QT_TR_NOOP("occupation")},
        {QStringLiteral("occurred_on"), QT_TR_NOOP("date")},
        {QStringLiteral("owner_membership_id"), QT_TR_NOOP("owner")},
        {QStringLiteral("participation_revision"), QT_TR_NOOP("figures' revision")},
        {QStringLiteral("person_id"), QT_TR_NOOP("person")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("platform"), QT_TR_NOOP("platform")},
        {QStringLiteral("preparation_start"), QT_TR_NOOP("preparation start")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("login"), QT_TR_NOOP("login")},
        {QStringLiteral("camps"), QT_TR_NOOP("camps")},
        {QStringLiteral("rule"), QT_TR_NOOP("rule")},
        {QStringLiteral("silent_after_days"), QT_TR_NOOP("silent after days")},
        {QStringLiteral("snapshot"), QT_TR_NOOP("figures at the time")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("speaker_membership_id"), QT_TR_NOOP("speaker")},
        {QStringLiteral("speech_template_id"), QT_TR_NOOP("speech line")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("start")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("subgroup_id"), QT_TR_NOOP("subgroup")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("target_active_rate"), QT_TR_NOOP("active rate target")},
        {QStringLiteral("target_checkin_rate"), QT_TR_NOOP("check-in rate target")},
        {QStringLiteral("target_members"), QT_TR_NOOP("member target")},
        {QStringLiteral("template_id"), QT_TR_NOOP("speech line")},
        {QStringLiteral("template_key"), QT_TR_NOOP("template item")},
        {QStringLiteral("theme"), QT_TR_NOOP("theme")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("time zone")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("to_improve"), QT_TR_NOOP("to improve")},
        {QStringLiteral("type"), QT_TR_NOOP("type")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("updated")},
        {QStringLiteral("used_at"), QT_TR_NOOP("used")},
        {QStringLiteral("value"), QT_TR_NOOP("value")},
        {QStringLiteral("warnings_before_removal"), QT_TR_NOOP("warnings before removal")},
        {QStringLiteral("watch_words"), QT_TR_NOOP("watch words")},
        {QStringLiteral("went_well"), QT_TR_NOOP("went well")},
        {QStringLiteral("wrap_up_end"), QT_TR_NOOP("wrap-up end")},
        {QStringLiteral("from"), QT_TR_NOOP("from")},
        {QStringLiteral("rows"), QT_TR_NOOP("rows")}};
    const auto found = names.constFind(name);
    return found == names.cend() ? name : tr(*found);
}

QString HistoryWords::action(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("push"))
        return tr("Pushed");
    return action;
}

QString HistoryWords::summary(const HistoryEntry &entry)
{
    if (entry.action == QLatin1String("update")) {
        QStringList changes;
        for (const QString &column : entry.changedColumns())
            changes.append(tr("%1: %2 → %3")
                               .arg(HistoryWords::column(column), shortened(entry.before.value(column)),
                                    shortened(entry.after.value(column))));
        return changes.join(tr("; "));
    }
    if (entry.action == QLatin1String("push"))
        return tr("%n rows from %1", nullptr, entry.after.value(QStringLiteral("rows")).toInt())
            .arg(entry.after.value(QStringLiteral("from")).toString());
    return QString();
}

QString HistoryWords::details(const HistoryEntry &entry)
{
    QStringList lines;
    for (const QString &column : shownColumns(entry)) {
        if (entry.action == QLatin1String("update"))
            lines.append(tr("%1: %2 → %3")
                             .arg(HistoryWords::column(column), valueText(entry.before.value(column)),
                                  valueText(entry.after.value(column))));
        else
            lines.append(
                tr("%1: %2").arg(HistoryWords::column(column),
                                 valueText((entry.after.isEmpty() ? entry.before : entry.after).value(column))));
    }
    return lines.join(u'\n');
}

} // namespace CampDesk
