#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace CampDesk::Testing {

// What a program run by a test printed and returned.
struct Outcome {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `program` to its end with `home` as its HOME and data and settings
// folders, so it never touches the user's workspace; `timeZone` sets TZ.
Outcome execute(const QString &program, const QStringList &arguments, const QString &home,
                const QString &timeZone = QString(), const QByteArray &input = QByteArray());
// The same for the campdesk-cli built beside the tests.
Outcome cli(const QStringList &arguments, const QString &home, const QString &timeZone = QString());
// campdesk-cli reading `input` on its standard input.
Outcome cliReading(const QByteArray &input, const QStringList &arguments, const QString &home);

// The workspace files this process holds open that were unlinked meanwhile
// ("… (deleted)" in /proc/self/fd): a live -wal or -shm another process
// removed. Empty when there is none.
QStringList deletedOpenFiles();

// The words of a PDF as poppler's pdftotext -bbox places them, in points,
// and the pages they are on: for tests that a document is readable on paper.
struct PdfWord {
    int page = 0;
    QRectF box;
    QString text;
};
struct PdfLayout {
    QSizeF pageSize; // of the first page
    QList<PdfWord> words;
    int pages = 0;
};
PdfLayout pdfLayout(const QString &path);

} // namespace CampDesk::Testing
