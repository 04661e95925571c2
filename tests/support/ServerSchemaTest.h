#pragma once

#include "tests/support/TestServer.h"

#include <gtest/gtest.h>

#include <memory>

namespace CampDesk::Testing {

// A test in a schema of its own on the test server (TestSchema), gone with
// the test; without a server it says so and skips.
class ServerSchemaTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!testServer())
            GTEST_SKIP() << noTestServer();
        m_schema = std::make_unique<TestSchema>();
        ASSERT_TRUE(m_schema->isReady()) << m_schema->error().toStdString();
    }

    // Whether SetUp left the test to run: a subclass's SetUp goes on only then.
    bool ready() const { return m_schema != nullptr && m_schema->isReady(); }
    QSqlDatabase db() const { return m_schema->db(); }

    std::unique_ptr<TestSchema> m_schema;
};

} // namespace CampDesk::Testing
