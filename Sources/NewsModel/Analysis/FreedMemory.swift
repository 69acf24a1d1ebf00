import Foundation

/// Hands the heap's freed pages back to the system now, not when the heap happens to shrink.
///
/// (Work done on all cores allocates in the worker threads' heaps, which the calling thread's
/// later allocations do not reuse: without this, memory freed by one stage stays resident beside
/// the next stage's.)
public enum FreedMemory {
    public static func release() {
        // malloc_trim (glibc; not in the Glibc module's headers).
        if let trim = dlsym(nil, "malloc_trim") {
            _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> Int32).self)(0)
        }
    }
}
