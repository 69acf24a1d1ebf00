/// Inverted indexes over an analysed corpus: entity -> articles, country -> articles that
/// mention it or anything that belongs to it, and the names users can type to find entities.
/// Filters intersect these lists, so applying one never scans the articles.
public struct CorpusIndex: Sendable {
    /// Sorted article indices that mention each entity.
    public private(set) var articlesByEntity: [String: [Int]] = [:]
    /// Sorted article indices that mention each country directly or through an entity of it.
    public private(set) var articlesByCountry: [String: [Int]] = [:]
    /// Entities that belong to each country (its cities, bodies, people), for claim filters.
    public private(set) var entitiesOfCountry: [String: Set<String>] = [:]
    /// Searchable names: (key, entity index), names and aliases of every entity.
    private var names: [(key: String, entity: Int)] = []
    private var entities: [Entity] = []

    public init() {}

    public init(articles: [AnalyzedArticle], entities: [Entity]) {
        self.entities = entities
        let byID = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        var direct: [String: [Int]] = [:]
        var country: [String: [Int]] = [:]
        for (i, a) in articles.enumerated() {
            var seen: Set<String> = []
            var countries: Set<String> = []
            for m in a.mentions where seen.insert(m.entity).inserted {
                direct[m.entity, default: []].append(i)
                if let e = byID[m.entity] { countries.formUnion(entities[e].countries) }
            }
            for c in countries { country[c, default: []].append(i) }
        }
        articlesByEntity = direct
        articlesByCountry = country
        var members: [String: Set<String>] = [:]
        for e in entities { for c in e.countries { members[c, default: []].insert(e.id) } }
        entitiesOfCountry = members
        // The keys of each entity's names, worked out on all cores (folding is the slow part).
        var keysOf = [[String]](repeating: [], count: entities.count)
        keysOf.withUnsafeMutableBufferPointer { buffer in
            let box = UncheckedBox(buffer)
            ParallelChunks.forEach(entities.count, minimum: 256) { i in
                let e = entities[i]
                var keys = Set(([e.name] + e.aliases).map(TextKey.make))
                // People are also found by the folded spelling of their surname ("zelenskyy").
                if e.kind == .person, let last = e.name.split(separator: " ").last { keys.insert(NameKey.fold(String(last))) }
                box.value[i] = Array(keys)
            }
        }
        for (i, keys) in keysOf.enumerated() {
            for k in keys { names.append((k, i)) }
        }
    }

    /// Articles that satisfy every filter (AND). A country filter also matches its entities.
    public func articles(matching filters: [String], total: Int) -> [Int] {
        guard !filters.isEmpty else { return Array(0..<total) }
        var lists = filters.map { f -> [Int] in
            f.hasPrefix("country/") ? (articlesByCountry[f] ?? []) : (articlesByEntity[f] ?? [])
        }
        lists.sort { $0.count < $1.count }
        var result = lists[0]
        for list in lists.dropFirst() {
            result = Self.intersect(result, list)
            if result.isEmpty { break }
        }
        return result
    }

    /// The entities a filter on `id` covers: itself, and for a country everything of it.
    public func covered(by id: String) -> Set<String> {
        id.hasPrefix("country/") ? (entitiesOfCountry[id] ?? []).union([id]) : [id]
    }

    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var out: [Int] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 }
            else { j += 1 }
        }
        return out
    }

    /// A row of the filter picker.
    public struct Suggestion: Sendable, Hashable {
        public var entity: Entity
        /// The name or alias that matched, when it is not the entity's name ("Kyiv" for Ukraine).
        public var via: String?
    }

    /// Entities whose names start with or contain `query` (case and accent ignored), people and
    /// countries first by the number of articles. A match on a place, body or person that belongs
    /// to a country also offers that country ("kremlin" offers Russia).
    public func search(_ query: String, kinds: Set<EntityKind> = [.person, .country], limit: Int = 50) -> [Suggestion] {
        let q = TextKey.make(query)
        let folded = NameKey.fold(q)
        var best: [Int: (rank: Int, via: String?)] = [:]
        func offer(_ entity: Int, rank: Int, via: String?) {
            if let current = best[entity], current.rank <= rank { return }
            best[entity] = (rank, via)
        }
        let byID = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        for (key, i) in names {
            let rank: Int
            if q.isEmpty || key.hasPrefix(q) { rank = 0 }
            else if key.contains(" " + q) || key.contains("-" + q) { rank = 1 }
            else if key.contains(q) { rank = 2 }
            else if folded != q && key.hasPrefix(folded) { rank = 2 }
            else { continue }
            let e = entities[i]
            let via = key == TextKey.make(e.name) ? nil : key
            if kinds.contains(e.kind) { offer(i, rank: rank, via: via) }
            if !q.isEmpty && kinds.contains(.country) && e.kind != .country {
                for c in e.countries { if let ci = byID[c] { offer(ci, rank: rank + 1, via: e.name) } }
            }
        }
        return best.sorted { l, r in
            let a = entities[l.key], b = entities[r.key]
            return (l.value.rank, -a.articles, -a.mentions, a.name) < (r.value.rank, -b.articles, -b.mentions, b.name)
        }.prefix(limit).map { Suggestion(entity: entities[$0.key], via: $0.value.via) }
    }
}
