import NewsModel

/// The reader's side panel: the article's entities grouped by kind, with mention counts.
public struct EntityPanelRow: Sendable, Hashable {
    public var entity: String
    public var name: String
    public var kind: EntityKind
    public var count: Int
}

extension AnalyzedArticle {
    /// Name-form entities of the article grouped by kind (people, countries, organisations,
    /// places), most-mentioned first.
    public func panelRows(names: (String) -> String?) -> [EntityPanelRow] {
        var counts: [String: (EntityKind, Int)] = [:]
        for m in mentions {
            let c = counts[m.entity]?.1 ?? 0
            counts[m.entity] = (m.kind, c + 1)
        }
        var rows: [EntityPanelRow] = []
        for kind in EntityKind.allCases {
            let group = counts.filter { $0.value.0 == kind }
                .map { EntityPanelRow(entity: $0.key, name: names($0.key) ?? $0.key, kind: kind, count: $0.value.1) }
                .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
            rows += group
        }
        return rows
    }
}
