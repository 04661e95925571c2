#pragma once

#include "core/review/ReviewCalculator.h"

#include <QWidget>

namespace CampDesk {

// A member's days as a row of cells: spoke, checked in, both, silent, not in
// the camp yet (or any more), still to come. Hover names the day.
class MemberStripWidget final : public QWidget {
    Q_OBJECT

public:
    explicit MemberStripWidget(QWidget *parent = nullptr);

    void setDays(const QString &name, const QList<MemberDay> &days);
    const QList<MemberDay> &days() const { return m_days; }
    QSize sizeHint() const override;
    static QColor colorOf(DayState state);
    static QString describe(const MemberDay &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(int index) const;

    QString m_name;
    QList<MemberDay> m_days;
};

} // namespace CampDesk
