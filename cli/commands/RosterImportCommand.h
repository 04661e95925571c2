#pragma once

#include "cli/Command.h"
#include "core/roster/DelimitedText.h"
#include "core/roster/RosterColumns.h"
#include "core/roster/RosterImport.h"

#include <QJsonArray>

#include <optional>

namespace CampDesk {

// roster import FILE: members from a CSV/TSV file, in one transaction.
class RosterImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    RosterImportCommand();

private:
    QList<QCommandLineOption> options() const override;
    QString wrongArgumentCount() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;
    QJsonArray columnsJson() const;
    void printColumns(QTextStream &out) const;
    void printSummary(QTextStream &out, qint64 campId, const RosterImportPlan &plan, bool acceptMerges,
                      const QStringList &problems, const std::optional<RosterImportSummary> &summary) const;

    const QCommandLineOption m_mapping;
    const QCommandLineOption m_encoding;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_merges;
    // The file, read and its columns mapped before the workspace opens.
    QString m_path;
    QList<TextRow> m_rows;
    QList<RosterField> m_fields;
};

} // namespace CampDesk
