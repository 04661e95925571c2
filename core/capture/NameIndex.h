#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace CampDesk {

// Suggests the camp members a free-typed name may mean: a 接龙 entry, a
// WhatsApp sender, a QQ group card. Members type their names with emoji,
// subgroup prefixes ("A组-林晓雨", "3组 林晓雨"), brackets ("林晓雨（杭州）"),
// full-width letters and any case, so names are compared after folding all
// of that away — and every such match is a suggestion with its reason, for
// the operator to accept: exact matches are the callers' (SenderMatcher,
// JielongMatcher).
class NameIndex final {
public:
    // Why a name may be a member's, strongest first. Each is a guess: it is
    // offered for the operator to accept, never applied on its own.
    enum class Reason {
        FoldedName, // the same letters once case, width, emoji, brackets and punctuation are set aside
        WithoutDigits, // the same once digits are dropped: Anna 2 and Anna
        Spelling, // one letter added, dropped or changed
        NicknamePart, // a part of the member's name or nickname (its subgroup and city parts aside)
        GivenName, // a Chinese given name alone: 浩然 for 陈浩然
        PinyinInitials, // lxy for 林晓雨
    };
    struct Suggestion {
        qint64 personId = 0;
        Reason reason = Reason::FoldedName;

        bool operator==(const Suggestion &) const = default;
    };

    // The folded form names are compared in: NFKC, case-folded, bracketed
    // parts and everything but letters and digits removed.
    static QString normalize(QStringView name);
    // The folded forms a name can stand for: the whole name, then its parts
    // between separators and without subgroup markers ("A组", "第3组").
    static QStringList keys(QStringView name);

    // A member known by these names (display name, group nickname …).
    // Parts that only say where the member is (`placeParts`: their subgroup,
    // city …) are not parts of their name: "1组-小王-北京" is not "北京".
    void addMember(qint64 personId, const QStringList &names, const QStringList &placeParts = {});
    // Every member the name may stand for, each once with its strongest
    // reason, strongest first. `placeParts` of the name (its subgroup, city)
    // are not matched as parts of a name.
    QList<Suggestion> suggestions(QStringView name, const QStringList &placeParts = {}) const;

    // The member the strongest of `suggestions` (strongest first) names,
    // when no other as strong (`sameStrength`) names another; 0 otherwise:
    // what "accept the suggestions" applies.
    template<typename Suggestions, typename SameStrength>
    static qint64 acceptable(const Suggestions &suggestions, SameStrength sameStrength)
    {
        if (suggestions.isEmpty())
            return 0;
        for (qsizetype i = 1; i < suggestions.size(); ++i) {
            if (sameStrength(suggestions.at(i), suggestions.first())
                && suggestions.at(i).personId != suggestions.first().personId)
                return 0;
        }
        return suggestions.first().personId;
    }

private:
    void insert(QHash<QString, QList<qint64>> &map, const QString &key, qint64 personId);
    static QString withoutDigits(const QString &folded);
    static QStringList folded(const QStringList &names);
    // The keys one letter shorter: two names one edit apart share one.
    static QStringList deletions(const QString &folded);

    QHash<QString, QList<qint64>> m_full; // whole folded names
    QHash<QString, QList<qint64>> m_parts; // parts of names
    QHash<QString, QList<qint64>> m_given; // Chinese given names
    QHash<QString, QList<qint64>> m_initials; // pinyin initials of whole names
    QHash<QString, QList<qint64>> m_noDigits; // whole folded names without their digits
    QHash<QString, QList<qint64>> m_deletions; // whole folded names, and each one letter shorter
};

} // namespace CampDesk
