#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

// The fuzz entry points: each feeds arbitrary bytes to one of core's parsers
// the way the application reads a file or a paste, and touches every result.
// They return 0 (libFuzzer's "keep going"); a broken invariant aborts, so the
// fuzzer and the regression test see it as a crash. The libFuzzer mains
// (FuzzMain.cpp) and tests/core/FuzzRegressionTest.cpp share them.
//
// The roster target reads a workspace: a QCoreApplication must exist before
// its first call.
namespace CampDesk::Fuzz {

int fuzzWhatsApp(const uint8_t *data, size_t size);
int fuzzTelegram(const uint8_t *data, size_t size);
int fuzzQQ(const uint8_t *data, size_t size);
int fuzzMemoTraceCsv(const uint8_t *data, size_t size);
int fuzzMemoTraceText(const uint8_t *data, size_t size);
int fuzzPyWxDumpCsv(const uint8_t *data, size_t size);
int fuzzDiscordJson(const uint8_t *data, size_t size);
int fuzzDiscordCsv(const uint8_t *data, size_t size);
// Detection by content, then the detected format's parser: ChatImporter's path.
int fuzzChatDetect(const uint8_t *data, size_t size);
int fuzzJielong(const uint8_t *data, size_t size);
int fuzzRosterCsv(const uint8_t *data, size_t size);
int fuzzPlanTemplate(const uint8_t *data, size_t size);
int fuzzSpeechLibrary(const uint8_t *data, size_t size);
int fuzzPlaceholder(const uint8_t *data, size_t size);

struct FuzzTarget final {
    const char *name; // campdesk_fuzz_<name>, tests/fuzz/corpus/<name>, tests/data/fuzz/<name>
    int (*run)(const uint8_t *data, size_t size);
};

// Every target, in the order the runner reports them.
std::span<const FuzzTarget> targets();

} // namespace CampDesk::Fuzz
