import Foundation

/// Substring tests on UTF-8 bytes, without Foundation's string search (which bridges to NSString).
enum ByteSearch {
    /// Whether the bytes of `needle` occur in the bytes of `text`. For an ASCII needle this is
    /// `text.contains(needle)` wherever the text's characters are plain; where Foundation compares
    /// by canonical equivalence it may say yes where Foundation says no, never the other way, so
    /// it is a safe first test before a Foundation search.
    static func contains(_ text: String, _ needle: String) -> Bool {
        needle.isEmpty || firstOffset(text, needle) != nil
    }

    /// The byte offset of the first occurrence of `needle`'s bytes in `text`, if any: for ASCII
    /// text and needle, where `text.range(of: needle)` starts.
    static func firstOffset(_ text: String, _ needle: String) -> Int? {
        guard !needle.isEmpty else { return nil }
        var h = text, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb -> Int? in
                let m = nb.count
                guard m <= hb.count else { return nil }
                let first = Int32(nb[0])
                let base = hb.baseAddress!
                let last = hb.count - m
                var i = 0
                // (Candidates found by memchr, a vector scan: most texts have the first byte rarely.)
                while i <= last {
                    guard let hit = memchr(base + i, first, last - i + 1) else { return nil }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + at, nb.baseAddress!, m) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}
