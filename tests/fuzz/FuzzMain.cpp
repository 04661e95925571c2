// libFuzzer's entry for one target: built once per target, with
// CAMPDESK_FUZZ_ENTRY naming the function of FuzzTargets.h it calls.
#include "tests/fuzz/FuzzTargets.h"

#include <QCoreApplication>

#ifndef CAMPDESK_FUZZ_ENTRY
#error "CAMPDESK_FUZZ_ENTRY must name a function of FuzzTargets.h, e.g. fuzzWhatsApp"
#endif

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Once per process: the SQL driver (roster target) and tr() need an
    // application object. QCoreApplication keeps argc and argv by reference,
    // so they must outlive it; libFuzzer's own flags are not for Qt.
    static int argc = 1;
    static char name[] = "campdesk_fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return CampDesk::Fuzz::CAMPDESK_FUZZ_ENTRY(data, size);
}
