#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

// Every character CampDesk puts on screen or paper: both translations, the
// built-in speech lines and plan templates, and the string literals of the
// code (comments left out). ⧉ was once in them and showed as a box.
QSet<char32_t> shownCharacters(QStringList &where)
{
    const QString root = QStringLiteral(CAMPDESK_SOURCE_DIR);
    QSet<char32_t> characters;
    const auto take = [&](const QString &text, const QString &file) {
        for (char32_t c : text.toUcs4()) {
            if (c < 0x80 || c == 0xFE0F || c == 0x200D || characters.contains(c))
                continue; // ASCII, and the joiners inside emoji sequences
            characters.insert(c);
            where.append(QStringLiteral("U+%1 %2 in %3")
                             .arg(uint(c), 4, 16, QLatin1Char('0'))
                             .arg(QString::fromUcs4(&c, 1), file));
        }
    };
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    for (const QString &folder :
         {QStringLiteral("translations"), QStringLiteral("resources/speech"), QStringLiteral("resources/templates")}) {
        for (QDirIterator it(root + u'/' + folder, {QStringLiteral("*.ts"), QStringLiteral("*.json")}); it.hasNext();) {
            const QString path = it.next();
            take(read(path), path);
        }
    }
    static const QRegularExpression lineComment(QStringLiteral("^\\s*//.*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression literal(QStringLiteral("u?\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("app")}) {
        for (QDirIterator it(root + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            QString code = read(path);
            code.remove(lineComment);
            for (auto match = literal.globalMatch(code); match.hasNext();)
                take(match.next().captured(1), path);
        }
    }
    return characters;
}

} // namespace

// The fonts CampDesk asks for (the interface font, Noto Sans CJK SC for
// Chinese, Noto Color Emoji) have a glyph for every character it shows.
TEST(GlyphTest, EveryCharacterShownHasAGlyph)
{
    QStringList where;
    const QSet<char32_t> characters = shownCharacters(where);
    ASSERT_GT(characters.size(), 500) << "the translations were not found";
    const QList<QFontMetrics> fonts {
        QFontMetrics(QApplication::font()), QFontMetrics(QFont(QStringLiteral("Noto Sans CJK SC"))),
        QFontMetrics(QFont(QStringLiteral("Noto Color Emoji"))), QFontMetrics(QFont(QStringLiteral("DejaVu Sans")))};
    QStringList missing;
    for (const QString &place : std::as_const(where)) {
        const char32_t c = place.mid(2, place.indexOf(u' ') - 2).toUInt(nullptr, 16);
        if (std::none_of(fonts.cbegin(), fonts.cend(), [c](const QFontMetrics &font) { return font.inFontUcs4(c); }))
            missing.append(place);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(u'\n').toStdString();
}
