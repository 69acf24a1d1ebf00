#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Type-ahead over the names and aliases of entities. The keys (case and accents folded) sit in
/// one byte buffer in ranking order (the entities' own order: most articles first), so a query
/// is a `memmem` scan that visits the best entities first and stops as soon as nothing later
/// can enter the results; a keystroke costs microseconds to a few milliseconds at 100,000 articles.
struct NameSearch: Sendable {
    /// Keys separated by "\n", with a leading "\n".
    private var text: [UInt8] = [0x0A]
    /// Offset of each key in `text`, increasing.
    private var starts: [Int32] = []
    /// The entity of each key, and whether the key is the entity's own name (not an alias).
    private var owner: [Int32] = []
    private var isName: [Bool] = []
    /// Each entity's place in the ranking: most articles, then most mentions, then by name.
    private var position: [Int32] = []

    init() {}

    /// Indexes the names of `entities`.
    init(entities: [Entity]) {
        let ranked = entities.indices.sorted { a, b in
            let x = entities[a], y = entities[b]
            return (-x.articles, -x.mentions, x.name, a) < (-y.articles, -y.mentions, y.name, b)
        }
        position = [Int32](repeating: 0, count: entities.count)
        for (p, i) in ranked.enumerated() { position[i] = Int32(p) }
        for i in ranked {
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
                starts.append(Int32(text.count))
                owner.append(Int32(i))
                isName.append(k == nameKey)
                // A newline inside a key would split it; keys never match across one.
                text.append(contentsOf: k.utf8.map { $0 == 0x0A ? 0x20 : $0 })
                text.append(0x0A)
            }
        }
    }

    /// A match: the entity's index, how well it matched (0 best), and the alias that matched.
    struct Hit: Sendable {
        var entity: Int
        var rank: Int
        var via: String?
    }

    /// Entities whose keys start with (rank 0), have a word starting with (1) or contain (2) the
    /// query; a folded spelling that starts a key ranks 2. `offers(entity)` lists entities a
    /// match also offers one rank lower (a city's country). Best first, at most `limit`.
    func search(_ query: String, allowed: (Int) -> Bool, offers: (Int) -> [Int], name: (Int) -> String, limit: Int) -> [Hit] {
        let q = Array(TextKey.make(query).utf8)
        let folded = Array(NameKey.fold(TextKey.make(query)).utf8)
        // via: a key index (the alias that matched), or -1 - e for "offered by entity e".
        var best: [Int: (rank: Int, via: Int?)] = [:]
        // Entities found at each rank (0, 1, 2, 3): a match can only make the results while
        // fewer than `limit` entities have matched better, as ranks only ever improve.
        var atRank = [0, 0, 0, 0]
        var topRank: Int { atRank[0] }
        func offer(_ entity: Int, rank: Int, viaKey: Int?) {
            var better = 0
            for r in 0..<rank { better += atRank[r] }
            if better >= limit { return }
            let current = best[entity]
            if let current, current.rank <= rank { return }
            if let current { atRank[current.rank] -= 1 }
            atRank[rank] += 1
            best[entity] = (rank, viaKey)
        }
        func consider(key k: Int, rank: Int) {
            let e = Int(owner[k])
            if allowed(e) { offer(e, rank: rank, viaKey: isName[k] ? nil : k) }
            guard !q.isEmpty else { return }
            for c in offers(e) where allowed(c) { offer(c, rank: rank + 1, viaKey: -1 - e) }
        }
        if q.isEmpty {
            var k = 0
            while k < owner.count && topRank < limit {
                if isName[k] { consider(key: k, rank: 0) }
                k += 1
            }
        } else {
            text.withUnsafeBufferPointer { t in
                q.withUnsafeBufferPointer { needle in
                    scan(t, needle) { k, offset in
                        let start = Int(starts[k])
                        let rank = offset == start ? 0 : (t[offset - 1] == 0x20 || t[offset - 1] == 0x2D ? 1 : 2)
                        consider(key: k, rank: rank)
                        // Every later key belongs to an entity ranked after all those found at rank 0.
                        return topRank < limit
                    }
                }
                if folded != q, !folded.isEmpty {
                    folded.withUnsafeBufferPointer { needle in
                        scan(t, needle) { k, offset in
                            if offset == Int(starts[k]) { consider(key: k, rank: 2) }
                            return topRank < limit
                        }
                    }
                }
            }
        }
        let ordered = best.sorted { ($0.value.rank, position[$0.key]) < ($1.value.rank, position[$1.key]) }.prefix(limit)
        return ordered.map { entity, value in
            var via: String? = nil
            if let v = value.via {
                via = v >= 0 ? String(decoding: text[Int(starts[v])..<keyEnd(v)], as: UTF8.self) : name(-1 - v)
            }
            return Hit(entity: entity, rank: value.rank, via: via)
        }
    }

    /// Where key `k` ends in `text` (its newline).
    private func keyEnd(_ k: Int) -> Int { k + 1 < starts.count ? Int(starts[k + 1]) - 1 : text.count - 1 }

    /// The first offset at or after `from` where the needle occurs (memchr for its first byte, then memcmp).
    private static func find(_ needle: UnsafePointer<UInt8>, _ count: Int, in base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
        var at = from
        let first = Int32(needle[0])
        while end - at >= count {
            guard let hit = memchr(base + at, first, end - at - count + 1) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if count == 1 || memcmp(base + offset + 1, needle + 1, count - 1) == 0 { return offset }
            at = offset + 1
        }
        return nil
    }

    /// Calls `visit(key, offset)` for each occurrence of `needle`, in text order, until it returns false.
    private func scan(_ t: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, _ visit: (Int, Int) -> Bool) {
        guard let base = t.baseAddress, let n = needle.baseAddress, needle.count > 0 else { return }
        var from = 0
        var key = 0
        while from < t.count {
            guard let offset = Self.find(n, needle.count, in: base, from: from, to: t.count) else { return }
            // The key holding the offset: the last start at or before it (searching on from the last one).
            var lo = key, hi = starts.count
            while lo + 1 < hi {
                let mid = (lo + hi) / 2
                if Int(starts[mid]) <= offset { lo = mid } else { hi = mid }
            }
            key = lo
            if Int(starts[key]) <= offset, !visit(key, offset) { return }
            from = offset + 1
        }
    }
}
