#pragma once

#include "core/Error.h"
#include "core/speech/PlaceholderRenderer.h"
#include "core/speech/SpeechRepository.h"
#include "core/speech/SpeechTemplate.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CampDesk {

class Workspace;

// Moving lines in and out of the library, and the context they render in.
class SpeechLibrary final {
    Q_DECLARE_TR_FUNCTIONS(SpeechLibrary)

public:
    static constexpr const char *FormatName = "campdesk-speech-library";

    // The built-in lines (written by us in English and Chinese) in `language`.
    static QList<SpeechTemplate> builtIn(const QString &language);
    // The title a built-in line has in `language`, by its stable key
    // (e.g. "ceremony-opening"); empty when there is no such line.
    static QString builtInTitle(const QString &key, const QString &language);
    // Gives a workspace the built-in lines once, in the interface language;
    // returns how many were added (0 when it already had them).
    [[nodiscard]] static Result<int> seedIfNeeded(Workspace &workspace, const QString &language);

    static QByteArray toJson(const QList<SpeechTemplate> &speeches);
    // Reads a library file; errors name the source and the field.
    [[nodiscard]] static Result<QList<SpeechTemplate>> fromJson(const QByteArray &json, const QString &sourceName);
    // One line per template, all in `category` (bulk atmosphere lines); a
    // list's numbering or bullet ("1、", "2. ", "- ") is not part of a line.
    static QList<SpeechTemplate> fromPlainText(const QString &text, SpeechCategory category);
    // Whether a file to import is a library file (JSON) rather than lines of
    // plain text: it is when it parses as JSON, or begins as a JSON object
    // does ({ then a quoted key), so that its error can be named. A line of
    // text that begins with a placeholder ("{@member} 感谢分享！") is text.
    static bool isLibraryFile(const QByteArray &bytes);
    // A spreadsheet copy: UTF-8 with a BOM so spreadsheet programs read
    // Chinese, and cells starting with = + - @ neutralised against formulas.
    static QByteArray toCsv(const QList<SpeechTemplate> &speeches);

    struct Merge {
        QList<SpeechTemplate> added;
        QList<SpeechTemplate> duplicates;
    };
    // What importing `incoming` into `existing` adds: a line already in the
    // library for every camp (same category and text, ignoring spacing) is
    // not added twice; a line of one camp's own is no reason to leave it out.
    static Merge merge(const QList<SpeechTemplate> &existing, const QList<SpeechTemplate> &incoming);

    // Refused as stale when lines a step added were copied or linked to
    // activities since: that is others' work, which undoing the add (a
    // delete) would take with it. Nothing when `since` is empty.
    [[nodiscard]] static Result<void> checkUntouched(const SpeechDependants &since);

    // The context for rendering in a camp at a moment: camp name, course day
    // number, date and time, and the camp's variables for that day.
    [[nodiscard]] static Result<RenderContext> context(Workspace &workspace, qint64 campId, const QDateTime &when);
};

} // namespace CampDesk
