#pragma once

#include "core/Error.h"

#include <QDate>

#include <optional>

namespace CampDesk {

enum class ViolationAction { Reminder, Warning, Removed };

namespace ViolationActions {
QList<ViolationAction> all();
QString key(ViolationAction action);
std::optional<ViolationAction> fromKey(const QString &key);
QString displayName(ViolationAction action);
} // namespace ViolationActions

// One entry of a person's violation ledger (kept across camps).
struct Violation final {
    qint64 id = 0;
    qint64 personId = 0;
    qint64 campId = 0;
    QDate date;
    QString rule; // the rule broken, e.g. "no ads"
    QString evidence; // what was posted
    ViolationAction action = ViolationAction::Warning;

    bool operator==(const Violation &) const = default;
};

class ViolationRepository {
public:
    virtual ~ViolationRepository() = default;

    [[nodiscard]] virtual Result<QList<Violation>> forPerson(qint64 personId) const = 0;
    [[nodiscard]] virtual Result<QList<Violation>> forCamp(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<qint64> insert(const Violation &violation) = 0;
    [[nodiscard]] virtual Result<void> remove(qint64 id) = 0;

    // The SOP's policy: after `warningsBeforeRemoval` warnings in a camp, the
    // next violation means removal.
    static bool nextMeansRemoval(const QList<Violation> &inCamp, int warningsBeforeRemoval);
};

} // namespace CampDesk
