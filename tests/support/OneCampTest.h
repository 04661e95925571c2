#pragma once

#include "core/Workspace.h"
#include "tests/support/EngineWorkspace.h"

#include <QString>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

namespace CampDesk::Testing {

// A workspace on the test's engine holding one camp, 1 to 21 March 2027:
// the start of the repository and feature tests about one camp. A fixture
// that adds more calls this SetUp first and goes on only if m_workspace is
// set (it is left empty when the test is skipped or failed).
class OneCampTest : public ::testing::TestWithParam<Engine> {
protected:
    explicit OneCampTest(QString campName = QStringLiteral("Camp"))
        : m_campName(std::move(campName))
    {
    }

    void SetUp() override;

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_camp = 0;

private:
    QString m_campName;
};

} // namespace CampDesk::Testing
