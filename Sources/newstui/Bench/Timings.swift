import Foundation
import NewsStore
#if canImport(Glibc)
import Glibc
#endif

#if canImport(Glibc)
import Glibc
#endif

/// Samples of one timed operation, in seconds, and their percentiles.
/// Each sample is taken twice: on the wall clock, and as the calling thread's CPU time, which
/// leaves out the time other processes took the core (on a busy machine those preemptions,
/// a few milliseconds each, would otherwise make the p99).
struct Timings {
    private(set) var samples: [Double] = []
    private(set) var cpuSamples: [Double] = []

    /// Times `body` once and keeps the sample.
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let cpu = Clock.threadCPUSeconds()
        let start = ContinuousClock.now
        let value = try body()
        samples.append(Clock.seconds(ContinuousClock.now - start))
        cpuSamples.append(Clock.threadCPUSeconds() - cpu)
        return value
    }

    /// The `p`-th percentile (0...100) of `values`, nearest rank; 0 when there are none.
    static func percentile(_ p: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[max(0, min(sorted.count - 1, rank))]
    }

    /// p50 and p99 in milliseconds, for the JSON and the table.
    var summary: Percentiles {
        Percentiles(p50: Self.percentile(50, of: cpuSamples) * 1000, p99: Self.percentile(99, of: cpuSamples) * 1000,
                    wallP50: Self.percentile(50, of: samples) * 1000, wallP99: Self.percentile(99, of: samples) * 1000,
                    count: samples.count)
    }
}

/// The median and the 99th percentile of a timing, in milliseconds of thread CPU time, and the
/// same on the wall clock.
struct Percentiles: Codable {
    var p50 = 0.0
    var p99 = 0.0
    var wallP50 = 0.0
    var wallP99 = 0.0
    var count = 0

    var text: String { count == 0 ? "-" : String(format: "%.2f / %.2f", p50, p99) }
}

/// Wall and thread CPU clocks, and resident memory from /proc/self/status.
enum Clock {
    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Seconds `body` takes, on the wall clock.
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        return seconds(ContinuousClock.now - start)
    }

    /// CPU time of the calling thread: unlike wall time, it does not count time other processes take.
    static func threadCPUSeconds() -> Double { cpuSeconds(CLOCK_THREAD_CPUTIME_ID) }

    /// CPU time of the whole process (all its threads).
    static func processCPUSeconds() -> Double { cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func cpuSeconds(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// The shortest of `runs` timed runs of `body`, in seconds.
    static func best(_ runs: Int, _ body: () -> Void) -> Double {
        var shortest = Double.infinity
        for _ in 0..<max(1, runs) { shortest = min(shortest, measure(body)) }
        return shortest
    }
}

/// Resident memory figures of this process, from /proc/self/status (Linux); 0 elsewhere.
enum Memory {
    static func kilobytes(_ field: String) -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0 {
            guard let line else { break }
            let text = String(cString: line)
            if text.hasPrefix(field + ":") {
                let digits = text.dropFirst(field.count + 1).filter(\.isNumber)
                return Int(digits) ?? 0
            }
        }
        return 0
    }

    /// Peak resident memory so far, in MB (since the last `resetPeak`).
    static var peakMB: Double { Double(kilobytes("VmHWM")) / 1024 }

    /// Resident memory now, in MB.
    static var residentMB: Double { Double(kilobytes("VmRSS")) / 1024 }

    /// Hands freed heap memory back to the system and starts the peak again from what is
    /// resident now (Linux: /proc/self/clear_refs), so the next stage's peak is its own.
    static func resetPeak() {
        FreedMemory.release()
        guard let file = fopen("/proc/self/clear_refs", "w") else { return }
        fputs("5", file)
        fclose(file)
    }
}
