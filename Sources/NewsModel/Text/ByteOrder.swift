import Foundation

/// UTF-8 bytes compared as bytes: the order of code points, with no string made.
enum ByteOrder {
    /// -1, 0 or 1 as `a` sorts before, equal to or after `b`.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let x = a.baseAddress, let y = b.baseAddress {
            let c = memcmp(x, y, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// Whether bytes `a` of `base` sort before bytes `b` (`compare(a, b) < 0`), read eight at a
    /// time as big-endian words, without a call per comparison: eight bytes past the end of
    /// each must be readable.
    @inline(__always)
    static func less(_ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let n = min(a.count, b.count)
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            var x = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: a.lowerBound + i, as: UInt64.self))
            var y = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: b.lowerBound + i, as: UInt64.self))
            if n - i < 8 {
                // Only the first n - i bytes count.
                let shift = UInt64(8 * (8 - (n - i)))
                x >>= shift
                y >>= shift
            }
            if x != y { return x < y }
            i += 8
        }
        return a.count < b.count
    }
}
