#pragma once

#include "core/roster/ViolationRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of ViolationRepository: its SQL is SQLite's dialect.
class SqlViolationRepository final : public ViolationRepository {
    // The interface's name, so the translation context stays ViolationRepository.
    Q_DECLARE_TR_FUNCTIONS(ViolationRepository)

public:
    explicit SqlViolationRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<Violation>> forPerson(qint64 personId) const override;
    [[nodiscard]] Result<QList<Violation>> forCamp(qint64 campId) const override;
    [[nodiscard]] Result<qint64> insert(const Violation &violation) override;
    [[nodiscard]] Result<void> remove(qint64 id) override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
