#include "core/capture/JielongParser.h"

#include "core/capture/NameIndex.h"

#include <algorithm>

namespace CampDesk {

namespace {

int digitValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'０' && c <= u'９') // full-width digits typed with a Chinese IME
        return c.unicode() - u'０';
    return -1;
}

bool isNumberMark(QChar c)
{
    return c == u'.' || c == u'、' || c == u')' || c == u'）' || c == u'．' || c == u'。';
}

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x200B) || c == QChar(0xFEFF) || c == QChar(0x200E);
}

// "3 王五", "3：王五", "3，王五": the next entry written with a blank, a colon
// or a comma where the list's mark goes (typed by hand on a phone). Only
// the number that comes next, only with such a separator and not followed
// by another number: "100个俯卧撑", "3km" or "3:30" under entry 2 goes on
// with it.
bool startsNextEntry(QStringView line, int expected, qsizetype *textStart)
{
    qsizetype i = 0;
    int value = 0;
    while (i < line.size() && digitValue(line.at(i)) >= 0 && i < 4) {
        value = value * 10 + digitValue(line.at(i));
        ++i;
    }
    if (i == 0 || value != expected || i >= line.size())
        return false;
    const QChar separator = line.at(i);
    if (!isBlank(separator) && separator != u':' && separator != u'：' && separator != u',' && separator != u'，')
        return false;
    ++i;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    *textStart = i;
    // "10:30完成" under entry 9 is a time, not entry 10.
    return i < line.size() && digitValue(line.at(i)) < 0;
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text.at(begin)))
        ++begin;
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

QString firstWordOf(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && !isBlank(text.at(end)))
        ++end;
    return text.first(end).toString();
}

// "1. 2. 倪彩霞 gt7 3. 莓心": a whole list pasted onto one line. Splits the
// text where the next expected number follows a space.
QList<std::pair<int, QString>> splitInline(int number, QStringView text)
{
    QList<std::pair<int, QString>> parts;
    qsizetype start = 0;
    int current = number;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && !isBlank(text.at(i - 1)))
            continue;
        int next = 0;
        qsizetype textStart = 0;
        if (JielongParser::entryStart(text.sliced(i), &next, &textStart) && next == current + 1) {
            parts.append({current, trimmed(text.sliced(start, i - start)).toString()});
            current = next;
            start = i + textStart;
            i = start - 1;
        }
    }
    parts.append({current, trimmed(text.sliced(start)).toString()});
    return parts;
}

// Whether `shorter` is how `longer` began: an earlier copy of a growing list.
bool isPrefix(const QList<JielongEntry> &shorter, const QList<JielongEntry> &longer)
{
    return shorter.size() <= longer.size()
        && std::equal(shorter.cbegin(), shorter.cend(), longer.cbegin(),
                      [](const JielongEntry &a, const JielongEntry &b) { return a.text == b.text; });
}

// Copies of one list share their header and title, or (when a member
// re-posted without the header) their first entry. Two lists with headers
// of their own that differ are two lists, whoever signed first: 3月2日's and
// 3月3日's 晨跑, both begun by the assistant, are not one. A line after a
// list may be a note ("截止9点") or the next list's title ("3月3日晨跑"):
// the copy under it is the same list only when one copy grew into the other.
bool sameList(const JielongList &a, const JielongList &b)
{
    const QString keyA = NameIndex::normalize(QString(a.header + a.title));
    const QString keyB = NameIndex::normalize(QString(b.header + b.title));
    if (!keyA.isEmpty() && keyA == keyB)
        return true;
    if (a.header.isEmpty() || b.header.isEmpty())
        return a.entries.constFirst().text == b.entries.constFirst().text;
    if (!a.headerIsNote && !b.headerIsNote)
        return false;
    return isPrefix(a.entries, b.entries) || isPrefix(b.entries, a.entries);
}

} // namespace

bool JielongParser::entryStart(QStringView line, int *number, qsizetype *textStart)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    int value = 0;
    int digits = 0;
    while (i < line.size() && digitValue(line.at(i)) >= 0 && digits < 4) {
        value = value * 10 + digitValue(line.at(i));
        ++digits;
        ++i;
    }
    if (digits == 0 || i >= line.size() || !isNumberMark(line.at(i)))
        return false;
    ++i;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    *number = value;
    *textStart = i;
    return value > 0;
}

bool JielongParser::isHeader(QStringView line)
{
    return line.contains(u"#接龙") || line.contains(u"#接龍") || line.contains(u"＃接龙")
        || line.contains(u"#Group Note", Qt::CaseInsensitive);
}

QList<JielongList> JielongParser::parse(const QString &text)
{
    QList<JielongList> copies;
    QList<bool> restarted; // of each copy: begun by numbering back at 1, with no header of its own
    JielongList current;
    bool currentRestarted = false;
    bool inEntries = false;
    bool afterBlank = false;
    const auto finish = [&] {
        if (!current.entries.isEmpty()) {
            copies.append(current);
            restarted.append(currentRestarted);
        }
        current = JielongList();
        currentRestarted = false;
        inEntries = false;
    };

    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QStringView line = trimmed(lines.at(index));
        const int lineNumber = int(index + 1);
        if (line.isEmpty()) {
            afterBlank = true;
            continue;
        }
        int number = 0;
        qsizetype textStart = 0;
        // A header and a note after the list both begin a new copy; they stay
        // separate branches because the order of the tests decides which
        // lines are entries.
        if (isHeader(line)) { // NOLINT(bugprone-branch-clone)
            finish();
            current.header = line.toString();
        } else if (entryStart(line, &number, &textStart)) {
            // Numbering back at 1 means the next re-posted copy begins. An
            // entry left empty ("1.") starts the entries without adding one,
            // so there may be no last entry to compare with.
            if (inEntries && !current.entries.isEmpty() && number <= current.entries.constLast().number
                && number == 1) {
                finish();
                currentRestarted = true;
            }
            for (const auto &[entryNumber, entryText] : splitInline(number, line.sliced(textStart))) {
                if (entryText.isEmpty())
                    continue; // "1." left empty by the initiator
                current.entries.append({entryNumber, entryText, firstWordOf(entryText), lineNumber});
            }
            inEntries = true;
        } else if (inEntries && !afterBlank && !current.entries.isEmpty()
                   && startsNextEntry(line, current.entries.constLast().number + 1, &textStart)) {
            const QString entryText = line.sliced(textStart).toString();
            current.entries.append(
                {current.entries.constLast().number + 1, entryText, firstWordOf(entryText), lineNumber});
        } else if (inEntries && !afterBlank && !current.entries.isEmpty()) {
            // A line that continues the entry above ("胸部：俯卧撑100个").
            current.entries.last().text += u'\n' + line.toString();
        } else if (inEntries) {
            // A note after the list ("三点截单") closes this copy.
            finish();
            current.header = line.toString();
            current.headerIsNote = true;
        } else if (current.header.isEmpty()) {
            current.header = line.toString(); // a title line with no #接龙 tag
        } else {
            current.title += (current.title.isEmpty() ? QString() : QStringLiteral("\n")) + line.toString();
        }
        afterBlank = false;
    }
    finish();

    // Numbered rules before the list ("1. 每天 8 点前打卡", "2. 不刷屏", then
    // the list from 1 again) are its description, not entries: a run under a
    // header followed by a run numbered from 1 that is not a re-post of it.
    for (qsizetype i = copies.size() - 1; i > 0; --i) {
        JielongList &rules = copies[i - 1];
        JielongList &list = copies[i];
        if (!restarted.at(i) || rules.header.isEmpty()
            || rules.entries.constFirst().text == list.entries.constFirst().text)
            continue;
        QStringList description;
        if (!rules.title.isEmpty())
            description.append(rules.title);
        for (const JielongEntry &entry : std::as_const(rules.entries))
            description.append(QStringLiteral("%1. %2").arg(entry.number).arg(entry.text));
        list.header = rules.header;
        list.title = description.join(u'\n');
        copies.removeAt(i - 1);
        restarted.removeAt(i - 1);
        restarted[i - 1] = false; // the list now has the header
    }

    // Keep the longest copy of each list, in the order lists first appeared.
    // Two members who each added entry 6 to the same five-entry list both
    // keep theirs: a copy that agrees with the kept one on every entry but
    // its last gives that last entry too. Copies that differ earlier (another
    // day's list under the same header, an entry edited or withdrawn) give
    // nothing more.
    QList<JielongList> lists;
    for (const JielongList &copy : copies) {
        const auto found = std::find_if(lists.begin(), lists.end(),
                                        [&copy](const JielongList &list) { return sameList(list, copy); });
        if (found == lists.end()) {
            lists.append(copy);
            continue;
        }
        const int seen = found->copies + 1;
        const bool copyIsLonger = copy.entries.size() >= found->entries.size();
        JielongList kept = copyIsLonger ? copy : *found;
        const QList<JielongEntry> others = copyIsLonger ? found->entries : copy.entries;
        // The list's own header wins over none, and over a note that stood above a copy.
        const JielongList &other = copyIsLonger ? *found : copy;
        if ((kept.header.isEmpty() || kept.headerIsNote) && !other.header.isEmpty() && !other.headerIsNote) {
            kept.header = other.header;
            kept.title = other.title;
            kept.headerIsNote = false;
        } else if (kept.header.isEmpty()) {
            kept.header = other.header;
            kept.headerIsNote = other.headerIsNote;
        }
        const qsizetype agreeing = others.size() - 1;
        const bool agrees = agreeing >= 0 && agreeing < kept.entries.size()
            && std::equal(
                                others.cbegin(), others.cbegin() + agreeing, kept.entries.cbegin(),
                                [](const JielongEntry &a, const JielongEntry &b) { return a.text == b.text; });
        if (agrees) {
            const JielongEntry &last = others.constLast();
            const bool held = std::any_of(kept.entries.cbegin(), kept.entries.cend(),
                                          [&last](const JielongEntry &own) { return own.text == last.text; });
            if (!held)
                kept.entries.append(last);
        }
        kept.copies = seen;
        kept.differing = found->differing + (agrees || isPrefix(others, kept.entries) ? 0 : 1);
        *found = std::move(kept);
    }
    return lists;
}

} // namespace CampDesk
