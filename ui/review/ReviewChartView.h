#pragma once

#include "ui/review/ReviewCharts.h"

#include <QChartView>

namespace CampDesk {

// One dashboard chart: hover shows the exact value, a click on a day, bar or
// slice asks for the members behind it, and the context menu exports the
// chart (PNG, title and legend included) or its numbers (CSV).
class ReviewChartView final : public QChartView {
    Q_OBJECT

public:
    explicit ReviewChartView(ReviewChart kind, QWidget *parent = nullptr);

    ReviewChart kind() const { return m_data.kind; }
    // Takes the chart; the previous one is deleted.
    // `comparison`: the other camp drawn on the active-rate chart (its CSV
    // export has its column too).
    void setChartData(const ReviewChartData &built, const ReviewSeries &series,
                      const ReviewSeries *comparison = nullptr, const QString &comparisonName = {});
    const ReviewChartData &chartData() const { return m_data; }

    // The chart as an image, as it is exported.
    QImage image(const QSize &size) const;
    void exportImage();
    void exportTable();
    // The text the tooltip shows for a point or bar (kept for tests).
    QString lastHoverText() const { return m_hover; }

    // Simulates what a click on a day, bar or slice does.
    void activateIndex(int index);

Q_SIGNALS:
    void dayClicked(QDate day);
    void activityClicked(qint64 activityId);
    // A chart or its data was written to a file (the confirmation to show).
    void exported(const QString &message);
    void subgroupClicked(qint64 subgroupId);
    void tierClicked(EngagementTier tier);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void connectSeries();
    void hover(bool entered, int index, const QString &text);
    QString describe(int index, int set) const;

    ReviewChartData m_data;
    ReviewSeries m_series;
    std::optional<ReviewSeries> m_comparison;
    QString m_comparisonName;
    QString m_hover;
};

} // namespace CampDesk
