#if canImport(Glibc)
import Glibc
#endif

/// Whether these tests (and the program they start) run under a sanitizer (`scripts/sanitizers.sh`),
/// found by the sanitizer runtime's symbols; bounds on time and memory scale by these factors there.
enum SanitizerBuild {
    nonisolated(unsafe) private static let program = dlopen(nil, RTLD_NOW)
    static let address = dlsym(program, "__asan_init") != nil
    static let thread = dlsym(program, "__tsan_init") != nil

    /// Shadow memory, redzones and quarantine: ASan multiplies a program's peak several times (the
    /// hostile corpus: 83–120 MB plain, 810–1,060 MB under ASan in fresh-clone runs), TSan more.
    static var memoryFactor: Int { thread ? 8 : address ? 6 : 1 }
    /// Instrumented code runs several times slower.
    static var timeFactor: Double { thread ? 10 : address ? 3 : 1 }
}
