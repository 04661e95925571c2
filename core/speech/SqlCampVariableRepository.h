#pragma once

#include "core/speech/CampVariableRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of CampVariableRepository: its SQL is SQLite's dialect.
class SqlCampVariableRepository final : public CampVariableRepository {
    // The interface's name, so the translation context stays CampVariableRepository.
    Q_DECLARE_TR_FUNCTIONS(CampVariableRepository)

public:
    explicit SqlCampVariableRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<CampVariable>> list(qint64 campId) const override;
    [[nodiscard]] Result<void> set(qint64 campId, const CampVariable &variable) override;
    [[nodiscard]] Result<void> replace(qint64 campId, const QList<CampVariable> &variables) override;
    [[nodiscard]] Result<QHash<QString, QString>> valuesFor(qint64 campId, int courseDay) const override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
