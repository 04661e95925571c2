#include "core/speech/SpeechLibrary.h"

#include "core/Workspace.h"
#include "core/capture/JielongParser.h"
#include "core/domain/CampRepository.h"
#include "core/io/CsvWriter.h"
#include "core/speech/CampVariableRepository.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/Transaction.h"
#include "core/team/Team.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace CampDesk {

namespace {

const QString seededKey = QStringLiteral("speech_library_seeded");

QString localized(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QString wanted = object.value(language).toString();
    return wanted.isEmpty() ? object.value(QStringLiteral("en")).toString() : wanted;
}

QString sameText(const QString &body)
{
    return body.simplified();
}

} // namespace

QList<SpeechTemplate> SpeechLibrary::builtIn(const QString &language)
{
    QFile file(QStringLiteral(":/speech/builtin.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray entries
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("templates")).toArray();
    QList<SpeechTemplate> result;
    for (const auto &value : entries) {
        const QJsonObject object = value.toObject();
        SpeechTemplate speech;
        speech.title = localized(object.value(QStringLiteral("title")), language);
        speech.body = localized(object.value(QStringLiteral("body")), language);
        speech.category = SpeechCategories::fromKey(object.value(QStringLiteral("category")).toString())
                              .value_or(SpeechCategory::Custom);
        speech.favourite = object.value(QStringLiteral("favourite")).toBool();
        const QJsonValue tags = object.value(QStringLiteral("tags")).toObject().value(language);
        for (const auto &tag : tags.toArray())
            speech.tags << tag.toString();
        result.append(speech);
    }
    return result;
}

QString SpeechLibrary::builtInTitle(const QString &key, const QString &language)
{
    QFile file(QStringLiteral(":/speech/builtin.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray entries
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("templates")).toArray();
    for (const auto &value : entries) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("key")).toString() == key)
            return localized(object.value(QStringLiteral("title")), language);
    }
    return {};
}

Result<int> SpeechLibrary::seedIfNeeded(Workspace &workspace, const QString &language)
{
    auto seeded = workspace.setting(seededKey);
    if (!seeded)
        return std::unexpected(seeded.error());
    if (!seeded->isEmpty())
        return 0;
    // On a team workspace the library is the owner's to fill; another
    // role's window reads it as the owner left it.
    if (auto role = Team(workspace).myRole(); !role)
        return std::unexpected(role.error());
    else if (*role != OperatorRole::Owner)
        return 0;
    const QList<SpeechTemplate> lines = builtIn(language);
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto added = workspace.speeches().insertAll(lines); !added)
        return std::unexpected(added.error());
    if (auto marked = workspace.setSetting(seededKey, language); !marked)
        return std::unexpected(marked.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return int(lines.size());
}

QByteArray SpeechLibrary::toJson(const QList<SpeechTemplate> &speeches)
{
    QJsonArray array;
    for (const SpeechTemplate &speech : speeches) {
        array.append(QJsonObject {{QStringLiteral("title"), speech.title},
                                  {QStringLiteral("category"), SpeechCategories::key(speech.category)},
                                  {QStringLiteral("body"), speech.body},
                                  {QStringLiteral("tags"), QJsonArray::fromStringList(speech.tags)},
                                  {QStringLiteral("favourite"), speech.favourite}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QLatin1String(FormatName)},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("templates"), array}})
        .toJson(QJsonDocument::Indented);
}

Result<QList<SpeechTemplate>> SpeechLibrary::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        return fail(tr("%1: line %2: not valid JSON (%3)")
                        .arg(sourceName)
                        .arg(before.count('\n') + 1)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return fail(
            tr("%1: not a CampDesk speech library (format must be \"%2\")").arg(sourceName, QLatin1String(FormatName)));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("%1: version %2 is not one this CampDesk reads (1)")
                        .arg(sourceName)
                        .arg(root.value(QStringLiteral("version")).toInt()));
    if (!root.value(QStringLiteral("templates")).isArray())
        return fail(tr("%1: templates: must be a list").arg(sourceName));
    QList<SpeechTemplate> result;
    const QJsonArray entries = root.value(QStringLiteral("templates")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("templates[%1]").arg(i);
        const QJsonObject object = entries.at(i).toObject();
        SpeechTemplate speech;
        speech.title = object.value(QStringLiteral("title")).toString().trimmed();
        speech.body = object.value(QStringLiteral("body")).toString();
        const QString category = object.value(QStringLiteral("category")).toString();
        if (!entries.at(i).isObject())
            return fail(tr("%1: %2: must be an object").arg(sourceName, path));
        if (speech.title.isEmpty())
            return fail(tr("%1: %2.title: is missing").arg(sourceName, path));
        if (speech.body.trimmed().isEmpty())
            return fail(tr("%1: %2.body: is missing").arg(sourceName, path));
        const auto parsed = SpeechCategories::fromKey(category);
        if (!parsed)
            return fail(tr("%1: %2.category: “%3” is not a category").arg(sourceName, path, category));
        speech.category = *parsed;
        for (const auto &tag : object.value(QStringLiteral("tags")).toArray())
            speech.tags << tag.toString();
        speech.favourite = object.value(QStringLiteral("favourite")).toBool();
        result.append(speech);
    }
    return result;
}

namespace {

// The line without a list's numbering or bullet before it.
QString withoutListMark(const QString &line)
{
    int number = 0;
    qsizetype textStart = 0;
    if (JielongParser::entryStart(line, &number, &textStart)) {
        // A point with a digit straight after it is a decimal ("9.9元秒杀",
        // "3.8节福利"): a line of prices or amounts, not of a list. (A 接龙
        // can tell by its numbers' order; a line of speech cannot.)
        const QChar mark = line.at(textStart - 1);
        if ((mark == u'.' || mark == u'．') && textStart < line.size() && line.at(textStart).isDigit())
            return line;
        return line.sliced(textStart).trimmed();
    }
    for (const QStringView bullet : {u"- ", u"• ", u"· ", u"* "}) {
        if (line.startsWith(bullet))
            return line.sliced(bullet.size()).trimmed();
    }
    return line;
}

} // namespace

bool SpeechLibrary::isLibraryFile(const QByteArray &bytes)
{
    QByteArray text = bytes.trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3).trimmed();
    QJsonParseError error {};
    if (!QJsonDocument::fromJson(text, &error).isNull())
        return true;
    if (!text.startsWith('{'))
        return false;
    const QByteArray afterBrace = text.sliced(1).trimmed();
    return afterBrace.startsWith('"') || afterBrace.isEmpty();
}

QList<SpeechTemplate> SpeechLibrary::fromPlainText(const QString &text, SpeechCategory category)
{
    QList<SpeechTemplate> result;
    for (const QString &line : text.split(u'\n')) {
        const QString body = withoutListMark(line.trimmed());
        if (body.isEmpty())
            continue;
        SpeechTemplate speech;
        speech.category = category;
        speech.body = body;
        speech.title = body.size() > 24 ? body.left(23) + QStringLiteral("…") : body;
        result.append(speech);
    }
    return result;
}

QByteArray SpeechLibrary::toCsv(const QList<SpeechTemplate> &speeches)
{
    QList<QStringList> rows;
    for (const SpeechTemplate &speech : speeches) {
        rows.append({speech.title, SpeechCategories::displayName(speech.category), speech.body,
                     speech.tags.join(QStringLiteral(", ")),
                     speech.favourite ? QStringLiteral("1") : QStringLiteral("0"), QString::number(speech.useCount)});
    }
    return CsvWriter::document({tr("Title"), tr("Category"), tr("Text"), tr("Tags"), tr("Favourite"), tr("Uses")},
                               rows);
}

SpeechLibrary::Merge SpeechLibrary::merge(const QList<SpeechTemplate> &existing, const QList<SpeechTemplate> &incoming)
{
    QSet<QString> known;
    for (const SpeechTemplate &speech : existing) {
        // An import adds lines for every camp: one camp's own line is not theirs.
        if (speech.campId == 0)
            known.insert(SpeechCategories::key(speech.category) + u'\n' + sameText(speech.body));
    }
    Merge merge;
    for (const SpeechTemplate &speech : incoming) {
        const QString identity = SpeechCategories::key(speech.category) + u'\n' + sameText(speech.body);
        if (known.contains(identity)) {
            merge.duplicates.append(speech);
            continue;
        }
        known.insert(identity);
        merge.added.append(speech);
    }
    return merge;
}

Result<RenderContext> SpeechLibrary::context(Workspace &workspace, qint64 campId, const QDateTime &when)
{
    auto camp = workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    RenderContext context;
    context.camp = camp->name;
    context.date = when.date();
    context.time = when.time();
    context.day = camp->courseDayOf(when.date());
    auto variables = workspace.campVariables().valuesFor(campId, context.day);
    if (!variables)
        return std::unexpected(variables.error());
    context.variables = *variables;
    return context;
}

Result<void> SpeechLibrary::checkUntouched(const SpeechDependants &since)
{
    QStringList names;
    if (!since.uses.isEmpty())
        names << tr("%n copy(ies)", nullptr, int(since.uses.size()));
    if (!since.activities.isEmpty())
        names << tr("%n activity(ies) that post them", nullptr, int(since.activities.size()));
    if (names.isEmpty())
        return {};
    return failStale(
        tr("Since these lines were added, other work names them (%1): undoing the add would delete it too, "
           "so nothing was undone. Delete the lines themselves if they should go.")
            .arg(names.join(tr(", "))));
}

} // namespace CampDesk
