#pragma once

#include "core/Error.h"
#include "core/review/ReviewSeries.h"

#include <QCoreApplication>

namespace CampDesk {

class PrintedDocument;
class Workspace;

// The camp review report as PDF, in the language CampDesk speaks now
// (campdesk-cli's --lang sets it): goals against results, every chart, the
// subgroup, activity and check-in tables, silent members, the leaderboard
// and the activity reviews. Needs a QApplication (charts are Qt Charts);
// campdesk-cli starts one on the offscreen platform.
class ReviewReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(ReviewReportWriter)

public:
    [[nodiscard]] static Result<void> write(Workspace &workspace, qint64 campId, const ReviewFilter &filter,
                                            const ReviewOptions &options, const QString &path);
    // The report laid out for paper (for tests, the PDF and printing).
    [[nodiscard]] static Result<PrintedDocument> document(Workspace &workspace, qint64 campId,
                                                          const ReviewFilter &filter, const ReviewOptions &options);
};

} // namespace CampDesk
