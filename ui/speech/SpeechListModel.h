#pragma once

#include "core/speech/SpeechTemplate.h"
#include "ui/speech/SpeechCopier.h"

#include <QAbstractListModel>
#include <QSet>

namespace CampDesk {

class WorkspaceDocument;

// The library's lines for a camp, filtered by category and search, each
// rendered for the current context so the cards show what will be pasted.
class SpeechListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CategoryRole,
        RenderedRole,
        ProblemRole, // empty when the line can be copied
        FavouriteRole,
        UseCountRole,
        LastUsedByRole, // who copied it last, on a team workspace
    };

    explicit SpeechListModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setContext(const CopyContext &context);
    const CopyContext &context() const { return m_context; }
    // Empty: every category.
    void setCategories(const QSet<SpeechCategory> &categories);
    void setFavouritesOnly(bool only);
    void setSearch(const QString &text);

    const SpeechTemplate *speechAt(int row) const;
    QModelIndex indexOfSpeech(qint64 id) const;
    // Every line of the camp, unfiltered (for the category counts).
    const QList<SpeechTemplate> &allSpeeches() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();

private:
    void refilter();

    WorkspaceDocument *m_document;
    CopyContext m_context;
    QSet<SpeechCategory> m_categories;
    bool m_favouritesOnly = false;
    QStringList m_terms;
    QList<SpeechTemplate> m_all;
    QList<SpeechTemplate> m_shown;
    QList<RenderResult> m_rendered;
};

} // namespace CampDesk
