#include "ui/review/ReviewChartView.h"

#include "core/io/CsvWriter.h"
#include "core/io/DataTable.h"
#include "core/io/OutputFile.h"
#include "core/plan/RunSheet.h"
#include "core/review/ReviewCalculator.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QToolTip>

#include <cmath>

namespace CampDesk {

ReviewChartView::ReviewChartView(ReviewChart kind, QWidget *parent)
    : QChartView(parent)
{
    m_data.kind = kind;
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setObjectName(QStringLiteral("chart-") + ReviewTables::fileStem(kind));
}

void ReviewChartView::setChartData(const ReviewChartData &built, const ReviewSeries &series,
                                   const ReviewSeries *comparison, const QString &comparisonName)
{
    QChart *old = chart();
    m_data = built;
    m_series = series;
    m_comparison = comparison ? std::optional<ReviewSeries>(*comparison) : std::nullopt;
    m_comparisonName = comparisonName;
    setChart(built.chart);
    delete old;
    connectSeries();
}

QString ReviewChartView::describe(int index, int set) const
{
    const QLocale locale;
    const auto percent = [](const std::optional<double> &value) { return DataTable::percent(value); };
    switch (m_data.kind) {
    case ReviewChart::ActiveRate: {
        const DayFigure *day = m_series.dayFigure(m_data.days.value(index));
        if (!day)
            return {};
        // A preparation or wrap-up day by its name: never "course day -2".
        return tr("%1 (%2)\nActive: %3 of %4 members (%5)\nMessages: %6\nTarget: %7")
            .arg(DataTable::date(day->day), RunSheet::phaseText(day->phase, day->courseDay))
            .arg(day->active)
            .arg(day->members)
            .arg(percent(day->activeRate))
            .arg(day->messages)
            .arg(DataTable::percent(m_series.targetActiveRate, locale));
    }
    case ReviewChart::CheckIns: {
        const DayFigure *day = m_series.dayFigure(m_data.days.value(index));
        if (!day)
            return {};
        return tr("Course day %1, %2\nChecked in: %3 of %4 (%5)")
            .arg(day->courseDay)
            .arg(DataTable::date(day->day))
            .arg(day->checkedIn)
            .arg(day->members)
            .arg(percent(day->checkInRate));
    }
    case ReviewChart::Subgroups: {
        if (index < 0 || index >= m_series.subgroups.size())
            return {};
        const SubgroupFigure &subgroup = m_series.subgroups.at(index);
        return tr("%1: %2 members\nActive rate: %3\nCheck-in completion: %4\nMessages: %5")
            .arg(subgroup.name)
            .arg(subgroup.members)
            .arg(percent(subgroup.activeRate), percent(subgroup.checkInRate))
            .arg(subgroup.messages);
    }
    case ReviewChart::Activities: {
        const ActivityFigure *activity = m_series.activityFigure(m_data.activities.value(index));
        if (!activity)
            return {};
        return tr("%1\n%2\nParticipants: %3 of %4 (%5)\nMessages: %6\nAverage of its type: %7 participants, %8 "
                  "messages")
            .arg(activity->title, DataTable::dateTime(activity->start))
            .arg(activity->participants)
            .arg(activity->members)
            .arg(percent(activity->participationRate))
            .arg(activity->messages)
            .arg(locale.toString(activity->sameTypeParticipants, 'f', 1),
                 locale.toString(activity->sameTypeMessages, 'f', 1));
    }
    case ReviewChart::Tiers: {
        if (index < 0 || index >= m_data.tiers.size())
            return {};
        const EngagementTier tier = m_data.tiers.at(index);
        const int count = m_series.tiers[std::size_t(tier)];
        return tr("%1: %2 of %3 members").arg(EngagementTiers::displayName(tier)).arg(count).arg(m_series.memberCount);
    }
    case ReviewChart::JoinsLeaves: {
        const DayFigure *day = m_series.dayFigure(m_data.days.value(index));
        if (!day)
            return {};
        Q_UNUSED(set)
        return tr("%1\nJoined: %2\nLeft: %3").arg(DataTable::date(day->day)).arg(day->joins).arg(day->leaves);
    }
    }
    return {};
}

void ReviewChartView::hover(bool entered, int index, const QString &text)
{
    Q_UNUSED(index)
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    m_hover = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

void ReviewChartView::activateIndex(int index)
{
    switch (m_data.kind) {
    case ReviewChart::ActiveRate:
    case ReviewChart::CheckIns:
    case ReviewChart::JoinsLeaves:
        if (index >= 0 && index < m_data.days.size())
            Q_EMIT dayClicked(m_data.days.at(index));
        break;
    case ReviewChart::Activities:
        if (index >= 0 && index < m_data.activities.size())
            Q_EMIT activityClicked(m_data.activities.at(index));
        break;
    case ReviewChart::Subgroups:
        if (index >= 0 && index < m_data.subgroups.size())
            Q_EMIT subgroupClicked(m_data.subgroups.at(index));
        break;
    case ReviewChart::Tiers:
        if (index >= 0 && index < m_data.tiers.size())
            Q_EMIT tierClicked(m_data.tiers.at(index));
        break;
    }
}

void ReviewChartView::connectSeries()
{
    if (!chart())
        return;
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *series : all) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            // Points sit on whole day indices.
            connect(scatter, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
                const int index = int(std::lround(point.x()));
                hover(state, index, describe(index, 0));
            });
            connect(scatter, &QScatterSeries::clicked, this,
                    [this](const QPointF &point) { activateIndex(int(std::lround(point.x()))); });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (int set = 0; set < sets.size(); ++set) {
                connect(sets.at(set), &QBarSet::hovered, this,
                        [this, set](bool state, int index) { hover(state, index, describe(index, set)); });
                connect(sets.at(set), &QBarSet::clicked, this, &ReviewChartView::activateIndex);
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (int index = 0; index < slices.size(); ++index) {
                QPieSlice *slice = slices.at(index);
                connect(slice, &QPieSlice::hovered, this, [this, slice, index](bool state) {
                    slice->setExploded(state);
                    hover(state, index, describe(index, 0));
                });
                connect(slice, &QPieSlice::clicked, this, [this, index] { activateIndex(index); });
            }
        }
    }
}

QImage ReviewChartView::image(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Render the scene, not the widget, so the image has the requested size
    // with the title and legend whatever the view's size on screen.
    const QRectF before = chart()->geometry();
    chart()->resize(size);
    chart()->scene()->render(&painter, QRectF(QPointF(0, 0), size), chart()->geometry());
    chart()->setGeometry(before);
    return image;
}

void ReviewChartView::exportImage()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Chart as PNG"),
                                                     ReviewTables::fileStem(m_data.kind) + QStringLiteral(".png"),
                                                     tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // OutputFile refuses any workspace open in this process, so this view
    // needs no document to be kept off the one it draws.
    OutputFile file(path);
    auto written = file.open();
    if (written && !image(QSize(1200, 700)).save(&file.device(), "PNG"))
        written = fail(tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
    if (written)
        written = file.commit();
    if (!written) {
        MessageBox::critical(this, tr("Export Chart"), written.error().message);
        return;
    }
    Q_EMIT exported(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ReviewChartView::exportTable()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Chart Data as CSV"),
                                                     ReviewTables::fileStem(m_data.kind) + QStringLiteral(".csv"),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<CampComparisonRow> comparison;
    if (m_comparison)
        comparison = ReviewCalculator::compare(m_series, *m_comparison);
    const DataTable table
        = ReviewTables::table(m_data.kind, m_series, m_comparison ? &comparison : nullptr, m_comparisonName);
    if (auto written = OutputFile::write(path, table.csv()); !written) {
        MessageBox::critical(this, tr("Export Chart Data"), written.error().message);
        return;
    }
    Q_EMIT exported(tr("Chart data saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ReviewChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    connect(menu.addAction(tr("Export as PNG…")), &QAction::triggered, this, &ReviewChartView::exportImage);
    connect(menu.addAction(tr("Export Data as CSV…")), &QAction::triggered, this, &ReviewChartView::exportTable);
    menu.exec(event->globalPos());
}

} // namespace CampDesk
