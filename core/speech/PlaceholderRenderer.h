#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTime>

namespace CampDesk {

// What placeholders are filled from: the camp and the day, the member being
// addressed, the staff member posting, and the camp's variables.
struct RenderContext final {
    QString camp;
    int day = 0; // course day number; 0: not a course day
    QDate date;
    QTime time;
    QString subgroup;
    QString member;
    QString staff;
    // Variable name -> value for this camp and day. A name that the camp
    // defines for other days only is listed with a null value: "unfilled".
    QHash<QString, QString> variables;
};

struct RenderProblem final {
    enum class Kind { Unknown, Unfilled, Unclosed, StrayBrace };
    Kind kind;
    QString name;
    qsizetype position = 0; // in the template body
    qsizetype length = 0;

    bool operator==(const RenderProblem &) const = default;
};

struct RenderResult final {
    QString text;
    QList<RenderProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    // One sentence naming every problem, for the copy button and the CLI.
    QString message() const;
};

// Fills {camp}, {day}, {date}, {weekday}, {time}, {subgroup}, {member},
// {@member} (an @-mention), {staff} and the camp's variables. {{ and }} are
// literal braces. Anything it cannot fill is reported, never left in silently.
class PlaceholderRenderer final {
    Q_DECLARE_TR_FUNCTIONS(PlaceholderRenderer)

public:
    static QStringList builtInNames();
    static RenderResult render(const QString &body, const RenderContext &context);
};

} // namespace CampDesk
