#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Type-ahead over the names and aliases of entities. Every word start of every key (names
/// folded for case and accents) is kept in one array sorted by the text from there on, so the
/// keys that start with a query, or have a word that does, are one binary-searched range; a
/// keystroke costs a scan of that range, never of all names.
struct NameSearch: Sendable {
    /// Keys, each followed by "\n", after a leading "\n".
    private var text: [UInt8] = [0x0A]
    /// Offset of each key in `text`, increasing.
    private var starts: [Int32] = []
    /// The entity of each key, and whether the key is the entity's own name (not an alias).
    private var owner: [Int32] = []
    private var isName: [Bool] = []
    /// Each entity's place in the ranking (most articles, then most mentions, then by name), and
    /// the entity at each place.
    private var position: [Int32] = []
    private var ranked: [Int32] = []
    /// Offsets in `text` where a word of a key starts, sorted by the bytes from there to the key's
    /// end; and the key each is in.
    private var wordStarts: [Int32] = []
    private var wordKey: [Int32] = []

    init() {}

    /// Indexes the names of `entities`.
    init(entities: [Entity]) {
        let order = entities.indices.sorted { a, b in
            let x = entities[a], y = entities[b]
            return (-x.articles, -x.mentions, x.name, a) < (-y.articles, -y.mentions, y.name, b)
        }
        ranked = order.map(Int32.init)
        position = [Int32](repeating: 0, count: entities.count)
        for (p, i) in order.enumerated() { position[i] = Int32(p) }
        for i in order {
            let e = entities[i]
            let nameKey = TextKey.make(e.name)
            var keys = [nameKey]
            var seen: Set<String> = [nameKey]
            for alias in e.aliases {
                let k = TextKey.make(alias)
                if seen.insert(k).inserted { keys.append(k) }
            }
            // People are also found by the folded spelling of their surname ("zelenskyy").
            if e.kind == .person, let last = e.name.split(separator: " ").last {
                let k = NameKey.fold(String(last))
                if seen.insert(k).inserted { keys.append(k) }
            }
            for k in keys where !k.isEmpty {
                let key = Int32(starts.count)
                starts.append(Int32(text.count))
                owner.append(Int32(i))
                isName.append(k == nameKey)
                var previous: UInt8 = 0x20
                for var b in k.utf8 {
                    // A newline inside a key would end it early.
                    if b == 0x0A { b = 0x20 }
                    if (previous == 0x20 || previous == 0x2D) && b != 0x20 && b != 0x2D {
                        wordStarts.append(Int32(text.count))
                        wordKey.append(key)
                    }
                    text.append(b)
                    previous = b
                }
                text.append(0x0A)
            }
        }
        // Sort the word starts by their text (each runs to its key's "\n", which sorts first).
        let perm = text.withUnsafeBufferPointer { t -> [Int] in
            wordStarts.indices.sorted { a, b in
                Self.compare(t, Int(wordStarts[a]), Int(wordStarts[b])) < 0
            }
        }
        wordStarts = perm.map { wordStarts[$0] }
        wordKey = perm.map { wordKey[$0] }
    }

    /// Compares the key texts from offsets a and b (to their "\n").
    private static func compare(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var i = a, j = b
        while true {
            let x = t[i], y = t[j]
            if x != y { return x < y ? -1 : 1 }
            if x == 0x0A { return 0 }
            i += 1
            j += 1
        }
    }

    /// A match: the entity's index, how well it matched (0 best), and the alias that matched.
    struct Hit: Sendable {
        var entity: Int
        var rank: Int
        var via: String?
    }

    /// Entities with a key that starts with the query (rank 0) or has a word that does (1); a
    /// folded spelling that starts a key ranks 2 ("zelenskyy"). `offers(entity)` lists entities
    /// a match also offers one rank lower (a city's country). Best first, at most `limit`.
    func search(_ query: String, allowed: (Int) -> Bool, offers: (Int) -> [Int], name: (Int) -> String, limit: Int) -> [Hit] {
        guard limit > 0 else { return [] }
        let q = Array(TextKey.make(query).utf8)
        if q.isEmpty {
            // Everything matches: the best-ranked entities of the allowed kinds.
            var out: [Hit] = []
            for e in ranked where allowed(Int(e)) {
                out.append(Hit(entity: Int(e), rank: 0, via: nil))
                if out.count == limit { break }
            }
            return out
        }
        let noVia = Int32.min
        var bestRank = [UInt8](repeating: .max, count: position.count)
        var bestVia = [Int32](repeating: noVia, count: position.count)
        var touched: [Int32] = []
        func offer(_ e: Int, rank: Int, via: Int32) {
            if bestRank[e] == .max { touched.append(Int32(e)) } else if Int(bestRank[e]) <= rank { return }
            bestRank[e] = UInt8(rank)
            bestVia[e] = via
        }
        func consider(key k: Int, rank: Int) {
            let e = Int(owner[k])
            if allowed(e) { offer(e, rank: rank, via: isName[k] ? noVia : Int32(k)) }
            for c in offers(e) where allowed(c) { offer(c, rank: rank + 1, via: -1 - Int32(e)) }
        }
        for i in range(of: q) {
            let k = Int(wordKey[i])
            consider(key: k, rank: wordStarts[i] == starts[k] ? 0 : 1)
        }
        let folded = Array(NameKey.fold(TextKey.make(query)).utf8)
        if folded != q && !folded.isEmpty {
            for i in range(of: folded) where wordStarts[i] == starts[Int(wordKey[i])] {
                consider(key: Int(wordKey[i]), rank: 2)
            }
        }
        // The best `limit` by (rank, position), with a bounded max-heap over packed values.
        let packed = touched.map { e in UInt64(bestRank[Int(e)]) << 32 | UInt64(UInt32(position[Int(e)])) }
        return Self.smallest(packed, limit).map { p in
            let e = Int(ranked[Int(p & 0xFFFF_FFFF)])
            let v = bestVia[e]
            let via: String? = v == noVia ? nil
                : v >= 0 ? String(decoding: text[Int(starts[Int(v)])..<keyEnd(Int(v))], as: UTF8.self)
                : name(Int(-1 - v))
            return Hit(entity: e, rank: Int(p >> 32), via: via)
        }
    }

    /// Indices of `wordStarts` whose text starts with `q`.
    private func range(of q: [UInt8]) -> Range<Int> {
        text.withUnsafeBufferPointer { t in
            q.withUnsafeBufferPointer { needle in
                // -1: the suffix sorts before q; 0: it starts with q; 1: after.
                func order(_ i: Int) -> Int {
                    var p = Int(wordStarts[i])
                    for b in needle {
                        let x = t[p]
                        if x != b { return x == 0x0A || x < b ? -1 : 1 }
                        p += 1
                    }
                    return 0
                }
                var lo = 0, hi = wordStarts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if order(mid) < 0 { lo = mid + 1 } else { hi = mid }
                }
                var end = lo, top = wordStarts.count
                while end < top {
                    let mid = (end + top) / 2
                    if order(mid) <= 0 { end = mid + 1 } else { top = mid }
                }
                return lo..<end
            }
        }
    }

    /// The `k` smallest values, in increasing order.
    static func smallest(_ values: [UInt64], _ k: Int) -> [UInt64] {
        if values.count <= k { return values.sorted() }
        // A max-heap of the k smallest so far.
        var heap = Array(values.prefix(k))
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var largest = i
                if l < heap.count && heap[l] > heap[largest] { largest = l }
                if r < heap.count && heap[r] > heap[largest] { largest = r }
                if largest == i { return }
                heap.swapAt(i, largest)
                i = largest
            }
        }
        for i in stride(from: k / 2 - 1, through: 0, by: -1) { siftDown(i) }
        for v in values.dropFirst(k) where v < heap[0] {
            heap[0] = v
            siftDown(0)
        }
        return heap.sorted()
    }

    /// Where key `k` ends in `text` (its newline).
    private func keyEnd(_ k: Int) -> Int { k + 1 < starts.count ? Int(starts[k + 1]) - 1 : text.count - 1 }
}
