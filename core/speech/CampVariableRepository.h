#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>

namespace CampDesk {

// A named value the operator sets for a camp, for every day (courseDay 0)
// or for one course day: {course_link} differs each day.
struct CampVariable final {
    QString name;
    int courseDay = 0;
    QString value;

    bool operator==(const CampVariable &) const = default;
};

class CampVariableRepository {
    Q_DECLARE_TR_FUNCTIONS(CampVariableRepository)

public:
    virtual ~CampVariableRepository() = default;

    [[nodiscard]] virtual Result<QList<CampVariable>> list(qint64 campId) const = 0;
    // Sets a value; an empty value removes it.
    [[nodiscard]] virtual Result<void> set(qint64 campId, const CampVariable &variable) = 0;
    // Makes `variables` the camp's whole set, in one transaction: what is not
    // among them is removed.
    [[nodiscard]] virtual Result<void> replace(qint64 campId, const QList<CampVariable> &variables) = 0;
    // The values for one course day: a day's own value wins over the
    // every-day one; names the camp only defines for other days come back
    // with a null value, so the renderer calls them unfilled, not unknown.
    [[nodiscard]] virtual Result<QHash<QString, QString>> valuesFor(qint64 campId, int courseDay) const = 0;

    static bool isValidName(const QString &name);
    // Whether set() takes `variable`, before anything is written (a dialog
    // names the row that is wrong).
    [[nodiscard]] static Result<void> check(const CampVariable &variable);
};

} // namespace CampDesk
