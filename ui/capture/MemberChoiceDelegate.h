#pragma once

#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

#include <utility>

namespace CampDesk {

// The "which member is this?" column of a table: painted as a drop-down,
// edited with a combo box that exists only while the cell is edited. A
// combo box per row (each holding every member) made a table of 5,000 chat
// identities take minutes to fill.
class MemberChoiceDelegate final : public QStyledItemDelegate {
public:
    // The chosen person's id is the item's PersonIdRole; 0 is "not mapped".
    static constexpr int PersonIdRole = Qt::UserRole + 10;
    // Optional, per row: person ids offered first (suggestions), with
    // SuggestionReasonsRole saying why each is suggested.
    static constexpr int CandidatesRole = Qt::UserRole + 11;
    static constexpr int SuggestionReasonsRole = Qt::UserRole + 12;

    explicit MemberChoiceDelegate(QObject *parent = nullptr);

    // (person id, label) in the order offered, after the leading choices;
    // labels tell members apart (MemberLabels). The editor is a combo box
    // that also finds a member by any part of the label typed into it.
    void setChoices(QList<std::pair<qint64, QString>> choices);
    // What comes before the members: "— not mapped —" (0) unless set.
    void setLeadingChoices(QList<std::pair<qint64, QString>> choices);
    QString nameOf(qint64 personId) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<std::pair<qint64, QString>> m_leading;
    QList<std::pair<qint64, QString>> m_choices;
    QHash<qint64, QString> m_names; // painting looks names up for every visible row
    QString m_unknown;
};

} // namespace CampDesk
