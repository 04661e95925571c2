#include "cli/commands/SpeechListCommand.h"

#include "cli/CliSupport.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/search/TextMatcher.h"
#include "core/speech/SpeechLibrary.h"
#include "core/speech/SpeechRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

namespace {

QJsonObject lineJson(const SpeechTemplate &line)
{
    return QJsonObject {{QStringLiteral("id"), line.id},
                        {QStringLiteral("title"), line.title},
                        {QStringLiteral("category"), SpeechCategories::key(line.category)},
                        {QStringLiteral("body"), line.body},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(line.tags)},
                        {QStringLiteral("favourite"), line.favourite},
                        {QStringLiteral("camp_id"), line.campId > 0 ? QJsonValue(line.campId) : QJsonValue()},
                        {QStringLiteral("use_count"), line.useCount},
                        {QStringLiteral("last_used"),
                         line.lastUsed.isValid() ? QJsonValue(line.lastUsed.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

SpeechListCommand::SpeechListCommand()
    : Command({.name = QStringLiteral("speech list"),
               .description = tr("List the speech library: lines for every camp and, with --camp, that camp's."),
               .camp = CampUse::Optional,
               .json = true,
               .create = true})
    , m_category(QStringLiteral("category"), tr("Only this category (e.g. hype, welcome)."), tr("category"))
    , m_search(QStringLiteral("search"), tr("Only lines whose title, text or tags match (pinyin initials work)."),
               tr("words"))
{
}

QList<QCommandLineOption> SpeechListCommand::options() const
{
    return {m_category, m_search};
}

Outcome<void> SpeechListCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_category))
        return {};
    m_only = SpeechCategories::fromKey(parser.value(m_category));
    if (!m_only) {
        return usage(tr("--category: “%1” is not one of %2.")
                         .arg(parser.value(m_category), SpeechCategories::keys().join(QStringLiteral(", "))));
    }
    return {};
}

Outcome<void> SpeechListCommand::run(Context &context)
{
    if (auto seeded = SpeechLibrary::seedIfNeeded(*context.workspace, Translations::currentLanguage()); !seeded)
        return failed(seeded.error());
    auto lines = context.workspace->speeches().list(context.campId);
    if (!lines)
        return failed(lines.error());
    const QStringList terms = TextMatcher::queryTerms(context.parser.value(m_search));
    QJsonArray array;
    for (const SpeechTemplate &line : std::as_const(*lines)) {
        if (m_only && line.category != *m_only)
            continue;
        if (!terms.isEmpty()
            && !TextMatcher::matches(
                TextMatcher::searchKey(line.title + u' ' + line.body + u' ' + line.tags.join(u' ')), terms))
            continue;
        if (context.json)
            array.append(lineJson(line));
        else
            context.out << line.id << '\t' << SpeechCategories::key(line.category) << '\t' << line.title << Qt::endl;
    }
    if (context.json)
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("templates"), array}});
    return {};
}

} // namespace CampDesk
