#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace CampDesk {

// Finds the camp member a free-typed name means: a 接龙 entry, a WhatsApp
// sender, a QQ group card. Members type their names with emoji, subgroup
// prefixes ("A组-林晓雨", "3组 林晓雨"), brackets ("林晓雨（杭州）"),
// full-width letters and any case, so names are compared after folding all
// of that away; aliases remembered from earlier manual matches come first.
class NameIndex final
{
public:
    struct Match
    {
        qint64 personId = 0;     // 0: no single member fits
        QList<qint64> candidates; // when several members fit equally
    };

    // The folded form names are compared in: NFKC, case-folded, bracketed
    // parts and everything but letters and digits removed.
    static QString normalize(QStringView name);
    // The folded forms a name can stand for: the whole name, then its parts
    // between separators and without subgroup markers ("A组", "第3组").
    static QStringList keys(QStringView name);

    // A member known by these names (display name, group nickname …).
    void addMember(qint64 personId, const QStringList &names);
    // An exact identifier (chat id, phone digits) that only this member has.
    void addIdentifier(qint64 personId, const QString &identifier);
    // A name learnt from an earlier manual match; wins over everything else.
    void addAlias(const QString &name, qint64 personId);

    Match match(QStringView name) const;
    // Only an alias or a whole name (subgroup markers aside) counts.
    Match matchWhole(QStringView name) const;
    Match matchIdentifier(const QString &identifier) const;

private:
    void insert(QHash<QString, QList<qint64>> &map, const QString &key, qint64 personId);
    static Match pick(const QList<qint64> &ids);

    QHash<QString, QList<qint64>> m_full;      // whole folded names
    QHash<QString, QList<qint64>> m_parts;     // parts of names
    QHash<QString, QList<qint64>> m_initials;  // pinyin initials of whole names
    QHash<QString, QList<qint64>> m_identifiers;
    QHash<QString, qint64> m_aliases;
};

} // namespace CampDesk
