#pragma once

#include <QString>
#include <QStringList>

namespace CampDesk {

// Search as operators type it: case- and width-insensitive ("ＡＢＣ" finds
// "abc"), and Chinese by pinyin initials ("hyy" finds 欢迎语). Shared by the
// speech library and the roster.
class TextMatcher final {
public:
    // What to search in: the folded text and, after a newline, the same text
    // with each Chinese character replaced by its pinyin initial.
    static QString searchKey(const QString &text);
    // Folds a query the same way and splits it into terms.
    static QStringList queryTerms(const QString &query);
    // True when every term is found in the key.
    static bool matches(const QString &searchKey, const QStringList &terms);

    static QString fold(const QString &text);
    // The pinyin initial of a Chinese character, or a null QChar.
    static QChar pinyinInitial(QChar character);
};

} // namespace CampDesk
