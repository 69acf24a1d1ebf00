#ifndef NEWSTUI_CLIBFUZZER_H
#define NEWSTUI_CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for programs that have their own main (compiler-rt, FuzzerInterface.h).
/// SwiftPM links an executable's entry point as `main`, so libFuzzer's own main is not used;
/// the targets' @main calls this instead, with the command line.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
