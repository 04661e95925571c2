#include "cli/TerminalDevice.h"

#include <QString>

#include <gtest/gtest.h>

using namespace CampDesk;

// The CLI's output filter: controls become \u escapes, line breaks and tabs
// pass, a CR before a line break goes.
TEST(TerminalDeviceTest, OutputEscapesControlCharacters)
{
    const QByteArray written
        = TerminalDevice::escaped(QStringLiteral("a\x1b[2Jb\x07\tc\r\nd\u009be").toUtf8() + QByteArray(1, '\0'));
    EXPECT_EQ(written, QByteArray("a\\u001b[2Jb\\u0007\tc\nd\\u009be\\u0000"));
    EXPECT_EQ(TerminalDevice::escaped(QStringLiteral("林晓雨 ✅").toUtf8()), QStringLiteral("林晓雨 ✅").toUtf8());
}
