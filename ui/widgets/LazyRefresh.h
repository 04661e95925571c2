#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QStackedWidget;
class QWidget;

namespace CampDesk {

// Runs a view's refresh now when the view is on the current page of every
// tab or stack it sits in, and otherwise when it is next shown. A camp has
// many tabs: loading the hidden ones when a big camp opened (5,000 members,
// a million messages) made the first window take minutes.
class LazyRefresh : public QObject {
public:
    LazyRefresh(QWidget *view, std::function<void()> refresh);

    // The view's data changed: refresh now if it can be seen, else later.
    void request();
    // Runs a pending refresh if the view can now be seen. Called when a tab
    // or stack above the view changes page: while the window is hidden no
    // show event comes, and tests read views of hidden windows.
    void flush();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool onCurrentPage() const;
    void followStacks();
    void run();

    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_pending = false;
    QList<QPointer<QStackedWidget>> m_followed;
};

} // namespace CampDesk
