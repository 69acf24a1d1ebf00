/// Inverted indexes over an analysed corpus: entity -> articles, country -> articles that
/// mention it or anything that belongs to it, and the names users can type to find entities.
/// Filters intersect these lists, so applying one never scans the articles.
public struct CorpusIndex: Sendable {
    /// Per entity (by index), the sorted article indices that mention it.
    private var articlesOfEntity = PostingLists()
    /// Per country entity (by index), the sorted article indices that mention it directly or
    /// through an entity of it.
    private var articlesOfCountry = PostingLists()
    /// Searchable names and aliases of every entity.
    private(set) var names = NameSearch()
    private var entities = EntityTable([])
    private(set) var entityByID = EntityNumbers([:])
    /// Per article, the distinct entities it mentions (indices into `entities`), in order of first mention.
    private(set) var entitiesOfArticle = PostingLists()
    /// Per entity (by index), the sorted conflicts whose claims are by or about it; per country,
    /// those by or about it or anything that belongs to it.
    private var conflictsOfEntity = PostingLists()
    private var conflictsOfCountry = PostingLists()
    /// Per entity (by index), the countries it belongs to (entity indices).
    private var countriesOfEntity = PostingLists()

    public init() {}

    public init(articles: [AnalyzedArticle], entities: [Entity]) {
        let byID = Self.numbers(entities)
        // Each article's entities, in order of first mention: a run of articles per core (an
        // entity id looked up per mention was a serial loop over every mention of the corpus).
        let own = ParallelChunks.mapRuns(articles.count, minimum: 64) { range -> [[Int32]] in
            var lastSeen = [Int32](repeating: -1, count: entities.count)
            return range.map { i in
                var list: [Int32] = []
                for m in articles[i].mentions {
                    guard let e = byID[m.entity], lastSeen[e] != Int32(i) else { continue }
                    lastSeen[e] = Int32(i)
                    list.append(Int32(e))
                }
                return list
            }
        }.flatMap { $0 }
        self.init(entities: entities, byID: byID, entitiesOfArticle: own, names: NameSearch(entities: entities))
    }

    /// The index from its costly parts (as `parts` gives them), the rest worked out again.
    init(entities: [Entity], byID: [String: Int], entitiesOfArticle own: [[Int32]], names: NameSearch) {
        self.entities = EntityTable(entities)
        entityByID = EntityNumbers(byID)
        entitiesOfArticle = PostingLists(own)
        self.names = names
        // Each entity's countries, as entity indices.
        var countriesOf = [[Int32]](repeating: [], count: entities.count)
        for (i, e) in entities.enumerated() {
            for c in e.countries {
                guard let ci = byID[c] else { continue }
                countriesOf[i].append(Int32(ci))
            }
        }
        countriesOfEntity = PostingLists(countriesOf)
        var direct = [[Int32]](repeating: [], count: entities.count)
        var country = [[Int32]](repeating: [], count: entities.count)
        var lastCountry = [Int32](repeating: -1, count: entities.count)
        for (a, list) in own.enumerated() {
            let a32 = Int32(a)
            for e in list {
                direct[Int(e)].append(a32)
                for c in countriesOf[Int(e)] where lastCountry[Int(c)] != a32 {
                    lastCountry[Int(c)] = a32
                    country[Int(c)].append(a32)
                }
            }
        }
        articlesOfEntity = PostingLists(direct)
        articlesOfCountry = PostingLists(country)
    }

    /// Entity id -> index (the first of duplicate ids).
    static func numbers(_ entities: [Entity]) -> [String: Int] {
        var byID: [String: Int] = [:]
        byID.reserveCapacity(entities.count)
        for (i, e) in entities.enumerated() where byID[e.id] == nil { byID[e.id] = i }
        return byID
    }

    /// Every posting list, in the order `init(entities:byID:lists:names:)` takes them.
    var lists: [PostingLists] {
        [articlesOfEntity, articlesOfCountry, entitiesOfArticle, conflictsOfEntity, conflictsOfCountry, countriesOfEntity]
    }

    /// The index from all its parts (decoded from a snapshot): `lists` as `lists` gives them.
    init(entities: EntityTable, byID: EntityNumbers, lists: [PostingLists], names: NameSearch) {
        self.entities = entities
        entityByID = byID
        self.names = names
        articlesOfEntity = lists[0]
        articlesOfCountry = lists[1]
        entitiesOfArticle = lists[2]
        conflictsOfEntity = lists[3]
        conflictsOfCountry = lists[4]
        countriesOfEntity = lists[5]
    }

    /// Records the entities each conflict's claims are by or about, for filtering conflicts.
    mutating func indexConflicts(_ sides: [CorpusAnalysis.ConflictSides], articles: [AnalyzedArticle]) {
        // Per entity, and per country through its entities, the sorted conflicts whose claims are
        // by or about it: a filter intersects these lists and never scans every conflict.
        let countriesOf = countriesOfEntity
        var byEntity = [[Int32]](repeating: [], count: entities.count)
        var byCountry = [[Int32]](repeating: [], count: entities.count)
        var lastEntity = [Int32](repeating: -1, count: entities.count)
        var lastCountry = [Int32](repeating: -1, count: entities.count)
        var claimEntities: [Int32] = []
        func entitiesOf(_ at: CorpusAnalysis.ClaimPosition) -> [Int32] {
            claimEntities.removeAll(keepingCapacity: true)
            // The fields, not a copy of the whole claim.
            let a = Int(at.article), c = Int(at.claim)
            if let s = articles[a].claims[c].speakerEntity, let e = entityByID[s] { claimEntities.append(Int32(e)) }
            // (The country an unnamed body speaks for counts: "Ecuador's foreign ministry" is Ecuador's.)
            if let side = articles[a].claims[c].speakerSide, let e = entityByID[side], entities.kind(e) == .country {
                claimEntities.append(Int32(e))
            }
            for id in articles[a].claims[c].about { if let e = entityByID[id] { claimEntities.append(Int32(e)) } }
            return claimEntities
        }
        for (k, s) in sides.enumerated() {
            let k32 = Int32(k)
            for at in [s.a, s.b] {
                guard let at else { continue }
                for e32 in entitiesOf(at) {
                    let e = Int(e32)
                    if lastEntity[e] != k32 {
                        lastEntity[e] = k32
                        byEntity[e].append(k32)
                    }
                    // A country covers itself and everything that belongs to it.
                    if entities.kind(e) == .country, lastCountry[e] != k32 {
                        lastCountry[e] = k32
                        byCountry[e].append(k32)
                    }
                    for ci in countriesOf[e] where lastCountry[Int(ci)] != k32 {
                        lastCountry[Int(ci)] = k32
                        byCountry[Int(ci)].append(k32)
                    }
                }
            }
        }
        conflictsOfEntity = PostingLists(byEntity)
        conflictsOfCountry = PostingLists(byCountry)
    }

    /// Conflicts that satisfy every filter (AND): for each, one of its claims is by or about the
    /// filter's entity, or for a country about anything that belongs to it.
    public func conflicts(matching filters: [String], total: Int) -> [Int] {
        guard !filters.isEmpty else { return Array(0..<total) }
        let lists = filters.map { f -> [Int] in
            guard let e = entityByID[f], e < conflictsOfEntity.count else { return [] }
            return (entities.kind(e) == .country ? conflictsOfCountry[e] : conflictsOfEntity[e]).map(Int.init)
        }
        return Self.intersectAll(lists)
    }

    /// Articles that satisfy every filter (AND). A country filter also matches its entities.
    public func articles(matching filters: [String], total: Int) -> [Int] {
        guard !filters.isEmpty else { return Array(0..<total) }
        let lists = filters.map { f -> [Int] in
            guard let e = entityByID[f] else { return [] }
            return (f.hasPrefix("country/") ? articlesOfCountry[e] : articlesOfEntity[e]).map(Int.init)
        }
        return Self.intersectAll(lists)
    }

    /// The elements in every one of these sorted lists, shortest list first so the work stays small.
    static func intersectAll(_ lists: [[Int]]) -> [Int] {
        let sorted = lists.sorted { $0.count < $1.count }
        guard var result = sorted.first else { return [] }
        for list in sorted.dropFirst() {
            result = intersect(result, list)
            if result.isEmpty { break }
        }
        return result
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
        names.search(query, kinds: kinds, limit: limit, name: { entities.name($0) })
            .map { Suggestion(entity: entities[$0.entity], via: $0.via) }
    }
}

/// Lists of numbers (an index's posting lists) in one array with an offset per list: no array
/// and no spare capacity per list (most entities have one or two articles and one country).
struct PostingLists: Sendable {
    private var starts: [Int32] = [0]
    private var items: [Int32] = []

    init() {}

    init(_ lists: [[Int32]]) {
        var starts = [Int32]()
        starts.reserveCapacity(lists.count + 1)
        starts.append(0)
        var total = 0
        for list in lists {
            total += list.count
            starts.append(Int32(total))
        }
        var items = [Int32]()
        items.reserveCapacity(total)
        for list in lists { items.append(contentsOf: list) }
        self.starts = starts
        self.items = items
    }

    /// From the flat form (`starts`, `items`), checked: nil when the starts are not ascending from
    /// 0 to the number of items, or an item is outside 0..<limit.
    init?(starts: [Int32], items: [Int32], limit: Int32) {
        guard starts.first == 0, Int(starts[starts.count - 1]) == items.count else { return nil }
        for i in 1..<starts.count where starts[i] < starts[i - 1] { return nil }
        for x in items where x < 0 || x >= limit { return nil }
        self.starts = starts
        self.items = items
    }

    /// The flat form: where each list starts in `items` (and the end of the last).
    var flat: (starts: [Int32], items: [Int32]) { (starts, items) }

    /// The number of lists.
    var count: Int { starts.count - 1 }

    subscript(i: Int) -> ArraySlice<Int32> {
        items[Int(starts[i])..<Int(starts[i + 1])]
    }
}

/// Entity id -> index (the first of duplicate ids): a dictionary (as analysed), or (decoded from
/// a snapshot, where building a dictionary of every id would cost more than the whole rest of
/// the open) a binary search of the ids in sorted order.
struct EntityNumbers: Sendable {
    private var byID: [String: Int]?
    /// Entity indices in the byte order of their ids (then of the indices).
    private var order: [Int32] = []
    private var entities = EntityTable([])

    init(_ byID: [String: Int]) { self.byID = byID }

    /// By binary search; nil when `order` is not a permutation of the entities' indices.
    init?(entities: EntityTable, order: [Int32]) {
        guard order.count == entities.count else { return nil }
        var seen = [Bool](repeating: false, count: order.count)
        for i in order {
            guard i >= 0, Int(i) < order.count, !seen[Int(i)] else { return nil }
            seen[Int(i)] = true
        }
        self.entities = entities
        self.order = order
    }

    /// The order `init(entities:order:)` takes: ids compared as bytes, so a search compares the
    /// packed bytes without making a string.
    static func order(_ entities: EntityTable) -> [Int32] {
        let ids = entities.indices.map { Array(entities.id($0).utf8) }
        return entities.indices.sorted { a, b in
            let c = ids[a].withUnsafeBufferPointer { x in ids[b].withUnsafeBufferPointer { ByteOrder.compare(x, $0) } }
            return c != 0 ? c < 0 : a < b
        }.map { Int32($0) }
    }

    subscript(id: String) -> Int? {
        if let byID { return byID[id] }
        var id = id
        return id.withUTF8 { key -> Int? in
            var low = 0, high = order.count
            while low < high {
                let mid = (low + high) / 2
                if entities.compareID(Int(order[mid]), key) < 0 { low = mid + 1 } else { high = mid }
            }
            guard low < order.count, entities.compareID(Int(order[low]), key) == 0 else { return nil }
            return Int(order[low])
        }
    }
}
