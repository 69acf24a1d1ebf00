import Foundation

/// Keys that make spelling variants of one person's name meet:
/// "Zelensky", "Zelenskyy", "Zelenskiy" -> "zelensky"; "Donald J. Trump" -> "donald trump".
enum NameKey {
    static func fold(_ word: String) -> String {
        var w: String
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // Folding leaves ASCII text lower-cased, nothing more; Foundation is slow at it.
            w = word.lowercased()
        } else if let known = FoldCache.shared.get(word) {
            w = known
        } else {
            w = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            w = w.replacingOccurrences(of: "’", with: "'")
            FoldCache.shared.set(word, w)
        }
        if w.hasSuffix("yy") || w.hasSuffix("iy") || w.hasSuffix("ij") { w = String(w.dropLast(2)) + "y" }
        if w.hasSuffix("ei") && w.count > 4 { w = String(w.dropLast(2)) + "ey" }
        return w
    }

    /// The words of a name without initials and honorific dots.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " }).map(String.init).filter { w in
            !(w.hasSuffix(".") && w.count <= 3)
        }
    }

    /// "first last" for a full name, "~last" for a surname alone.
    static func person(_ name: String) -> String {
        person(name, prefix: "")
    }

    /// `prefix` + `person(name)`, built at once ("person:" + key).
    static func person(_ name: String, prefix: StaticString) -> String {
        if let key = ASCIIName.person(name, prefix: prefix) { return key }
        let w = words(name).map(fold)
        let p = prefix.description
        guard let last = w.last else { return p + "~" }
        if w.count == 1 { return p + "~" + last }
        return p + w[0] + " " + last
    }

    /// The surname key of a name.
    static func surname(_ name: String) -> String {
        if let key = ASCIIName.surname(name) { return key }
        return "~" + (words(name).last.map(fold) ?? "")
    }

    /// `surname` of one word (no spaces) of printable ASCII, from its bytes; nil for other text.
    static func surname(word: UnsafeBufferPointer<UInt8>) -> String? {
        let n = word.count
        guard n > 0, n <= 64 else { return nil }
        for b in word where b <= 0x20 || b >= 0x7F { return nil }
        return ASCIIName.surname(word)
    }

    /// Calls `body` with the bytes of `surname` of one word (no spaces) of printable ASCII;
    /// nil for other text.
    static func withSurname<R>(word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let n = word.count
        guard n > 0, n <= 64 else { return nil }
        for b in word where b <= 0x20 || b >= 0x7F { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { out in
            out[0] = 0x7E
            // An initial or an honorific with a dot ("J.", "Mr.") is no surname: the key is "~".
            let m = word[n - 1] == 0x2E && n <= 3 ? 1 : ASCIIName.fold(word, 0..<n, out.baseAddress!, 1)
            return body(UnsafeBufferPointer(rebasing: out[0..<m]))
        }
    }

    /// A quick test of whether a word's surname key can be one of a few keys: it compares the
    /// first letter and the length of the folded word with those of the keys.
    /// The ASCII bytes a key equals after canonical equivalence, or nil when it equals no
    /// ASCII string (so an ASCII word can never meet it).
    static func asciiSpelling(_ key: String) -> [UInt8]? {
        var spelling: [UInt8] = []
        for s in key.unicodeScalars {
            switch s.value {
            case 0..<0x80: spelling.append(UInt8(s.value))
            case 0x212A: spelling.append(0x4B) // KELVIN SIGN = K
            case 0x037E: spelling.append(0x3B) // GREEK QUESTION MARK = ;
            case 0x1FEF: spelling.append(0x60) // GREEK VARIA = `
            default: return nil
            }
        }
        return spelling
    }

    struct Filter {
        /// Per first byte class (a-z, other), a bit per length (63 for 63 and longer).
        private var lengths = [UInt64](repeating: 0, count: 27)
        /// Whether "~" (a key with no word) is among the keys.
        private var empty = false

        private static func bucket(_ c: UInt8) -> Int { c &- 0x61 < 26 ? Int(c &- 0x61) : 26 }

        /// Adds a key; keys that equal no ASCII string (after canonical equivalence) are left out,
        /// since ASCII words can never meet them.
        mutating func add(_ key: String) {
            guard let spelling = NameKey.asciiSpelling(key) else { return }
            guard spelling.first == 0x7E else { return }
            if spelling.count == 1 {
                empty = true
                return
            }
            lengths[Self.bucket(spelling[1])] |= 1 << UInt64(min(spelling.count - 1, 63))
        }

        /// False when `NameKey.surname` of the printable ASCII word (no spaces) is none of the keys added.
        func mayMatch(word w: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = w.count
            guard n > 0 else { return true }
            if w[n - 1] == 0x2E && n <= 3 { return empty }
            // The fold: lower-cased, "yy" "iy" "ij" -> "y" (one shorter), "ei" -> "ey".
            @inline(__always) func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
            var length = n
            var first = lower(w[0])
            if n >= 2 {
                let a = lower(w[n - 2]), b = lower(w[n - 1])
                if (a == 0x79 && b == 0x79) || (a == 0x69 && b == 0x79) || (a == 0x69 && b == 0x6A) {
                    length = n - 1
                    if n == 2 { first = 0x79 }
                }
            }
            return lengths[Self.bucket(first)] & (1 << UInt64(min(length, 63))) != 0
        }
    }
}

/// Foundation's folding of non-ASCII words takes microseconds; names recur, so their folds are
/// kept (shared by all threads, at most `limit` of them).
private final class FoldCache: @unchecked Sendable {
    static let shared = FoldCache()
    private let lock = NSLock()
    private var folds: [String: String] = [:]
    private let limit = 100_000

    func get(_ word: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return folds[word]
    }

    func set(_ word: String, _ folded: String) {
        lock.lock()
        defer { lock.unlock() }
        if folds.count >= limit { folds.removeAll(keepingCapacity: true) }
        folds[word] = folded
    }
}

/// The keys of printable ASCII names, worked out on bytes: there, characters are bytes, case
/// folding is lower-casing, and words are separated by spaces.
private enum ASCIIName {
    /// Calls `body` with the UTF-8 of `name` if it is printable ASCII; else nil.
    static func printable(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> String) -> String? {
        var name = name
        return name.withUTF8 { b -> String? in
            for c in b where c < 0x20 || c >= 0x7F { return nil }
            return body(b)
        }
    }

    /// Calls `body` with each kept word (not an initial or honorific with a dot) of `b`.
    @inline(__always)
    static func words(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var i = 0
        let n = b.count
        while i < n {
            while i < n && b[i] == 0x20 { i += 1 }
            let start = i
            while i < n && b[i] != 0x20 { i += 1 }
            if i > start && !(b[i - 1] == 0x2E && i - start <= 3) { body(start..<i) }
        }
    }

    /// Writes `NameKey.fold` of the word b[r] at out[at...]; returns the new end.
    @inline(__always)
    static func fold(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ out: UnsafeMutablePointer<UInt8>, _ at: Int) -> Int {
        var m = at
        for i in r {
            out[m] = b[i] &- 0x41 < 26 ? b[i] | 0x20 : b[i]
            m += 1
        }
        if m - at >= 2 {
            let x = out[m - 2], y = out[m - 1]
            if (x == 0x79 && y == 0x79) || (x == 0x69 && y == 0x79) || (x == 0x69 && y == 0x6A) { // yy iy ij -> y
                m -= 1
                out[m - 1] = 0x79
            }
        }
        if m - at > 4 && out[m - 2] == 0x65 && out[m - 1] == 0x69 { // ei -> ey
            out[m - 1] = 0x79
        }
        return m
    }

    static func surname(_ name: String) -> String? {
        printable(name) { surname($0) }
    }

    static func surname(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var last: Range<Int>? = nil
        words(b) { last = $0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count + 1) { out in
            out[0] = 0x7E
            let m = last.map { fold(b, $0, out.baseAddress!, 1) } ?? 1
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<m]), as: UTF8.self)
        }
    }

    static func person(_ name: String, prefix: StaticString) -> String? {
        printable(name) { b in
            var first: Range<Int>? = nil, last: Range<Int>? = nil
            var count = 0
            words(b) { r in
                if first == nil { first = r }
                last = r
                count += 1
            }
            let p = prefix.utf8CodeUnitCount
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p + b.count + 2) { buffer in
                let out = buffer.baseAddress!
                for i in 0..<p { out[i] = prefix.utf8Start[i] }
                var m = p
                if let first, let last {
                    if count == 1 {
                        out[m] = 0x7E
                        m = fold(b, last, out, m + 1)
                    } else {
                        m = fold(b, first, out, m)
                        out[m] = 0x20
                        m = fold(b, last, out, m + 1)
                    }
                } else {
                    out[m] = 0x7E
                    m += 1
                }
                return String(decoding: UnsafeBufferPointer(start: out, count: m), as: UTF8.self)
            }
        }
    }
}
