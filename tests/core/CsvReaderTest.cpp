#include "core/io/CsvReader.h"

#include "core/io/InputLimits.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace CampDesk;

namespace {

struct Record {
    int line = 0;
    QStringList fields;

    bool operator==(const Record &) const = default;
};

QList<Record> readAll(CsvReader &reader)
{
    QList<Record> records;
    while (reader.next()) {
        Record record {reader.line(), {}};
        for (int i = 0; i < reader.size(); ++i)
            record.fields.append(reader.field(i).toString());
        records.append(record);
    }
    return records;
}

QList<Record> readAll(QStringView text, QChar separator = u',')
{
    CsvReader reader(text, separator);
    return readAll(reader);
}

QStringList fields(std::initializer_list<const char16_t *> values)
{
    QStringList list;
    for (const char16_t *value : values)
        list.append(QString::fromUtf16(value));
    return list;
}

} // namespace

TEST(CsvReaderTest, QuotedFieldsAndDoubledQuotes)
{
    const auto records = readAll(u"a,\"b,c\",\"say \"\"hi\"\"\"\n\"\",x\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, fields({u"a", u"b,c", u"say \"hi\""}));
    EXPECT_EQ(records[1].fields, fields({u"", u"x"}));
}

TEST(CsvReaderTest, EmbeddedNewlinesKeepLineNumbers)
{
    const auto records = readAll(u"h1,h2\n\"one\ntwo\",x\r\n\"three\r\nfour\rfive\",y\nlast,z");
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields.first(), QStringLiteral("one\ntwo"));
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields.first(), QStringLiteral("three\nfour\nfive")) << "CRLF and a bare CR become LF";
    EXPECT_EQ(records[3].line, 7);
    EXPECT_EQ(records[3].fields, fields({u"last", u"z"})) << "the last record needs no line end";
}

TEST(CsvReaderTest, LeadingByteOrderMarkIsSkipped)
{
    const auto records = readAll(u"\uFEFF\"Name\",City\nAmy,Paris\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, fields({u"Name", u"City"}));
}

TEST(CsvReaderTest, BareCrCrlfAndLfEndRecords)
{
    const auto records = readAll(u"a\rb\r\nc\nd");
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records[1].fields, fields({u"b"}));
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[3].line, 4);
    EXPECT_EQ(CsvReader::lineBreaks(u"a\rb\r\nc\nd"), 3);
}

TEST(CsvReaderTest, RaggedRowsBlankLinesAndSeparators)
{
    const auto records = readAll(u"a\tb\tc\n\nd\n", u'\t');
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields.size(), 3);
    EXPECT_EQ(records[1].fields, QStringList {QString()}) << "a blank line is a record of one empty field";
    EXPECT_EQ(records[2].line, 3);
    CsvReader reader(u"x;y\n");
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.size(), 1);
    EXPECT_TRUE(reader.field(5).isEmpty()) << "a missing field reads as empty";
}

TEST(CsvReaderTest, TextAfterTheClosingQuoteIsKeptOrDropped)
{
    EXPECT_EQ(readAll(u"\"ab\"cd,e").first().fields, fields({u"abcd", u"e"}));
    CsvReader reader(u"\"ab\"cd,e");
    reader.setAfterQuote(CsvReader::AfterQuote::Drop);
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.field(0), u"ab");
    EXPECT_EQ(reader.field(1), u"e");
}

TEST(CsvReaderTest, UnclosedQuoteRunsToTheEnd)
{
    CsvReader reader(u"a,\"b\nc");
    ASSERT_TRUE(reader.next());
    EXPECT_TRUE(reader.unclosed());
    EXPECT_EQ(reader.field(1), u"b\nc");
    EXPECT_FALSE(reader.next());
}

TEST(CsvReaderTest, RefusesOverWideRecords)
{
    QString wide = QStringLiteral("ok\nstill,ok\n");
    wide += QString(InputLimits::MaxFields, u',');
    CsvReader reader(wide);
    EXPECT_TRUE(reader.next());
    EXPECT_TRUE(reader.next());
    EXPECT_FALSE(reader.next());
    EXPECT_TRUE(reader.tooWide());
    EXPECT_EQ(reader.line(), 3);
    CsvReader skipper(wide);
    int records = 0;
    while (skipper.skip())
        ++records;
    EXPECT_EQ(records, 3) << "skipping keeps no fields, so no width limit";
}

TEST(CsvReaderTest, PartialTextIsNeverCutInsideARecord)
{
    const QString text = QStringLiteral("h1,h2\n\"one\r\ntwo\",x\r\n\"a \"\"quoted\"\"\nfield\",y\nz,w\r\n");
    // Every prefix of the text: the records a partial reader returns end
    // where the whole text's records end, never inside a quoted field.
    QList<qsizetype> ends;
    CsvReader whole(text);
    while (whole.skip())
        ends.append(whole.position());
    ASSERT_EQ(ends.size(), 4);
    for (qsizetype length = 0; length <= text.size(); ++length) {
        CsvReader partial(QStringView(text).first(length));
        partial.setPartial(true);
        qsizetype last = 0;
        while (partial.skip()) {
            last = partial.position();
            EXPECT_TRUE(ends.contains(last)) << "cut at " << last << " of a prefix of " << length;
        }
        EXPECT_LE(last, length);
        if (length == text.size()) {
            EXPECT_EQ(last, text.size());
        }
    }
    CsvReader crAtEnd(u"a,b\r");
    crAtEnd.setPartial(true);
    EXPECT_FALSE(crAtEnd.skip()) << "a CR at the end may be half a CRLF";
}
