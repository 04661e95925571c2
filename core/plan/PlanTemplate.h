#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTime>

namespace CampDesk {

struct Camp;

// Text written once per shipped language; a template written by a user may
// give one string for all languages.
struct LocalizedText final {
    QString english;
    QString chinese;

    QString text(const QString &language) const;
    bool isEmpty() const { return english.isEmpty() && chinese.isEmpty(); }
};

// One line of a plan template: an activity, or a series of them, placed
// relative to the first course day (day 1; preparation days are -1, -2, …)
// or to the last course day (day 0, wrap-up days +1, +2, …).
struct PlanTemplateItem final {
    enum class Anchor { FirstDay, LastDay };
    enum class Repeat {
        Once, // on `day`
        CourseDays, // every course day
        Every, // every `every` days from course day `day`
        Weekly, // every course day that falls on ISO `weekday`
    };

    QString key;
    ActivityType type = ActivityType::StaffTask;
    LocalizedText title; // may contain {day}: the course day number
    LocalizedText notes;
    QList<LocalizedText> checklist;
    Anchor anchor = Anchor::FirstDay;
    Repeat repeat = Repeat::Once;
    int day = 1;
    int every = 7;
    int weekday = 5;
    // Days added to each date of the series: a digest of day N goes out on
    // the morning of day N + 1.
    int shift = 0;
    QTime time;
    int durationMinutes = 30;
    bool optional = false;
    bool column = false; // a fixed daily column: the user picks its time
    // The prepared text its activities post (a line of this workspace's
    // speech library; saved plan templates only): kept so a camp made from
    // the template copies the same lines.
    qint64 speechTemplateId = 0;
};

struct PlanParameters final {
    QDate firstDay;
    int courseDays = 21;
    int preparationDays = 3;
    int wrapUpDays = 2;
    QHash<QString, QTime> columnTimes; // item key -> time, overrides the template
    QSet<QString> excludedItems; // keys of optional items left out
    QString language = QStringLiteral("en");

    QDate lastDay() const { return firstDay.addDays(courseDays - 1); }
};

class PlanTemplate final {
    Q_DECLARE_TR_FUNCTIONS(PlanTemplate)

public:
    // The longest plan a template may produce: guards a hostile "every": 1
    // over a huge course against exhausting memory. What the CLI and the
    // window accept, alike.
    static constexpr int MaxCourseDays = 3660;
    static constexpr int MaxPreparationDays = 60;

    static constexpr const char *FormatName = "campdesk-plan-template";

    QString key;
    LocalizedText name;
    LocalizedText description;
    int courseDays = 21;
    int preparationDays = 3;
    QList<PlanTemplateItem> items;
    bool builtIn = false;

    // Parses and checks a template; an error names the source, the field and
    // what was expected, e.g. "items[3].time: “25:00” is not a time (HH:MM)".
    [[nodiscard]] static Result<PlanTemplate> fromJson(const QByteArray &json, const QString &sourceName);
    QByteArray toJson() const;

    // The activities this template gives for `parameters`, in start order.
    // `notes` gets a line for each activity that falls other than the
    // template places it (before this camp's preparation, after its course):
    // a camp shorter than the template's is never reshaped without a word.
    [[nodiscard]] Result<QList<Activity>> expand(const PlanParameters &parameters, QStringList *notes = nullptr) const;

    // A template that recreates `activities` relative to the camp's first
    // course day: what "Save plan as template" stores.
    static PlanTemplate fromPlan(const QString &name, const Camp &camp, const QList<Activity> &activities);

    PlanParameters defaultParameters(QDate firstDay, const QString &language) const;
    // The keys of the items a plan may leave out (excludedItems), in order.
    QStringList optionalKeys() const;

private:
    // The note for one activity of `item` on `date`, if it falls other than planned.
    static std::optional<QString> placementNote(const PlanTemplateItem &item, const QString &title, QDate date,
                                                const PlanParameters &parameters);
};

} // namespace CampDesk
