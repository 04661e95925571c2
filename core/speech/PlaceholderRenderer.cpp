#include "core/speech/PlaceholderRenderer.h"

#include <QLocale>

namespace CampDesk {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

} // namespace

QStringList PlaceholderRenderer::builtInNames()
{
    return {QStringLiteral("camp"),    QStringLiteral("day"),     QStringLiteral("date"),
            QStringLiteral("weekday"), QStringLiteral("time"),    QStringLiteral("subgroup"),
            QStringLiteral("member"),  QStringLiteral("@member"), QStringLiteral("staff")};
}

QString RenderResult::message() const
{
    QStringList parts;
    for (const RenderProblem &problem : problems) {
        switch (problem.kind) {
        case RenderProblem::Kind::Unknown:
            parts << PlaceholderRenderer::tr("{%1} is not a placeholder this camp knows").arg(problem.name);
            break;
        case RenderProblem::Kind::Unfilled:
            parts << (problem.name == QLatin1String("time")
                          ? PlaceholderRenderer::tr(
                                "{time} is when an activity starts: copy this line from the activity in the plan")
                          : PlaceholderRenderer::tr("{%1} has no value here").arg(problem.name));
            break;
        case RenderProblem::Kind::Unclosed:
            parts << PlaceholderRenderer::tr("a “{” is never closed (write {{ for a brace)");
            break;
        case RenderProblem::Kind::StrayBrace:
            parts << PlaceholderRenderer::tr("a “}” closes nothing (write }} for a brace)");
            break;
        }
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

RenderResult PlaceholderRenderer::render(const QString &body, const RenderContext &context)
{
    const QLocale locale;
    RenderResult result;
    result.text.reserve(body.size() + 32);
    const auto builtIn = [&](const QString &name, bool &known) -> QString {
        known = true;
        if (name == QLatin1String("camp"))
            return context.camp;
        if (name == QLatin1String("day"))
            return context.day > 0 ? QString::number(context.day) : QString();
        if (name == QLatin1String("date"))
            //: Date format of the {date} placeholder (Qt date format)
            return context.date.isValid() ? locale.toString(context.date, tr("MMMM d")) : QString();
        if (name == QLatin1String("weekday"))
            return context.date.isValid() ? locale.dayName(context.date.dayOfWeek()) : QString();
        if (name == QLatin1String("time"))
            return context.time.isValid() ? context.time.toString(QStringLiteral("HH:mm")) : QString();
        if (name == QLatin1String("subgroup"))
            return context.subgroup;
        if (name == QLatin1String("member"))
            return context.member;
        if (name == QLatin1String("@member")) {
            // A name pasted from WeChat may bring its @ (half- or full-width).
            const QString member = context.member.trimmed();
            if (member.isEmpty())
                return {};
            return member.startsWith(u'@') || member.startsWith(u'＠') ? u'@' + member.sliced(1) : u'@' + member;
        }
        if (name == QLatin1String("staff"))
            return context.staff;
        known = false;
        return {};
    };

    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'}') {
            if (i + 1 < body.size() && body.at(i + 1) == u'}') {
                result.text += u'}';
                ++i;
            } else {
                result.problems.append({RenderProblem::Kind::StrayBrace, QString(), i, 1});
                result.text += c;
            }
            continue;
        }
        if (c != u'{') {
            result.text += c;
            continue;
        }
        if (i + 1 < body.size() && body.at(i + 1) == u'{') {
            result.text += u'{';
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (end < body.size() && body.at(end) == u'@')
            ++end;
        while (end < body.size() && isNameCharacter(body.at(end)))
            ++end;
        if (end >= body.size() || body.at(end) != u'}' || end == i + 1) {
            result.problems.append({RenderProblem::Kind::Unclosed, QString(), i, 1});
            result.text += c;
            continue;
        }
        const QString name = body.mid(i + 1, end - i - 1);
        bool known = false;
        QString value = builtIn(name, known);
        if (!known && context.variables.contains(name)) {
            known = true;
            value = context.variables.value(name);
        }
        if (!known || value.isEmpty()) {
            result.problems.append(
                {known ? RenderProblem::Kind::Unfilled : RenderProblem::Kind::Unknown, name, i, end - i + 1});
            result.text += body.mid(i, end - i + 1);
        } else {
            result.text += value;
        }
        i = end;
    }
    return result;
}

} // namespace CampDesk
