#include "ui/capture/MemberChoiceDelegate.h"

#include "core/search/TextMatcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QPainter>

namespace CampDesk {

MemberChoiceDelegate::MemberChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_leading {{0, tr("— not mapped —")}}
    , m_unknown(tr("— not mapped —"))
{
}

void MemberChoiceDelegate::setChoices(QList<std::pair<qint64, QString>> choices)
{
    m_choices = std::move(choices);
    m_names.clear();
    m_names.reserve(m_choices.size());
    for (const auto &[id, name] : m_choices)
        m_names.insert(id, name);
}

void MemberChoiceDelegate::setLeadingChoices(QList<std::pair<qint64, QString>> choices)
{
    m_leading = std::move(choices);
}

QString MemberChoiceDelegate::nameOf(qint64 personId) const
{
    for (const auto &[id, name] : m_leading) {
        if (id == personId)
            return name;
    }
    return m_names.value(personId, m_unknown);
}

void MemberChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Look like the combo box the cell turns into, so it reads as a choice.
    QStyleOptionComboBox box;
    box.rect = option.rect.adjusted(1, 1, -1, -1);
    // A row that cannot be changed here (flags without ItemIsEditable) is
    // drawn disabled, as its combo box used to be.
    box.state = (index.flags() & Qt::ItemIsEditable) ? (option.state | QStyle::State_Enabled)
                                                     : (option.state & ~QStyle::State_Enabled);
    box.palette = option.palette;
    box.fontMetrics = option.fontMetrics;
    box.currentText = nameOf(index.data(PersonIdRole).toLongLong());
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawComplexControl(QStyle::CC_ComboBox, &box, painter, option.widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &box, painter, option.widget);
}

QWidget *MemberChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *editor = new QComboBox(parent);
    editor->setObjectName(QStringLiteral("memberCombo"));
    for (const auto &[id, name] : m_leading)
        editor->addItem(name, id);
    const QVariantList candidates = index.data(CandidatesRole).toList();
    const QStringList reasons = index.data(SuggestionReasonsRole).toStringList();
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const qint64 id = candidates.at(i).toLongLong();
        if (!m_names.contains(id))
            continue;
        editor->addItem(i < reasons.size() ? tr("%1 — suggested: %2").arg(m_names.value(id), reasons.at(i))
                                           : tr("%1 — suggested").arg(m_names.value(id)),
                        id);
    }
    if (editor->count() > m_leading.size())
        editor->insertSeparator(editor->count());
    for (const auto &[id, name] : m_choices)
        editor->addItem(name, id);
    // The list opens wide enough for whole labels ("name · subgroup · nickname").
    editor->view()->setMinimumWidth(editor->view()->sizeHintForColumn(0) + 32);
    // Typing any part of a name, subgroup or nickname finds the member, in
    // any case and width, and a Chinese name by its pinyin initials ("wzh"
    // finds 王子涵), as the roster's search does.
    constexpr int SearchKeyRole = Qt::UserRole + 40;
    for (int item = 0; item < editor->count(); ++item)
        editor->setItemData(item, TextMatcher::searchKey(editor->itemText(item)), SearchKeyRole);
    editor->setEditable(true);
    editor->setInsertPolicy(QComboBox::NoInsert);
    editor->completer()->setCompletionRole(SearchKeyRole);
    editor->completer()->setFilterMode(Qt::MatchContains);
    editor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    editor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    // Choosing is the edit: commit as soon as a member is picked. (The
    // signals are the delegate's own; createEditor is const only by API.)
    auto *self = const_cast<MemberChoiceDelegate *>(this);
    connect(editor, &QComboBox::activated, self, [self, editor] {
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor);
    });
    return editor;
}

void MemberChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(PersonIdRole).toLongLong())));
}

void MemberChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // Typed text that names no choice changes nothing.
    if (combo->findText(combo->currentText()) < 0)
        return;
    const qint64 personId = combo->currentData().toLongLong();
    if (personId != index.data(PersonIdRole).toLongLong())
        model->setData(index, personId, PersonIdRole);
}

} // namespace CampDesk
