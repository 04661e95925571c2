#include "core/speech/CampVariableRepository.h"

#include "core/speech/PlaceholderRenderer.h"

#include <QRegularExpression>

namespace CampDesk {

// What every implementation of CampVariableRepository shares: no SQL here (that is in
// SqlCampVariableRepository.cpp).

bool CampVariableRepository::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w-]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(name).hasMatch() && !PlaceholderRenderer::builtInNames().contains(name);
}

Result<void> CampVariableRepository::check(const CampVariable &variable)
{
    if (!isValidName(variable.name))
        return fail(tr("“%1” cannot name a variable: use letters, digits, _ or -, and not a built-in placeholder.")
                        .arg(variable.name));
    if (variable.courseDay < 0)
        return fail(tr("A variable is set for every day (0) or for one course day (1 or more)."));
    return {};
}

} // namespace CampDesk
