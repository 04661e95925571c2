#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CampDesk {

// One numbered line of a 接龙 (with the lines that continue it).
struct JielongEntry final {
    int number = 0;
    QString text; // everything after the number: name and remark
    QString firstWord; // the likeliest name when no member matches a longer prefix
    int line = 0; // 1-based line in the pasted text
};

// A 接龙 as pasted: a header, a title, and entries. Members re-post the whole
// list with one more line each, so a paste or a chat holds many growing
// copies; parse() keeps the longest copy of each distinct list.
struct JielongList final {
    QString header; // "#接龙 …" or the title line when there is no tag
    QString title; // description lines between header and entries
    QList<JielongEntry> entries;
    int copies = 1; // how many copies of this list the text held
    // The header is a note that closed the copy before ("截止9点"), not the
    // list's own: it tells nothing of which list this is.
    bool headerIsNote = false;
    // Copies that differ from the kept one before their last entry (an
    // entry edited or withdrawn, a fork, another day's list under the same
    // header): they added nothing, and the operator should look at them.
    int differing = 0;
};

class JielongParser final {
public:
    static QList<JielongList> parse(const QString &text);
    // True when the line starts a numbered entry ("1. ", "1、", "１．", "2)" …);
    // fills the number and where the entry text starts.
    static bool entryStart(QStringView line, int *number, qsizetype *textStart);
    static bool isHeader(QStringView line);
};

} // namespace CampDesk
