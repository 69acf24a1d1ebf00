import Foundation

/// Checks a region's bytes chunk by chunk, each chunk once: when a payload or column in it is
/// first used, or all that are left at once (`checkAll`). A warm open then shows the snapshot
/// after checking only the chunks its first frame reads (at 100,000 articles, the whole region's
/// checksum took more CPU than the decode), and still never uses a byte that was not checked.
public final class RegionChecker: @unchecked Sendable {
    /// Bytes per chunk (the last may be shorter).
    public let chunkSize: Int
    private let check: @Sendable (_ chunk: Int) -> Bool
    private let lock = NSLock()
    /// Per chunk: 0 not checked, 1 good, 2 damaged.
    private var state: [UInt8]

    /// `check(c)` checks chunk c (bytes `c * chunkSize ..< (c + 1) * chunkSize` of the region).
    public init(chunkSize: Int, chunks: Int, check: @escaping @Sendable (_ chunk: Int) -> Bool) {
        precondition(chunkSize > 0)
        self.chunkSize = chunkSize
        self.check = check
        state = [UInt8](repeating: 0, count: chunks)
    }

    /// Whether the bytes `start..<end` of the region are good, checking the chunks not checked yet.
    public func ensure(_ start: Int, _ end: Int) -> Bool {
        guard end > start else { return true }
        for c in (start / chunkSize)...((end - 1) / chunkSize) where !ensure(chunk: c) { return false }
        return true
    }

    /// Checks every chunk not checked yet, on `workers` threads; whether all are good.
    public func checkAll(workers: Int) -> Bool {
        let chunks = state.count
        let threads = max(1, min(workers, chunks))
        DispatchQueue.concurrentPerform(iterations: threads) { w in
            for c in stride(from: w, to: chunks, by: threads) { _ = ensure(chunk: c) }
        }
        lock.lock()
        defer { lock.unlock() }
        return !state.contains { $0 != 1 }
    }

    private func ensure(chunk c: Int) -> Bool {
        guard c >= 0 && c < state.count else { return false }
        lock.lock()
        let known = state[c]
        lock.unlock()
        if known != 0 { return known == 1 }
        // (Checked outside the lock: two threads may both check one chunk, and agree.)
        let good = check(c)
        lock.lock()
        state[c] = good ? 1 : 2
        lock.unlock()
        return good
    }
}
