#pragma once

#include "Error.h"
#include "capture/JielongParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace CampDesk {

class Workspace;

// A 接龙 entry and the member it stands for.
struct JielongMatch final
{
    JielongEntry entry;
    QString listHeader;
    qint64 personId = 0;      // 0: unmatched
    QString name;             // the part of the entry read as the name
    QList<qint64> candidates; // several members fit
};

struct JielongRecordResult final
{
    int recorded = 0;       // check-ins added
    int alreadyChecked = 0; // entries whose member had checked in already
    int unmatched = 0;      // entries left without a member
};

// Matches pasted 接龙 lists to a camp's members and records them as check-ins.
class JielongMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(JielongMatcher)

public:
    // Parses the text and matches every entry of every list (longest copy each).
    [[nodiscard]] static Result<QList<JielongMatch>> match(Workspace &workspace, qint64 campId, const QString &text);
    // Records check-ins for the matched entries on `day` (for `activityId`
    // when > 0) in one transaction. Entries the operator matched by hand
    // (listed in `manual`) teach their name as an alias for the next paste.
    [[nodiscard]] static Result<JielongRecordResult> record(Workspace &workspace, qint64 campId, QDate day,
                                                            qint64 activityId, const QList<JielongMatch> &matches,
                                                            const QList<JielongMatch> &manual = {});
};

} // namespace CampDesk
