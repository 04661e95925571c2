#include "core/speech/PlaceholderRenderer.h"

#include <QLocale>

#include <optional>

namespace CampDesk {

namespace {

constexpr QChar FullWidthOpen(0xFF5B); // ｛
constexpr QChar FullWidthClose(0xFF5D); // ｝

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

    // The end of a placeholder's name from `from`, just past "{" (an @,
    // then name characters), if `close` follows it.
    const auto nameEnd = [&body](qsizetype from, QChar close) -> std::optional<qsizetype> {
        qsizetype end = from;
        if (end < body.size() && body.at(end) == u'@')
            ++end;
        while (end < body.size() && isNameCharacter(body.at(end)))
            ++end;
        if (end >= body.size() || body.at(end) != close || end == from)
            return std::nullopt;
        return end;
    };
    // The placeholder body[i, end] named `name` filled, or said; false for
    // a name neither built in nor the camp's.
    const auto fill = [&](const QString &name, qsizetype i, qsizetype end, bool sayUnknown) {
        bool known = false;
        QString value = builtIn(name, known);
        if (!known && context.variables.contains(name)) {
            known = true;
            value = context.variables.value(name);
        }
        if (!known && !sayUnknown)
            return false;
        if (!known || value.isEmpty()) {
            result.problems.append(
                {known ? RenderProblem::Kind::Unfilled : RenderProblem::Kind::Unknown, name, i, end - i + 1});
            result.text += body.mid(i, end - i + 1);
        } else {
            result.text += value;
        }
        return true;
    };

    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        // ｛member｝ as a Chinese keyboard types it is the placeholder (else it
        // would be pasted into the group as it is, said nowhere); full-width
        // braces around anything else are the line's own text.
        if (c == FullWidthOpen) {
            const std::optional<qsizetype> end = nameEnd(i + 1, FullWidthClose);
            if (end && fill(body.mid(i + 1, *end - i - 1), i, *end, false)) {
                i = *end;
                continue;
            }
            result.text += c;
            continue;
        }
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
        const std::optional<qsizetype> end = nameEnd(i + 1, u'}');
        if (!end) {
            result.problems.append({RenderProblem::Kind::Unclosed, QString(), i, 1});
            result.text += c;
            continue;
        }
        fill(body.mid(i + 1, *end - i - 1), i, *end, true);
        i = *end;
    }
    return result;
}

} // namespace CampDesk
