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
}
