#include "ui/widgets/PiecesLabel.h"

#include <QFontMetrics>

#include <gtest/gtest.h>

using namespace CampDesk;

// Lines break between pieces only, never inside a Chinese one, and a piece
// wider than the label has a line of its own (the label wraps it there).
TEST(PiecesLabelTest, BreaksOnlyBetweenPieces)
{
    const QStringList pieces {QStringLiteral("成员：163（5 人已退出）"), QStringLiteral("打卡完成率：46.5%"),
                              QStringLiteral("成员消息数：1,275")};
    PiecesLabel label;
    const QFontMetrics metrics = label.fontMetrics();
    const QString two = pieces.at(0) + QStringLiteral(" · ") + pieces.at(1);
    EXPECT_EQ(PiecesLabel::arrange(pieces, metrics, metrics.horizontalAdvance(two)), two + u'\n' + pieces.at(2));
    EXPECT_EQ(PiecesLabel::arrange(pieces, metrics, 10000), pieces.join(QStringLiteral(" · ")));
    EXPECT_EQ(PiecesLabel::arrange(pieces, metrics, 5), pieces.join(u'\n'));

    label.resize(metrics.horizontalAdvance(two) + 2 * label.margin() + 1, 100);
    label.show(); // a hidden widget gets its resize events only when shown
    label.setPieces(pieces, QStringLiteral("note"));
    EXPECT_EQ(label.text(), two + u'\n' + pieces.at(2) + QStringLiteral("\nnote"));
    label.resize(10000, 100);
    EXPECT_EQ(label.text(), pieces.join(QStringLiteral(" · ")) + QStringLiteral("\nnote"))
        << "a wider label joins them again";
}
