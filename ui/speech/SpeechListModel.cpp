#include "ui/speech/SpeechListModel.h"

#include "core/search/TextMatcher.h"
#include "ui/WorkspaceDocument.h"
#include "ui/widgets/PlainToolTip.h"

namespace CampDesk {

SpeechListModel::SpeechListModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::speechesChanged, this, &SpeechListModel::reload);
    connect(document, &WorkspaceDocument::campVariablesChanged, this, &SpeechListModel::reload);
}

void SpeechListModel::setContext(const CopyContext &context)
{
    m_context = context;
    reload();
}

void SpeechListModel::setCategories(const QSet<SpeechCategory> &categories)
{
    m_categories = categories;
    refilter();
}

void SpeechListModel::setFavouritesOnly(bool only)
{
    m_favouritesOnly = only;
    refilter();
}

void SpeechListModel::setSearch(const QString &text)
{
    m_terms = TextMatcher::queryTerms(text);
    refilter();
}

void SpeechListModel::reload()
{
    auto speeches = m_document->speeches(m_context.campId);
    if (!speeches)
        m_document->reportError(speeches.error().message);
    m_all = speeches.value_or(QList<SpeechTemplate> {});
    // Categories in the order operators meet them in the SOP, not alphabetically.
    std::stable_sort(m_all.begin(), m_all.end(), [](const SpeechTemplate &a, const SpeechTemplate &b) {
        return int(a.category) < int(b.category);
    });
    refilter();
}

void SpeechListModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    m_rendered.clear();
    for (const SpeechTemplate &speech : std::as_const(m_all)) {
        if (!m_categories.isEmpty() && !m_categories.contains(speech.category))
            continue;
        if (m_favouritesOnly && !speech.favourite)
            continue;
        if (!m_terms.isEmpty()
            && !TextMatcher::matches(
                TextMatcher::searchKey(speech.title + u' ' + speech.body + u' ' + speech.tags.join(u' ')), m_terms))
            continue;
        m_shown.append(speech);
        m_rendered.append(SpeechCopier::render(*m_document, speech, m_context));
    }
    endResetModel();
}

const SpeechTemplate *SpeechListModel::speechAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

QModelIndex SpeechListModel::indexOfSpeech(qint64 id) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id)
            return index(row);
    }
    return {};
}

int SpeechListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant SpeechListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpeechTemplate &speech = m_shown.at(index.row());
    const RenderResult &rendered = m_rendered.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return speech.title;
    case Qt::ToolTipRole:
        return plainToolTip(rendered.ok() ? rendered.text : rendered.message());
    case IdRole:
        return speech.id;
    case CategoryRole:
        return int(speech.category);
    case RenderedRole:
        return rendered.text;
    case ProblemRole:
        return rendered.ok() ? QString() : rendered.message();
    case FavouriteRole:
        return speech.favourite;
    case UseCountRole:
        return speech.useCount;
    case LastUsedByRole:
        return speech.lastUsedBy;
    default:
        return {};
    }
}

} // namespace CampDesk
