#include "ui/widgets/LazyRefresh.h"

#include <QEvent>
#include <QStackedWidget>
#include <QWidget>

namespace CampDesk {

LazyRefresh::LazyRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void LazyRefresh::request()
{
    if (onCurrentPage()) {
        run();
        return;
    }
    m_pending = true;
    followStacks();
}

void LazyRefresh::followStacks()
{
    for (QWidget *widget = m_view; widget->parentWidget(); widget = widget->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(widget->parentWidget());
        if (stack && !m_followed.contains(stack)) {
            m_followed.append(stack);
            connect(stack, &QStackedWidget::currentChanged, this, &LazyRefresh::flush);
        }
    }
}

void LazyRefresh::flush()
{
    if (m_pending && onCurrentPage())
        run();
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending)
        run();
    return QObject::eventFilter(watched, event);
}

bool LazyRefresh::onCurrentPage() const
{
    // QTabWidget keeps its pages in a QStackedWidget, as does the main
    // window's camp / no-camp switch: a page that is not current is not seen.
    for (const QWidget *widget = m_view; widget->parentWidget(); widget = widget->parentWidget()) {
        const auto *stack = qobject_cast<const QStackedWidget *>(widget->parentWidget());
        if (stack && stack->currentWidget() != widget)
            return false;
    }
    return true;
}

void LazyRefresh::run()
{
    m_pending = false;
    m_refresh();
}

} // namespace CampDesk
