#pragma once

#include <QString>

#include <gtest/gtest.h>

namespace CampDesk::Testing {

// The real chat exports of the team's reference shelf (../shared/samples,
// or CAMPDESK_SAMPLES_DIR): third-party test files, not part of this
// repository. The tests that read them run when they are there and are
// skipped, saying so, otherwise; every quirk they show has a fixture of
// our own in tests/data as well.
bool samplesAvailable();
QString samplePath(const QString &relative);

} // namespace CampDesk::Testing

#define CAMPDESK_SKIP_WITHOUT_SAMPLES()                                                                                \
    do {                                                                                                               \
        if (!CampDesk::Testing::samplesAvailable())                                                                    \
            GTEST_SKIP() << "the real chat-export samples are not here (" CAMPDESK_SAMPLES ")";                        \
    } while (false)
