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
    private var text = Column<UInt8>([0x0A])
    /// Offset of each key in `text`, increasing.
    private var starts = Column<Int32>()
    /// The entity of each key, and whether the key is the entity's own name (1), not an alias (0).
    private var owner = Column<Int32>()
    private var isName = Column<UInt8>()
    /// Each entity's place in the ranking (most articles, then most mentions, then by name), and
    /// the entity at each place.
    private var position = Column<Int32>()
    private var ranked = Column<Int32>()
    /// Offsets in `text` where a word of a key starts, sorted by the bytes from there to the key's
    /// end; and the key each is in.
    private var wordStarts = Column<Int32>()
    private var wordKey = Column<Int32>()
    /// Each entity's kind (a bit: 1 << index in EntityKind.allCases) and the countries it belongs to.
    private var kindBit = Column<UInt8>()
    private var countries = PostingLists()
    /// A query whose range holds more word starts than this is answered by a scan of the keys in
    /// ranking order instead, which stops as soon as `limit` names starting with it are found.
    static let rangeLimit = 2048

    init() {}

    /// Indexes the names of `entities`.
    init(entities: [Entity]) {
        let order = entities.indices.sorted { a, b in
            let x = entities[a], y = entities[b]
            return (-x.articles, -x.mentions, x.name, a) < (-y.articles, -y.mentions, y.name, b)
        }
        ranked = Column(order.map(Int32.init))
        let kinds = EntityKind.allCases
        kindBit = Column(entities.map { e in UInt8(1) << UInt8(kinds.firstIndex(of: e.kind) ?? 0) })
        let byID = Dictionary(entities.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        countries = PostingLists(entities.map { e in e.kind == .country ? [] : e.countries.compactMap { byID[$0] } })
        var position = [Int32](repeating: 0, count: entities.count)
        for (p, i) in order.enumerated() { position[i] = Int32(p) }
        self.position = Column(position)
        var text: [UInt8] = [0x0A], starts: [Int32] = [], owner: [Int32] = [], isName: [UInt8] = []
        var wordStarts: [Int32] = [], wordKey: [Int32] = []
        // Each entity's keys (folding is the costly part) on all cores, in ranking order, a block
        // at a time (all of them at once held 25 MB more at 10,000 articles).
        for block in stride(from: 0, to: order.count, by: 8192) {
            let ranks = block..<min(order.count, block + 8192)
            let keyLists = ParallelChunks.map(ranks.count, minimum: 512) { range in
                range.map { p in Self.keys(of: entities[order[ranks.lowerBound + p]]) }
            }.joined()
            for (i, (keys, nameKey)) in zip(order[ranks], keyLists) {
                for k in keys where !k.isEmpty {
                    let key = Int32(starts.count)
                    starts.append(Int32(text.count))
                    owner.append(Int32(i))
                    isName.append(k == nameKey ? 1 : 0)
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
        }
        // Sort the word starts by their text (each runs to its key's "\n", which sorts first; ties
        // keep their order): bucketed by first byte, the buckets sorted on all cores.
        let perm = text.withUnsafeBufferPointer { t -> [Int] in
            var buckets = [[Int]](repeating: [], count: 256)
            for (w, start) in wordStarts.enumerated() { buckets[Int(t[Int(start)])].append(w) }
            return ParallelChunks.map(buckets.count, minimum: 1) { range in
                range.flatMap { b in
                    buckets[b].sorted { x, y in
                        let c = Self.compare(t, Int(wordStarts[x]), Int(wordStarts[y]))
                        return c < 0 || (c == 0 && x < y)
                    }
                }
            }.flatMap { $0 }
        }
        self.text = Column(text)
        self.starts = Column(starts)
        self.owner = Column(owner)
        self.isName = Column(isName)
        self.wordStarts = Column(perm.map { wordStarts[$0] })
        self.wordKey = Column(perm.map { wordKey[$0] })
    }

    /// An entity's search keys, its name's first (duplicates dropped), and the name's key.
    private static func keys(of e: Entity) -> (keys: [String], nameKey: String) {
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
        return (keys, nameKey)
    }

    /// The columns in the order `encodeColumns` writes them.
    private var int32Columns: [Column<Int32>] { [starts, owner, position, ranked, wordStarts, wordKey] }
    private var byteColumns: [Column<UInt8>] { [text, isName, kindBit] }

    /// Writes the columns to a snapshot's region, where a decoded search views them in place;
    /// returns each one's offset and count, for `encode(columns:to:)`.
    func encodeColumns(to w: BinaryWriter) -> [Int64] {
        var placed: [Int64] = []
        for c in int32Columns { placed += [Int64(w.aligned(c)), Int64(c.count)] }
        for c in byteColumns { placed += [Int64(w.aligned(c)), Int64(c.count)] }
        return placed
    }

    /// Writes the rest of the search (where its columns lie, and the countries) to the stream.
    func encode(columns placed: [Int64], to w: BinaryWriter) {
        w.int64s(placed)
        let flat = countries.flat
        w.int32s(flat.starts)
        w.int32s(flat.items)
    }

    /// Decodes `encode(columns:to:)`'s form for `entityCount` entities, its columns viewed in
    /// `region`, checking every offset and index, so damaged data is an error and never a crash later.
    static func decode(from r: BinaryReader, region: PackedRegion, entityCount: Int) throws(BinaryCodingError) -> NameSearch {
        let placed = try r.int64s()
        guard placed.count == 18 else { throw .corrupt("name search: columns") }
        func column<T: FixedWidthInteger>(_ k: Int) throws(BinaryCodingError) -> Column<T> {
            try Column(placed: placed, k, in: region, table: "name search")
        }
        var n = NameSearch()
        n.starts = try column(0)
        n.owner = try column(1)
        n.position = try column(2)
        n.ranked = try column(3)
        n.wordStarts = try column(4)
        n.wordKey = try column(5)
        n.text = try column(6)
        n.isName = try column(7)
        n.kindBit = try column(8)
        guard let countries = PostingLists(starts: try r.int32s(), items: try r.int32s(), limit: Int32(clamping: entityCount)),
              countries.count == entityCount else { throw .corrupt("name search: countries") }
        n.countries = countries
        let keys = n.starts.count, textCount = Int32(clamping: n.text.count), entities = Int32(clamping: entityCount)
        guard n.text.first == 0x0A, n.text.last == 0x0A,
              n.owner.count == keys, n.isName.count == keys,
              n.position.count == entityCount, n.ranked.count == entityCount, n.kindBit.count == entityCount,
              n.wordKey.count == n.wordStarts.count,
              n.starts.allSatisfy({ $0 > 0 && $0 < textCount }), n.wordStarts.allSatisfy({ $0 > 0 && $0 < textCount }),
              n.owner.allSatisfy({ $0 >= 0 && $0 < entities }), n.ranked.allSatisfy({ $0 >= 0 && $0 < entities }),
              n.position.allSatisfy({ $0 >= 0 && $0 < entities }),
              n.wordKey.allSatisfy({ $0 >= 0 && $0 < Int32(keys) })
        else { throw .corrupt("name search: index out of range") }
        return n
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

    /// Entities of `kinds` with a key that starts with the query (rank 0) or has a word that does
    /// (1); a folded spelling that starts a key ranks 2 ("zelenskyy"). When `kinds` has countries,
    /// a match on anything that belongs to a country also offers the country one rank lower
    /// ("kremlin" offers Russia). Best first (rank, then ranking), at most `limit`.
    func search(_ query: String, kinds: Set<EntityKind>, limit: Int, name: (Int) -> String) -> [Hit] {
        guard limit > 0 else { return [] }
        var mask: UInt8 = 0
        for (i, k) in EntityKind.allCases.enumerated() where kinds.contains(k) { mask |= 1 << UInt8(i) }
        let offersCountries = kinds.contains(.country)
        let q = Array(TextKey.make(query).utf8)
        if q.isEmpty {
            // Everything matches: the best-ranked entities of those kinds.
            var out: [Hit] = []
            for e in ranked where kindBit[Int(e)] & mask != 0 {
                out.append(Hit(entity: Int(e), rank: 0, via: nil))
                if out.count == limit { break }
            }
            return out
        }
        let folded = Array(NameKey.fold(TextKey.make(query)).utf8)
        let foldedDiffers = folded != q && !folded.isEmpty
        let words = range(of: q)
        let foldedWords = foldedDiffers ? range(of: folded) : 0..<0
        var matches = Matches(limit: limit)
        func consider(key k: Int, rank: Int, inOrder: Bool) {
            let e = Int(owner[k])
            if kindBit[e] & mask != 0 { matches.offer(e, rank: rank, at: position[e], via: isName[k] != 0 ? Matches.noVia : Int32(k), inOrder: inOrder) }
            if offersCountries {
                for c in countries[e] where kindBit[Int(c)] & mask != 0 {
                    matches.offer(Int(c), rank: rank + 1, at: position[Int(c)], via: -1 - Int32(e), inOrder: false)
                }
            }
        }
        if words.count + foldedWords.count <= Self.rangeLimit {
            for i in words {
                let k = Int(wordKey[i])
                consider(key: k, rank: wordStarts[i] == starts[k] ? 0 : 1, inOrder: false)
            }
            for i in foldedWords where wordStarts[i] == starts[Int(wordKey[i])] {
                consider(key: Int(wordKey[i]), rank: 2, inOrder: false)
            }
        } else {
            // A short query: the keys it matches in ranking order, until `limit` names start with it.
            keysInOrder(q, folded, words, foldedWords) { k, rank in
                consider(key: k, rank: rank, inOrder: true)
                return matches.atRank[0] < limit
            }
        }
        return matches.best().map { e, rank, v in
            let via: String? = v == Matches.noVia ? nil
                : v >= 0 ? String(decoding: text[Int(starts[Int(v)])..<keyEnd(Int(v))], as: UTF8.self)
                : name(Int(-1 - v))
            return Hit(entity: e, rank: rank, via: via)
        }
    }

    /// The best match of each entity found so far, and how many entities matched at each rank.
    /// Kept per entity touched (a dictionary), not per entity of the corpus: a keystroke must not
    /// cost in proportion to 600,000 entities.
    private struct Matches {
        static let noVia = Int32.min
        struct Slot {
            var rank: UInt8
            var via: Int32
            var at: Int32
            var inOrder: Bool
        }
        var slots: [Int32: Slot] = [:]
        let limit: Int
        /// Entities at each rank (0...3); and of those, the ones found by a scan in ranking order,
        /// which all rank before anything that scan finds later at the same rank.
        var atRank = [0, 0, 0, 0]
        var inOrderAtRank = [0, 0, 0, 0]

        init(limit: Int) {
            self.limit = limit
        }

        mutating func offer(_ e: Int, rank r: Int, at position: Int32, via v: Int32, inOrder ordered: Bool) {
            var better = 0
            for x in 0..<r { better += atRank[x] }
            // Ranks only improve, so `limit` entities already better (or as good and earlier in
            // an ordered scan) keep this one out for good.
            if better >= limit || (ordered && better + inOrderAtRank[r] >= limit) { return }
            if let old = slots[Int32(e)] {
                if Int(old.rank) <= r { return }
                atRank[Int(old.rank)] -= 1
                if old.inOrder { inOrderAtRank[Int(old.rank)] -= 1 }
            }
            slots[Int32(e)] = Slot(rank: UInt8(r), via: v, at: position, inOrder: ordered)
            atRank[r] += 1
            if ordered { inOrderAtRank[r] += 1 }
        }

        /// The best `limit` as (entity, rank, via), by rank then ranking position.
        func best() -> [(Int, Int, Int32)] {
            var packed: [UInt64] = []
            packed.reserveCapacity(slots.count)
            var entityAt: [UInt64: Int32] = [:]
            for (e, slot) in slots {
                let p = UInt64(slot.rank) << 32 | UInt64(UInt32(slot.at))
                packed.append(p)
                entityAt[p] = e
            }
            return NameSearch.smallest(packed, limit).compactMap { p in
                guard let e = entityAt[p], let slot = slots[e] else { return nil }
                return (Int(e), Int(p >> 32), slot.via)
            }
        }
    }

    /// Calls `body` with the keys that `q` matches, in key order (the ranking), each with its
    /// rank: 0 when the key starts with `q`, 1 when another word of it does, 2 when the key starts
    /// with `folded`; until `body` returns false. `words` and `foldedWords` are the ranges of
    /// `wordStarts` that start with `q` and `folded`. This finds what a scan of every key's text
    /// finds, in the same order, but reads only the ranges and one bit per key, and the text of
    /// the keys it hands on: a one-letter query that few names start with scanned all 1.3
    /// million keys of 100,000 articles (8 ms).
    func keysInOrder(_ q: [UInt8], _ folded: [UInt8], _ words: Range<Int>, _ foldedWords: Range<Int>,
                     _ body: (_ key: Int, _ rank: Int) -> Bool) {
        let blocks = (starts.count + 63) / 64
        // Keys with a word that starts with q, and keys with a word that starts with the folded query.
        var wordMatch = [UInt64](repeating: 0, count: blocks)
        var foldedMatch = [UInt64](repeating: 0, count: blocks)
        wordKey.withUnsafeBufferPointer { keys in
            for i in words { let k = Int(keys[i]); wordMatch[k >> 6] |= 1 << UInt64(k & 63) }
            for i in foldedWords { let k = Int(keys[i]); foldedMatch[k >> 6] |= 1 << UInt64(k & 63) }
        }
        text.withUnsafeBufferPointer { t in
            func startsWith(_ p: Int, _ needle: [UInt8]) -> Bool {
                var i = p
                for b in needle {
                    // A key's newline never matches, so a match never runs into the next key.
                    if t[i] != b || b == 0x0A { return false }
                    i += 1
                }
                return true
            }
            for b in 0..<blocks {
                var bits = wordMatch[b] | foldedMatch[b]
                while bits != 0 {
                    let j = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let k = b << 6 | j, s = Int(starts[k])
                    let rank: Int
                    if wordMatch[b] & (1 << UInt64(j)) != 0 {
                        // The key starts with q, or (since the range has it) one of its other words does.
                        rank = startsWith(s, q) ? 0 : 1
                    } else if startsWith(s, folded) {
                        rank = 2
                    } else {
                        continue  // the folded query starts a later word: no match
                    }
                    if !body(k, rank) { return }
                }
            }
        }
    }

    /// Every key `query` matches, in key order, with its rank (as `keysInOrder` hands them on).
    func matchingKeys(_ query: String) -> [(key: Int, rank: Int)] {
        let q = Array(TextKey.make(query).utf8)
        guard !q.isEmpty else { return [] }
        let folded = Array(NameKey.fold(TextKey.make(query)).utf8)
        let foldedDiffers = folded != q && !folded.isEmpty
        var out: [(key: Int, rank: Int)] = []
        keysInOrder(q, folded, range(of: q), foldedDiffers ? range(of: folded) : 0..<0) { k, rank in
            out.append((k, rank))
            return true
        }
        return out
    }

    /// The text of every key (folded names and aliases), in key order.
    var keyTexts: [String] {
        starts.indices.map { k in String(decoding: text[Int(starts[k])..<keyEnd(k)], as: UTF8.self) }
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
