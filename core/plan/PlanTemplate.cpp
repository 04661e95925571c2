#include "core/plan/PlanTemplate.h"

#include "core/domain/Camp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace CampDesk {

namespace {

QString repeatKey(PlanTemplateItem::Repeat repeat)
{
    switch (repeat) {
    case PlanTemplateItem::Repeat::Once:
        return QStringLiteral("once");
    case PlanTemplateItem::Repeat::CourseDays:
        return QStringLiteral("course_days");
    case PlanTemplateItem::Repeat::Every:
        return QStringLiteral("every");
    case PlanTemplateItem::Repeat::Weekly:
        return QStringLiteral("weekly");
    }
    return {};
}

// Reads one template field after another and stops at the first problem,
// remembering where it was so the message can name the field.
class Reader final {
public:
    explicit Reader(QString sourceName)
        : m_source(std::move(sourceName))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void problem(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = PlanTemplate::tr("%1: %2: %3").arg(m_source, path, what);
    }

    QString string(const QJsonObject &object, const QString &path, const QString &name, bool required)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(path + u'.' + name, PlanTemplate::tr("is missing"));
            return {};
        }
        if (!value.isString()) {
            problem(path + u'.' + name, PlanTemplate::tr("must be text"));
            return {};
        }
        return value.toString();
    }

    LocalizedText localized(const QJsonObject &object, const QString &path, const QString &name, bool required)
    {
        const QJsonValue value = object.value(name);
        const QString field = path + u'.' + name;
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(field, PlanTemplate::tr("is missing"));
            return {};
        }
        return localizedValue(value, field, required);
    }

    LocalizedText localizedValue(const QJsonValue &value, const QString &field, bool required)
    {
        LocalizedText text;
        if (value.isString()) {
            text.english = text.chinese = value.toString();
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            text.english = object.value(QStringLiteral("en")).toString();
            text.chinese = object.value(QStringLiteral("zh_CN")).toString();
            if (text.english.isEmpty())
                text.english = text.chinese;
            if (text.chinese.isEmpty())
                text.chinese = text.english;
        } else {
            problem(field, PlanTemplate::tr("must be text or an object with \"en\" and \"zh_CN\" texts"));
            return {};
        }
        if (required && text.isEmpty())
            problem(field, PlanTemplate::tr("must not be empty"));
        return text;
    }

    int integer(const QJsonObject &object, const QString &path, const QString &name, int fallback, int minimum,
                int maximum)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(qQNaN());
        if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum) {
            problem(path + u'.' + name,
                    PlanTemplate::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return int(number);
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &name)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            problem(path + u'.' + name, PlanTemplate::tr("must be true or false"));
            return false;
        }
        return value.toBool();
    }

private:
    QString m_source;
    QString m_error;
};

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return PlanTemplate::tr("line %1, column %2").arg(line).arg(column);
}

QDate dateOf(const PlanTemplateItem &item, int day, const PlanParameters &parameters)
{
    if (item.anchor == PlanTemplateItem::Anchor::LastDay)
        return parameters.lastDay().addDays(day);
    // Day 1 is the first course day; there is no day 0 before it.
    if (day >= 1)
        return parameters.firstDay.addDays(day - 1);
    // Preparation work planned further ahead than this camp's preparation
    // period starts on its first preparation day instead.
    const int earliest = -std::max(parameters.preparationDays, 0);
    return parameters.firstDay.addDays(std::max(day, earliest == 0 ? 0 : earliest));
}

QString fill(const QString &title, int courseDay)
{
    QString result = title;
    result.replace(QStringLiteral("{day}"), QString::number(courseDay));
    return result;
}

} // namespace

QString LocalizedText::text(const QString &language) const
{
    return language.startsWith(QLatin1String("zh")) ? chinese : english;
}

Result<PlanTemplate> PlanTemplate::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("%1: %2: not valid JSON (%3)")
                        .arg(sourceName, lineAndColumn(json, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return fail(tr("%1: the template must be a JSON object").arg(sourceName));
    const QJsonObject root = document.object();
    Reader reader(sourceName);
    const QString root_ = QStringLiteral("template");

    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        reader.problem(root_ + QStringLiteral(".format"), tr("must be \"%1\"").arg(QLatin1String(FormatName)));
    const int version = reader.integer(root, root_, QStringLiteral("version"), 0, 1, 1000);
    if (!reader.failed() && version != 1)
        reader.problem(root_ + QStringLiteral(".version"),
                       tr("version %1 is newer than this CampDesk understands (1)").arg(version));

    PlanTemplate plan;
    plan.key = reader.string(root, root_, QStringLiteral("key"), true);
    plan.name = reader.localized(root, root_, QStringLiteral("name"), true);
    plan.description = reader.localized(root, root_, QStringLiteral("description"), false);
    plan.courseDays = reader.integer(root, root_, QStringLiteral("course_days"), 21, 1, MaxCourseDays);
    plan.preparationDays = reader.integer(root, root_, QStringLiteral("preparation_days"), 3, 0, MaxPreparationDays);

    const QJsonValue itemsValue = root.value(QStringLiteral("items"));
    if (!reader.failed() && !itemsValue.isArray())
        reader.problem(root_ + QStringLiteral(".items"), tr("must be a list of items"));
    const QJsonArray items = itemsValue.toArray();
    QSet<QString> keys;
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            reader.problem(path, tr("must be an object"));
            break;
        }
        const QJsonObject object = items.at(i).toObject();
        PlanTemplateItem item;
        item.key = reader.string(object, path, QStringLiteral("key"), true);
        if (!reader.failed() && keys.contains(item.key))
            reader.problem(path + QStringLiteral(".key"), tr("“%1” is used by an earlier item").arg(item.key));
        keys.insert(item.key);

        const QString typeKey = reader.string(object, path, QStringLiteral("type"), true);
        if (!reader.failed()) {
            const auto type = ActivityTypes::fromKey(typeKey);
            if (!type)
                reader.problem(path + QStringLiteral(".type"), tr("“%1” is not an activity type").arg(typeKey));
            item.type = type.value_or(ActivityType::StaffTask);
        }
        item.title = reader.localized(object, path, QStringLiteral("title"), true);
        item.notes = reader.localized(object, path, QStringLiteral("notes"), false);

        const QJsonValue checklist = object.value(QStringLiteral("checklist"));
        if (!checklist.isUndefined() && !reader.failed()) {
            if (!checklist.isArray()) {
                reader.problem(path + QStringLiteral(".checklist"), tr("must be a list of texts"));
            } else {
                const QJsonArray entries = checklist.toArray();
                for (qsizetype c = 0; c < entries.size(); ++c)
                    item.checklist << reader.localizedValue(entries.at(c),
                                                            path + QStringLiteral(".checklist[%1]").arg(c), true);
            }
        }

        const QString anchor = reader.string(object, path, QStringLiteral("anchor"), false);
        if (anchor.isEmpty() || anchor == QLatin1String("first_day"))
            item.anchor = PlanTemplateItem::Anchor::FirstDay;
        else if (anchor == QLatin1String("last_day"))
            item.anchor = PlanTemplateItem::Anchor::LastDay;
        else
            reader.problem(path + QStringLiteral(".anchor"), tr("must be \"first_day\" or \"last_day\""));

        const QString repeat = reader.string(object, path, QStringLiteral("repeat"), false);
        bool needsDay = true;
        if (repeat.isEmpty() || repeat == QLatin1String("once")) {
            item.repeat = PlanTemplateItem::Repeat::Once;
        } else if (repeat == QLatin1String("course_days")) {
            item.repeat = PlanTemplateItem::Repeat::CourseDays;
            needsDay = false;
        } else if (repeat == QLatin1String("every")) {
            item.repeat = PlanTemplateItem::Repeat::Every;
            item.every = reader.integer(object, path, QStringLiteral("every"), 7, 1, 365);
        } else if (repeat == QLatin1String("weekly")) {
            item.repeat = PlanTemplateItem::Repeat::Weekly;
            item.weekday = reader.integer(object, path, QStringLiteral("weekday"), 5, 1, 7);
            needsDay = false;
        } else {
            reader.problem(path + QStringLiteral(".repeat"),
                           tr("must be \"once\", \"course_days\", \"every\" or \"weekly\""));
        }
        if (needsDay) {
            if (!object.contains(QStringLiteral("day")) && !reader.failed())
                reader.problem(path + QStringLiteral(".day"), tr("is missing"));
            item.day = reader.integer(object, path, QStringLiteral("day"), 1, -MaxCourseDays, MaxCourseDays);
            if (!reader.failed() && item.anchor == PlanTemplateItem::Anchor::FirstDay && item.day == 0)
                reader.problem(path + QStringLiteral(".day"),
                               tr("0 is not a day: day 1 is the first course day and -1 the day before it"));
        }
        item.shift = reader.integer(object, path, QStringLiteral("shift"), 0, -30, 30);

        const QString time = reader.string(object, path, QStringLiteral("time"), true);
        if (!reader.failed()) {
            static const QRegularExpression pattern(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
            const auto match = pattern.match(time);
            if (!match.hasMatch())
                reader.problem(path + QStringLiteral(".time"), tr("“%1” is not a time of day (HH:MM)").arg(time));
            else
                item.time = QTime(match.captured(1).toInt(), match.captured(2).toInt());
        }
        item.durationMinutes = reader.integer(object, path, QStringLiteral("duration"), 30, 0, 24 * 60);
        item.optional = reader.boolean(object, path, QStringLiteral("optional"));
        item.column = reader.boolean(object, path, QStringLiteral("column"));
        item.speechTemplateId
            = reader.integer(object, path, QStringLiteral("speech_template_id"), 0, 0, std::numeric_limits<int>::max());
        plan.items << item;
    }
    if (!reader.failed() && items.isEmpty())
        reader.problem(root_ + QStringLiteral(".items"), tr("must list at least one item"));
    if (reader.failed())
        return fail(reader.error());
    return plan;
}

QByteArray PlanTemplate::toJson() const
{
    const auto localized = [](const LocalizedText &text) -> QJsonValue {
        if (text.english == text.chinese)
            return text.english;
        return QJsonObject {{QStringLiteral("en"), text.english}, {QStringLiteral("zh_CN"), text.chinese}};
    };
    QJsonArray array;
    for (const PlanTemplateItem &item : items) {
        QJsonObject object {{QStringLiteral("key"), item.key},
                            {QStringLiteral("type"), ActivityTypes::key(item.type)},
                            {QStringLiteral("title"), localized(item.title)},
                            {QStringLiteral("time"), item.time.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("duration"), item.durationMinutes}};
        if (!item.notes.isEmpty())
            object.insert(QStringLiteral("notes"), localized(item.notes));
        if (item.speechTemplateId != 0)
            object.insert(QStringLiteral("speech_template_id"), item.speechTemplateId);
        if (!item.checklist.isEmpty()) {
            QJsonArray checklist;
            for (const LocalizedText &entry : item.checklist)
                checklist.append(localized(entry));
            object.insert(QStringLiteral("checklist"), checklist);
        }
        if (item.anchor == PlanTemplateItem::Anchor::LastDay)
            object.insert(QStringLiteral("anchor"), QStringLiteral("last_day"));
        if (item.repeat != PlanTemplateItem::Repeat::Once)
            object.insert(QStringLiteral("repeat"), repeatKey(item.repeat));
        if (item.repeat == PlanTemplateItem::Repeat::Once || item.repeat == PlanTemplateItem::Repeat::Every)
            object.insert(QStringLiteral("day"), item.day);
        if (item.repeat == PlanTemplateItem::Repeat::Every)
            object.insert(QStringLiteral("every"), item.every);
        if (item.repeat == PlanTemplateItem::Repeat::Weekly)
            object.insert(QStringLiteral("weekday"), item.weekday);
        if (item.shift != 0)
            object.insert(QStringLiteral("shift"), item.shift);
        if (item.optional)
            object.insert(QStringLiteral("optional"), true);
        if (item.column)
            object.insert(QStringLiteral("column"), true);
        array.append(object);
    }
    QJsonObject root {{QStringLiteral("format"), QLatin1String(FormatName)},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("key"), key},
                      {QStringLiteral("name"), localized(name)},
                      {QStringLiteral("course_days"), courseDays},
                      {QStringLiteral("preparation_days"), preparationDays},
                      {QStringLiteral("items"), array}};
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), localized(description));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PlanParameters PlanTemplate::defaultParameters(QDate firstDay, const QString &language) const
{
    PlanParameters parameters;
    parameters.firstDay = firstDay;
    parameters.courseDays = courseDays;
    parameters.preparationDays = preparationDays;
    parameters.language = language;
    return parameters;
}

std::optional<QString> PlanTemplate::placementNote(const PlanTemplateItem &item, const QString &title, QDate date,
                                                   const PlanParameters &parameters)
{
    const QString on = date.toString(Qt::ISODate);
    if (item.anchor == PlanTemplateItem::Anchor::FirstDay && item.day < 0
        && date != parameters.firstDay.addDays(item.day)) {
        if (parameters.preparationDays <= 0)
            return tr("“%1” is planned %n day(s) before the course, but this camp has no preparation days: it is "
                      "placed on the first course day, %2.",
                      nullptr, -item.day)
                .arg(title, on);
        return tr("“%1” is planned %n day(s) before the course, before this camp's preparation starts: it is "
                  "placed on its first day, %2.",
                  nullptr, -item.day)
            .arg(title, on);
    }
    if (item.anchor == PlanTemplateItem::Anchor::FirstDay && item.day > parameters.courseDays)
        return tr("“%1” is planned on course day %2, but this camp has %n course day(s): it falls on %3, after them.",
                  nullptr, parameters.courseDays)
            .arg(title)
            .arg(item.day)
            .arg(on);
    if (item.anchor == PlanTemplateItem::Anchor::LastDay && item.day <= 0 && date < parameters.firstDay)
        return tr("“%1” is planned %n day(s) before the last course day, but this camp's course is shorter: it "
                  "falls on %2, before the course.",
                  nullptr, -item.day)
            .arg(title, on);
    if (item.anchor == PlanTemplateItem::Anchor::LastDay && item.day > parameters.wrapUpDays)
        return tr("“%1” is planned %n day(s) after the course, after this camp's wrap-up ends: it falls on %2.",
                  nullptr, item.day)
            .arg(title, on);
    return std::nullopt;
}

QStringList PlanTemplate::optionalKeys() const
{
    QStringList keys;
    for (const PlanTemplateItem &item : items) {
        if (item.optional && !keys.contains(item.key))
            keys.append(item.key);
    }
    return keys;
}

Result<QList<Activity>> PlanTemplate::expand(const PlanParameters &parameters, QStringList *notes) const
{
    if (!parameters.firstDay.isValid())
        return fail(tr("The plan needs a first course day."));
    if (parameters.courseDays < 1 || parameters.courseDays > MaxCourseDays)
        return fail(tr("A plan has from 1 to %1 course days.").arg(MaxCourseDays));
    if (parameters.preparationDays < 0 || parameters.preparationDays > MaxPreparationDays)
        return fail(tr("A plan has from 0 to %1 preparation days.").arg(MaxPreparationDays));

    QList<Activity> activities;
    for (const PlanTemplateItem &item : items) {
        if (item.optional && parameters.excludedItems.contains(item.key))
            continue;
        const QTime time = item.column ? parameters.columnTimes.value(item.key, item.time) : item.time;
        // Each occurrence is (course day number for {day}, date before shift).
        QList<std::pair<int, QDate>> occurrences;
        switch (item.repeat) {
        case PlanTemplateItem::Repeat::Once: {
            const int courseDay
                = item.anchor == PlanTemplateItem::Anchor::FirstDay ? item.day : parameters.courseDays + item.day;
            const QDate date = dateOf(item, item.day, parameters);
            occurrences.append({courseDay, date});
            const QString title = fill(item.title.text(parameters.language), courseDay);
            if (const auto note = placementNote(item, title, date, parameters); note && notes)
                notes->append(*note);
            break;
        }
        case PlanTemplateItem::Repeat::CourseDays:
            for (int day = 1; day <= parameters.courseDays; ++day)
                occurrences.append({day, parameters.firstDay.addDays(day - 1)});
            break;
        case PlanTemplateItem::Repeat::Every:
            for (int day = std::max(item.day, 1); day <= parameters.courseDays; day += item.every)
                occurrences.append({day, parameters.firstDay.addDays(day - 1)});
            break;
        case PlanTemplateItem::Repeat::Weekly:
            for (int day = 1; day <= parameters.courseDays; ++day) {
                const QDate date = parameters.firstDay.addDays(day - 1);
                if (date.dayOfWeek() == item.weekday)
                    occurrences.append({day, date});
            }
            break;
        }
        for (const auto &[courseDay, date] : occurrences) {
            Activity activity;
            activity.type = item.type;
            activity.title = fill(item.title.text(parameters.language), courseDay);
            activity.start = wallClock(date.addDays(item.shift), time);
            activity.end = activity.start.addSecs(qint64(item.durationMinutes) * 60);
            activity.notes = item.notes.text(parameters.language);
            for (const LocalizedText &entry : item.checklist)
                activity.checklist.append({entry.text(parameters.language), false});
            activity.templateKey = item.key;
            activity.speechTemplateId = item.speechTemplateId;
            activities.append(activity);
        }
    }
    std::stable_sort(activities.begin(), activities.end(),
                     [](const Activity &a, const Activity &b) { return a.start < b.start; });
    return activities;
}

namespace {

// An activity of a plan as a line of a template: its course day's number in
// the title read as {day}, so that the same line on every day is one series.
struct PlannedLine {
    const Activity *activity = nullptr;
    int offset = 0; // days from the first course day
    QString pattern; // the title, its course day's number as {day}
    QString key; // what makes activities one series
};

// A title whose day is written as one ("Day 20", "day20", "第20天") with
// that day as {day}: a number on its own may be a count or a time.
QString dayPhrased(const QString &title, int day)
{
    QString phrased = title;
    phrased.replace(QRegularExpression(QStringLiteral("\\b([Dd]ay|DAY)(\\s*)%1(?![0-9])").arg(day)),
                    QStringLiteral("\\1\\2{day}"));
    phrased.replace(QStringLiteral("第%1天").arg(day), QStringLiteral("第{day}天"));
    return phrased;
}

PlannedLine plannedLine(const Camp &camp, const Activity &activity)
{
    PlannedLine line {&activity, int(camp.courseStart.daysTo(activity.start.date())), activity.title, {}};
    if (line.offset >= 0 && line.offset < camp.courseDays()) {
        // A number in a time or a decimal ("21:00", "21点", "5.5km") is no day's.
        const QRegularExpression dayNumber(
            QStringLiteral("(?<![0-9:：.])%1(?![0-9:：点时]|\\.[0-9])").arg(line.offset + 1));
        line.pattern.replace(dayNumber, QStringLiteral("{day}"));
    }
    QStringList checklist;
    for (const ChecklistItem &entry : activity.checklist)
        checklist.append(entry.text);
    line.key = QStringList {QString::number(int(activity.type)),
                            line.pattern,
                            activity.start.time().toString(Qt::ISODate),
                            QString::number(activity.start.secsTo(activity.end)),
                            activity.notes,
                            checklist.join(u'\n'),
                            QString::number(activity.speechTemplateId)}
                   .join(u'\x1f');
    return line;
}

// The course days (offsets) a series covers, if it holds exactly one line on
// each of `wanted` and no other day.
bool coversExactly(const QList<PlannedLine> &series, const QList<int> &wanted)
{
    QList<int> offsets;
    for (const PlannedLine &line : series)
        offsets.append(line.offset);
    std::sort(offsets.begin(), offsets.end());
    return !wanted.isEmpty() && offsets == wanted;
}

PlanTemplateItem itemOf(const PlannedLine &line, const QString &key)
{
    const Activity &activity = *line.activity;
    PlanTemplateItem item;
    item.key = key;
    item.type = activity.type;
    item.title = {activity.title, activity.title};
    item.notes = {activity.notes, activity.notes};
    for (const ChecklistItem &entry : activity.checklist)
        item.checklist.append({entry.text, entry.text});
    // Course days count from 1; the day before the course is -1.
    item.day = line.offset >= 0 ? line.offset + 1 : line.offset;
    item.time = activity.start.time();
    item.durationMinutes = int(std::min<qint64>(activity.start.secsTo(activity.end) / 60, 24 * 60));
    item.speechTemplateId = activity.speechTemplateId;
    return item;
}

} // namespace

PlanTemplate PlanTemplate::fromPlan(const QString &name, const Camp &camp, const QList<Activity> &activities)
{
    PlanTemplate plan;
    plan.key = QStringLiteral("user-") + QString::number(qHash(name), 16);
    plan.name = {name, name};
    plan.courseDays = camp.courseDays();
    plan.preparationDays = camp.preparationStart.isValid() ? int(camp.preparationStart.daysTo(camp.courseStart)) : 0;
    // The same line on several days, in the order each first appears.
    QList<QString> order;
    QHash<QString, QList<PlannedLine>> series;
    for (const Activity &activity : activities) {
        PlannedLine line = plannedLine(camp, activity);
        if (!series.contains(line.key))
            order.append(line.key);
        series[line.key].append(std::move(line));
    }
    QList<int> everyDay;
    QHash<int, QList<int>> byWeekday; // ISO weekday -> the course days on it
    for (int offset = 0; offset < plan.courseDays; ++offset) {
        everyDay.append(offset);
        byWeekday[camp.courseStart.addDays(offset).dayOfWeek()].append(offset);
    }
    const int lastOffset = plan.courseDays - 1;
    int serial = 0;
    for (const QString &key : std::as_const(order)) {
        const QList<PlannedLine> &lines = series.value(key);
        const PlannedLine &first = lines.first();
        const int weekday = camp.courseStart.addDays(first.offset).dayOfWeek();
        // A line on every course day, or on every course day of one weekday,
        // is a series: a camp of another length gets it on each of its days.
        const bool daily = coversExactly(lines, everyDay);
        if (lines.size() > 1 && (daily || coversExactly(lines, byWeekday.value(weekday)))) {
            PlanTemplateItem item = itemOf(first, QStringLiteral("item-%1").arg(++serial));
            // Every day's title differs by its day's number alone: {day} says it.
            item.title = {first.pattern, first.pattern};
            item.repeat = daily ? PlanTemplateItem::Repeat::CourseDays : PlanTemplateItem::Repeat::Weekly;
            item.weekday = weekday;
            item.day = 1;
            plan.items.append(item);
            continue;
        }
        for (const PlannedLine &line : lines) {
            PlanTemplateItem item = itemOf(line, QStringLiteral("item-%1").arg(++serial));
            // The wrap-up, and a one-off in the course's second half (the
            // closing ceremony, its rehearsal), keep their distance from the
            // last course day: a shorter camp has them on its own last days.
            const bool late = line.offset > lastOffset
                || (lines.size() == 1 && line.offset >= 0 && lastOffset - line.offset < line.offset);
            if (late) {
                item.anchor = PlanTemplateItem::Anchor::LastDay;
                item.day = line.offset - lastOffset;
                // "Day 20 rehearsal" falls on another day of a camp of another
                // length, and says that day's number; "20分钟复盘" keeps its 20.
                const QString title = dayPhrased(line.activity->title, line.offset + 1);
                item.title = {title, title};
            }
            plan.items.append(item);
        }
    }
    return plan;
}

} // namespace CampDesk
