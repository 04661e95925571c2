#include "tests/support/EngineWorkspace.h"

#include "core/Workspace.h"

namespace CampDesk::Testing {

std::string engineName(const ::testing::TestParamInfo<Engine> &info)
{
    return info.param == Engine::File ? "File" : "Server";
}

EngineWorkspace::EngineWorkspace(Engine engine)
    : m_engine(engine)
{
    if (m_engine == Engine::Server && testServer())
        m_schema = std::make_unique<TestSchema>();
}

EngineWorkspace::~EngineWorkspace() = default;

std::optional<std::string> EngineWorkspace::skipReason() const
{
    if (m_engine == Engine::File)
        return std::nullopt;
    // A server that was named but cannot be reached fails the test (open()).
    if (!m_schema)
        return std::string(noTestServer());
    return std::nullopt;
}

QString EngineWorkspace::address() const
{
    if (m_engine == Engine::File)
        return m_dir.path(QStringLiteral("workspace.campdesk"));
    return m_schema ? m_schema->address() : QString();
}

QString EngineWorkspace::address(const QString &name)
{
    if (m_engine == Engine::File)
        return m_dir.path(name);
    if (!m_schema)
        return {};
    auto &schema = m_others[name];
    if (!schema)
        schema = std::make_unique<TestSchema>();
    return schema->address();
}

void EngineWorkspace::openOrSkip(std::unique_ptr<Workspace> &workspace) const
{
    workspace.reset();
    if (auto reason = skipReason())
        GTEST_SKIP() << *reason;
    auto opened = open();
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    workspace = std::move(*opened);
}

Result<std::unique_ptr<Workspace>> EngineWorkspace::open() const
{
    if (m_schema && !m_schema->isReady())
        return fail(QStringLiteral("The test server's schema could not be made: ") + m_schema->error());
    return Workspace::open(address());
}

} // namespace CampDesk::Testing
