/// Inverted indexes over an analysed corpus: entity -> articles, country -> articles that
/// mention it or anything that belongs to it, and the names users can type to find entities.
/// Filters intersect these lists, so applying one never scans the articles.
public struct CorpusIndex: Sendable {
    /// Sorted article indices that mention each entity.
    public private(set) var articlesByEntity: [String: [Int]] = [:]
    /// Sorted article indices that mention each country directly or through an entity of it.
    public private(set) var articlesByCountry: [String: [Int]] = [:]
    /// Searchable names and aliases of every entity.
    private var names = NameSearch()
    private var entities: [Entity] = []
    private var entityByID: [String: Int] = [:]
    /// Per article, the distinct entities it mentions (indices into `entities`).
    private(set) var entitiesOfArticle: [[Int32]] = []
    /// Per conflict, the entities its two claims are by or about.
    private(set) var entitiesOfConflict: [[Int32]] = []
    /// Per country entity, the entities that belong to it.
    private var membersOfCountry: [Int: [Int32]] = [:]

    public init() {}

    public init(articles: [AnalyzedArticle], entities: [Entity]) {
        self.entities = entities
        let byID = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        var direct: [String: [Int]] = [:]
        var country: [String: [Int]] = [:]
        entitiesOfArticle.reserveCapacity(articles.count)
        for (i, a) in articles.enumerated() {
            var seen: Set<String> = []
            var countries: Set<String> = []
            var own: [Int32] = []
            for m in a.mentions where seen.insert(m.entity).inserted {
                direct[m.entity, default: []].append(i)
                if let e = byID[m.entity] {
                    countries.formUnion(entities[e].countries)
                    own.append(Int32(e))
                }
            }
            for c in countries { country[c, default: []].append(i) }
            entitiesOfArticle.append(own)
        }
        articlesByEntity = direct
        articlesByCountry = country
        for (i, e) in entities.enumerated() {
            for c in e.countries { if let ci = byID[c] { membersOfCountry[ci, default: []].append(Int32(i)) } }
        }
        entityByID = byID
        names = NameSearch(entities: entities)
    }

    /// Records the entities each conflict's claims are by or about, for filtering conflicts.
    mutating func indexConflicts(_ conflicts: [Conflict], claim: (String) -> Claim?) {
        entitiesOfConflict = conflicts.map { c in
            var ids: [Int32] = []
            for claim in [claim(c.a), claim(c.b)].compactMap({ $0 }) {
                for id in (claim.speakerEntity.map { [$0] } ?? []) + claim.about {
                    if let e = entityByID[id] { ids.append(Int32(e)) }
                }
            }
            return ids
        }
    }

    /// The entity indices a filter on `id` covers, as a mask: the entity, and for a country
    /// everything that belongs to it.
    func coverMask(of id: String) -> [Bool] {
        var mask = [Bool](repeating: false, count: entities.count)
        guard let e = entityByID[id] else { return mask }
        mask[e] = true
        if entities[e].kind == .country { for m in membersOfCountry[e] ?? [] { mask[Int(m)] = true } }
        return mask
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
        names.search(query, kinds: kinds, limit: limit, name: { entities[$0].name })
            .map { Suggestion(entity: entities[$0.entity], via: $0.via) }
    }
}
