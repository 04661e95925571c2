#include "ui/review/MemberStripWidget.h"

#include "core/io/DataTable.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace CampDesk {

namespace {

constexpr int CellSize = 16;
constexpr int Gap = 3;
constexpr int TitleHeight = 20;

} // namespace

MemberStripWidget::MemberStripWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("memberStrip"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MemberStripWidget::setDays(const QString &name, const QList<MemberDay> &days)
{
    m_name = name;
    m_days = days;
    updateGeometry();
    update();
}

QSize MemberStripWidget::sizeHint() const
{
    const int perRow = std::max(1, (width() > 0 ? width() : 400) / (CellSize + Gap));
    const int rows = std::max<int>(1, int((m_days.size() + perRow - 1) / perRow));
    return QSize(400, TitleHeight + rows * (CellSize + Gap) + 24);
}

QColor MemberStripWidget::colorOf(DayState state)
{
    switch (state) {
    case DayState::NotInCamp:
        return QColor(0xee, 0xee, 0xee);
    case DayState::Silent:
        return QColor(0xf2, 0xc4, 0xbd);
    case DayState::Spoke:
        return QColor(0x7f, 0xb3, 0xe0);
    case DayState::CheckedIn:
        return QColor(0x8f, 0xd1, 0xa8);
    case DayState::SpokeAndCheckedIn:
        return QColor(0x1f, 0x6f, 0xb2);
    case DayState::Future:
        return QColor(0xfa, 0xfa, 0xfa);
    }
    return Qt::white;
}

QString MemberStripWidget::describe(const MemberDay &day)
{
    const QString date = DataTable::date(day.day);
    switch (day.state) {
    case DayState::NotInCamp:
        return tr("%1: not in the camp").arg(date);
    case DayState::Silent:
        return tr("%1: silent").arg(date);
    case DayState::Spoke:
        return tr("%1: %n message(s)", nullptr, day.messages).arg(date);
    case DayState::CheckedIn:
        return tr("%1: checked in").arg(date);
    case DayState::SpokeAndCheckedIn:
        return tr("%1: checked in, %n message(s)", nullptr, day.messages).arg(date);
    case DayState::Future:
        return tr("%1: still to come").arg(date);
    }
    return date;
}

QRect MemberStripWidget::cellRect(int index) const
{
    const int perRow = std::max(1, (width() - 8) / (CellSize + Gap));
    return QRect(4 + (index % perRow) * (CellSize + Gap), TitleHeight + (index / perRow) * (CellSize + Gap), CellSize,
                 CellSize);
}

void MemberStripWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawText(QRect(4, 0, width() - 8, TitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     m_name.isEmpty() ? tr("Pick a member to see their days.") : m_name);
    for (int index = 0; index < m_days.size(); ++index) {
        const QRect rect = cellRect(index);
        painter.setPen(m_days.at(index).state == DayState::Future ? QPen(QColor(0xcc, 0xcc, 0xcc), 1, Qt::DotLine)
                                                                  : QPen(Qt::NoPen));
        painter.setBrush(colorOf(m_days.at(index).state));
        painter.drawRoundedRect(rect, 3, 3);
    }
    if (m_days.isEmpty())
        return;
    // The legend below the cells.
    int x = 4;
    const int y = cellRect(int(m_days.size()) - 1).bottom() + 6;
    const QList<std::pair<DayState, QString>> legend = {{DayState::SpokeAndCheckedIn, tr("spoke and checked in")},
                                                        {DayState::Spoke, tr("spoke")},
                                                        {DayState::CheckedIn, tr("checked in")},
                                                        {DayState::Silent, tr("silent")},
                                                        {DayState::NotInCamp, tr("not in the camp")}};
    const QFontMetrics metrics(font());
    for (const auto &[state, label] : legend) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorOf(state));
        painter.drawRoundedRect(QRect(x, y + 2, 10, 10), 2, 2);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPoint(x + 14, y + 11), label);
        x += 14 + metrics.horizontalAdvance(label) + 12;
    }
}

bool MemberStripWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int index = 0; index < m_days.size(); ++index) {
            if (cellRect(index).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), describe(m_days.at(index)), this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace CampDesk
