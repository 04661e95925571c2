#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>

namespace CampDesk {

class Workspace;

// Members a step added (a roster import, Add Member), as its undo finds
// them. What was recorded about them since — check-ins, violations, names a
// sign-up list taught, chat accounts mapped to them, another camp's
// membership, activities they own or speak at, subgroups they lead — is the
// work of whoever recorded it, and deleting the people would take it with
// them (the foreign keys cascade or empty it). So the undo takes them back
// only while there is none.
class AddedMembers final {
    Q_DECLARE_TR_FUNCTIONS(AddedMembers)

public:
    struct Added final {
        qint64 campId = 0;
        qint64 personId = 0;
        qint64 membershipId = 0;
        bool personCreated = false; // the step made the person, not only the membership
    };

    // Refused as stale, naming what there is, when anything but the step's
    // own rows names them. Inside the undo's transaction, after its rows and
    // the camps' participation are locked (StaleEdit, lockCamp: check-ins are
    // written under that lock), so none is recorded between the look and the
    // delete.
    [[nodiscard]] static Result<void> checkUntouched(Workspace &workspace, const QList<Added> &added);
};

} // namespace CampDesk
