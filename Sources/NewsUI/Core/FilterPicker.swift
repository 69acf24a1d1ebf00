import NewsModel

/// The filter picker: type-ahead over people and countries (names and aliases, case and accents
/// ignored), ranked by how many articles mention them. "person:" or "country:" first picks the kind.
public struct FilterPicker: Sendable, Hashable {
    public var query: String = ""
    public var selected: Int = 0
    public private(set) var results: [CorpusIndex.Suggestion] = []

    public init(index: CorpusIndex) {
        refresh(index: index)
    }

    /// The kinds the query asks for, and the text to search.
    var scope: (kinds: Set<EntityKind>, text: String) {
        let lower = query.lowercased()
        for (prefix, kind) in [("person:", EntityKind.person), ("country:", .country)] where lower.hasPrefix(prefix) {
            return ([kind], String(query.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
        }
        return ([.person, .country], query)
    }

    mutating func refresh(index: CorpusIndex) {
        let (kinds, text) = scope
        results = index.search(text, kinds: kinds, limit: 200)
        selected = min(selected, max(0, results.count - 1))
    }

    /// Handles a key; returns the entity to filter by when one is chosen, and whether the picker stays open.
    mutating func handle(_ key: Key, index: CorpusIndex) -> (chosen: String?, open: Bool) {
        switch key {
        case .escape: return (nil, false)
        case .enter:
            guard results.indices.contains(selected) else { return (nil, true) }
            return (results[selected].entity.id, false)
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, results.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, results.count - 1), selected + 10)
        case .backspace, .delete:
            if !query.isEmpty { query.removeLast(); selected = 0; refresh(index: index) }
        case .ctrl("u"):
            query = ""
            selected = 0
            refresh(index: index)
        case .char(let c):
            query.append(c)
            selected = 0
            refresh(index: index)
        default: break
        }
        return (nil, true)
    }
}
