#include "plan/RunSheet.h"

#include <QLocale>

#include <algorithm>

namespace CampDesk {

QList<Activity> RunSheet::activitiesOn(const QList<Activity> &activities, QDate day)
{
    QList<Activity> result;
    for (const Activity &activity : activities) {
        if (activity.start.date() == day)
            result.append(activity);
    }
    std::sort(result.begin(), result.end(), startsBefore);
    return result;
}

QString RunSheet::html(const Camp &camp, QDate day, const QList<Activity> &activities,
                       const QHash<qint64, QString> &ownerNames)
{
    const QLocale locale;
    QString dayLabel;
    if (day >= camp.courseStart && day <= camp.courseEnd)
        dayLabel = tr("Course day %1").arg(camp.courseStart.daysTo(day) + 1);
    else if (day < camp.courseStart)
        dayLabel = tr("Preparation");
    else
        dayLabel = tr("Wrap-up");

    QString out;
    out += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                          "body{font-size:10pt} h1{font-size:16pt;margin:0} h2{font-size:11pt;color:#555;margin:2px 0 12px 0}"
                          "table{border-collapse:collapse;width:100%} th{background:#1B7A3A;color:white;text-align:left;padding:4px}"
                          "td{border-bottom:1px solid #ccc;padding:4px;vertical-align:top} .small{color:#555}"
                          "</style></head><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(tr("Run sheet · %1").arg(camp.name.toHtmlEscaped()));
    out += QStringLiteral("<h2>%1 · %2</h2>")
               .arg(locale.toString(day, QLocale::LongFormat).toHtmlEscaped(), dayLabel.toHtmlEscaped());
    if (activities.isEmpty()) {
        out += QStringLiteral("<p>%1</p></body></html>").arg(tr("Nothing is planned for this day.").toHtmlEscaped());
        return out;
    }
    out += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(tr("Time"), tr("Activity"), tr("Owner"), tr("Notes and checklist"));
    for (const Activity &activity : activities) {
        QString details = activity.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        for (const ChecklistItem &item : activity.checklist) {
            if (!details.isEmpty())
                details += QStringLiteral("<br>");
            details += (item.done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + item.text.toHtmlEscaped();
        }
        const QString owner = ownerNames.value(activity.ownerMembershipId, tr("unassigned"));
        out += QStringLiteral("<tr><td>%1–%2</td><td><b>%3</b><br><span class=\"small\">%4 · %5</span></td>"
                              "<td>%6</td><td>%7</td></tr>")
                   .arg(activity.start.time().toString(QStringLiteral("HH:mm")),
                        activity.end.time().toString(QStringLiteral("HH:mm")), activity.title.toHtmlEscaped(),
                        ActivityTypes::displayName(activity.type).toHtmlEscaped(),
                        ActivityStatuses::displayName(activity.status).toHtmlEscaped(), owner.toHtmlEscaped(),
                        details);
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

} // namespace CampDesk
