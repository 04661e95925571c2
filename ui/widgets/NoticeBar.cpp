#include "ui/widgets/NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace CampDesk {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("noticeBar"));
    // The pale blue of news, not the connection banner's warning yellow.
    setStyleSheet(QStringLiteral("QFrame#noticeBar { background: #e7f1fb; border-bottom: 1px solid #9cc1e6; }"
                                 "QFrame#noticeBar QLabel { color: #123a5f; }"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("noticeClose"));
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showNotice(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace CampDesk
