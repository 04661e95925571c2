#include "capture/MemberChoiceDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>

namespace CampDesk {

MemberChoiceDelegate::MemberChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void MemberChoiceDelegate::setChoices(QList<std::pair<qint64, QString>> choices)
{
    m_choices = std::move(choices);
}

QString MemberChoiceDelegate::nameOf(qint64 personId) const
{
    for (const auto &[id, name] : m_choices) {
        if (id == personId)
            return name;
    }
    return tr("— not mapped —");
}

void MemberChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Look like the combo box the cell turns into, so it reads as a choice.
    QStyleOptionComboBox box;
    box.rect = option.rect.adjusted(1, 1, -1, -1);
    box.state = option.state | QStyle::State_Enabled;
    box.palette = option.palette;
    box.fontMetrics = option.fontMetrics;
    box.currentText = nameOf(index.data(PersonIdRole).toLongLong());
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawComplexControl(QStyle::CC_ComboBox, &box, painter, option.widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &box, painter, option.widget);
}

QWidget *MemberChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QComboBox(parent);
    editor->setObjectName(QStringLiteral("memberCombo"));
    editor->addItem(tr("— not mapped —"), qint64(0));
    for (const auto &[id, name] : m_choices)
        editor->addItem(name, id);
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
    const qint64 personId = static_cast<QComboBox *>(editor)->currentData().toLongLong();
    if (personId != index.data(PersonIdRole).toLongLong())
        model->setData(index, personId, PersonIdRole);
}

} // namespace CampDesk
