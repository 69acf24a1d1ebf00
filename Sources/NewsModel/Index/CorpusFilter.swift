/// A set of entity filters (AND) applied to an analysed corpus: which articles, conflicts and
/// entities remain.
public struct FilterResult: Sendable {
    public var articles: [Int]
    public var conflicts: [Int]
    /// Indices into `entities` of the entities mentioned in the remaining articles.
    public var entities: [Int]
}

extension CorpusAnalysis {
    /// Applies entity filters: a person (or any entity) keeps the articles that mention it; a
    /// country keeps those that mention it or anything that belongs to it. Several combine with AND.
    public func filtered(by filters: [String]) -> FilterResult {
        var result = filtered(by: filters, withEntities: false)
        result.entities = entities(inArticles: result.articles, filtered: !filters.isEmpty)
        return result
    }

    /// The same without the remaining entities (left empty), which take the longest to find:
    /// the reader works them out only when its Entities view is shown.
    public func filtered(by filters: [String], withEntities: Bool) -> FilterResult {
        if filters.isEmpty {
            return FilterResult(articles: Array(articles.indices), conflicts: Array(conflicts.indices),
                                entities: withEntities ? Array(entities.indices) : [])
        }
        let kept = index.articles(matching: filters, total: articles.count)
        // A conflict stays when, for every filter, one of its claims is by or about what it covers.
        let keptConflicts = index.conflicts(matching: filters, total: conflicts.count)
        return FilterResult(articles: kept, conflicts: keptConflicts, entities: withEntities ? entities(inArticles: kept, filtered: true) : [])
    }

    /// Indices of the entities mentioned in `kept` articles, in the entities' order (all of them
    /// when nothing is filtered).
    public func entities(inArticles kept: [Int], filtered: Bool) -> [Int] {
        guard filtered else { return Array(entities.indices) }
        var mentioned = [Bool](repeating: false, count: entities.count)
        let byArticle = index.entitiesOfArticle
        for a in kept where a < byArticle.count { for e in byArticle[a] { mentioned[Int(e)] = true } }
        return entities.indices.filter { mentioned[$0] }
    }
}

/// Why a name given on the command line does not pick one entity.
public enum EntityLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(kind: EntityKind, name: String, suggestions: [String])
    case ambiguous(kind: EntityKind, name: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let kind, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean: " + suggestions.joined(separator: ", ")
            return "no \(kind.rawValue) named \(name)\(hint)"
        case .ambiguous(let kind, let name, let candidates):
            return "\(name) matches several \(kind == .person ? "people" : "countries"): " + candidates.joined(separator: ", ")
        }
    }
}

extension CorpusAnalysis {
    /// The one entity of `kind` called `name` (by name or alias, case and accents ignored; a unique
    /// prefix also counts).
    public func lookup(_ name: String, kind: EntityKind) throws(EntityLookupError) -> Entity {
        let key = TextKey.make(name)
        let ofKind = entities.indices.filter { entities.kind($0) == kind }.map { entities[$0] }
        var exact = ofKind.filter { e in ([e.name] + e.aliases).contains { TextKey.make($0) == key } }
        if exact.isEmpty && kind == .person {
            // Spelling variants of a name or surname: "Zelenskyy" finds Volodymyr Zelensky.
            let person = NameKey.person(name), surname = NameKey.surname(name)
            exact = ofKind.filter { e in NameKey.person(e.name) == person || (!name.contains(" ") && NameKey.surname(e.name) == surname) }
        }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw .ambiguous(kind: kind, name: name, candidates: exact.map(\.name)) }
        let partial = index.search(name, kinds: [kind], limit: 10).map(\.entity).filter { $0.kind == kind }
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 { throw .ambiguous(kind: kind, name: name, candidates: partial.map(\.name)) }
        // Close names, comparing with the whole name and with each of its words.
        let suggestions = ofKind.map { e in
            (e.name, ([e.name] + e.name.split(separator: " ").map(String.init)).map { Self.distance(TextKey.make($0), key) }.min() ?? Int.max)
        }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).filter { $0.1 <= max(3, key.count / 2) }.map(\.0)
        throw .notFound(kind: kind, name: name, suggestions: Array(suggestions))
    }

    /// Levenshtein distance, for "did you mean".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
