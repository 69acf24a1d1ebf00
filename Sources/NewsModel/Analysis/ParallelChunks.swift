import Foundation

/// Runs work over contiguous chunks of a range on all cores, results in chunk order.
enum ParallelChunks {
    /// Splits 0..<count into contiguous chunks of at least `minimum` items (at most eight per
    /// core), calls `body` on each, on all cores, and returns the results in chunk order.
    /// Small inputs run on the calling thread.
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    static func map<T>(_ count: Int, minimum: Int = 64, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = max(1, min(count / max(1, minimum), cores * 8))
        if chunks == 1 || cores == 1 { return [body(0..<count)] }
        var results = [T?](repeating: nil, count: chunks)
        withoutActuallyEscaping(body) { body in
            results.withUnsafeMutableBufferPointer { buffer in
                let box = UncheckedBox((buffer, body))
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let (out, work) = box.value
                    out[c] = work(count * c / chunks..<count * (c + 1) / chunks)
                }
            }
        }
        return results.map { $0! }
    }

    /// `map` over one contiguous run per core (each of at least `minimum` items): for work that
    /// builds a table per run, to be combined in order afterwards.
    static func mapRuns<T>(_ count: Int, minimum: Int = 64, _ body: (Range<Int>) -> T) -> [T] {
        map(count, minimum: max(minimum, count / max(1, cores)), body)
    }

    /// Calls `body(i)` for every i in 0..<count on all cores (each i once).
    static func forEach(_ count: Int, minimum: Int = 64, _ body: (Int) -> Void) {
        _ = map(count, minimum: minimum) { range in
            for i in range { body(i) }
        }
    }
}

/// Carries a value into concurrent work that only reads it or writes disjoint parts of it.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
