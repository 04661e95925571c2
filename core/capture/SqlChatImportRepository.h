#pragma once

#include "core/capture/ChatImportRepository.h"

#include <QSqlDatabase>

namespace CampDesk {

// ChatImportRepository on a SQLite workspace; its Rows step SQLite's own
// prepared statements (Statement), without QSqlQuery's copies.
class SqlChatImportRepository final : public ChatImportRepository {
public:
    explicit SqlChatImportRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<qint64> add(qint64 campId, const QString &fileName, const QString &format,
                                     const QString &encoding) override;
    [[nodiscard]] Result<void> setOutcome(qint64 importId, int messagesAdded, int duplicates,
                                          const QString &encoding) override;
    [[nodiscard]] std::unique_ptr<Rows> rows() const override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
