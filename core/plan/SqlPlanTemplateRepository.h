#pragma once

#include "core/plan/PlanTemplateRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of PlanTemplateRepository: its SQL is SQLite's dialect.
class SqlPlanTemplateRepository final : public PlanTemplateRepository {
    // The interface's name, so the translation context stays PlanTemplateRepository.
    Q_DECLARE_TR_FUNCTIONS(PlanTemplateRepository)

public:
    explicit SqlPlanTemplateRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<PlanTemplate>> list() const override;
    [[nodiscard]] Result<std::optional<PlanTemplate>> find(const QString &name) const override;
    [[nodiscard]] Result<qint64> save(const PlanTemplate &plan) override;
    [[nodiscard]] Result<void> remove(const QString &name) override;

private:
    [[nodiscard]] static Result<PlanTemplate> parse(const QString &name, const QString &definition);

    QSqlDatabase m_db;
};

} // namespace CampDesk
