#pragma once

#include "core/Error.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/TestServer.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace CampDesk {
class Workspace;
}

namespace CampDesk::Testing {

// The two engines a workspace lives on: a file (SQLite) or a team
// workspace on a PostgreSQL server. Repository and feature tests run on both.
enum class Engine { File, Server };

inline auto bothEngines()
{
    return ::testing::Values(Engine::File, Engine::Server);
}
// Names the instances: CampRepositoryTest/Engines.X/File, …/Server.
std::string engineName(const ::testing::TestParamInfo<Engine> &info);

// Where a test's workspace lives on one engine, gone with the test: a
// file in a folder of its own, or a schema of its own on the test server.
class EngineWorkspace final {
public:
    explicit EngineWorkspace(Engine engine);
    ~EngineWorkspace();
    Q_DISABLE_COPY_MOVE(EngineWorkspace)

    // Why a test cannot run here (no test server named): it is then skipped.
    std::optional<std::string> skipReason() const;
    // The file's path or the server's address, as --workspace takes it.
    QString address() const;
    // Another workspace beside it, by name: a file of that name in the same
    // folder, or a schema of its own on the server (made at the first ask).
    QString address(const QString &name);
    // Opens the workspace there, made empty the first time.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> open() const;
    // For a fixture's SetUp: `workspace` opened, or left empty with the test
    // marked skipped (no test server) or failed (it would not open). A skip
    // recorded here still keeps the test body from running; SetUp returns
    // at once when `workspace` is empty.
    void openOrSkip(std::unique_ptr<Workspace> &workspace) const;

private:
    Engine m_engine;
    TempDir m_dir;
    std::unique_ptr<TestSchema> m_schema;
    std::map<QString, std::unique_ptr<TestSchema>> m_others;
};

} // namespace CampDesk::Testing
