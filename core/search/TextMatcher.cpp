#include "core/search/TextMatcher.h"

#include <QFile>
#include <QHash>
#include <QList>

namespace CampDesk {

namespace {

struct Block {
    char32_t first;
    QByteArray initials;
};

// Loaded once from the table generated from Unihan (tools/generate-pinyin-initials.py).
const QList<Block> &blocks()
{
    static const QList<Block> loaded = [] {
        QList<Block> result;
        QFile file(QStringLiteral(":/pinyin/initials.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            if (tab < 0)
                continue;
            bool ok = false;
            const uint first = line.left(tab).toUInt(&ok, 16);
            if (ok)
                result.append({char32_t(first), line.mid(tab + 1)});
        }
        return result;
    }();
    return loaded;
}

} // namespace

QChar TextMatcher::pinyinInitial(QChar character)
{
    const char32_t code = character.unicode();
    for (const Block &block : blocks()) {
        if (code >= block.first && code < block.first + char32_t(block.initials.size())) {
            const char initial = block.initials.at(qsizetype(code - block.first));
            return initial == '.' ? QChar() : QChar(QLatin1Char(initial));
        }
    }
    return {};
}

QString TextMatcher::fold(const QString &text)
{
    // NFKC maps full-width letters, digits and punctuation to their usual
    // forms; case folding then makes "ABC", "abc" and "ＡＢＣ" the same.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString TextMatcher::searchKey(const QString &text)
{
    const QString folded = fold(text);
    QString initials;
    initials.reserve(folded.size());
    bool hasChinese = false;
    for (QChar character : folded) {
        const QChar initial = pinyinInitial(character);
        if (!initial.isNull()) {
            initials += initial;
            hasChinese = true;
        } else {
            initials += character;
        }
    }
    return hasChinese ? folded + u'\n' + initials : folded;
}

QStringList TextMatcher::queryTerms(const QString &query)
{
    return fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool TextMatcher::matches(const QString &searchKey, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!searchKey.contains(term))
            return false;
    }
    return true;
}

} // namespace CampDesk
