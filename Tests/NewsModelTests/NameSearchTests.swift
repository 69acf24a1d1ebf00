import Testing
@testable import NewsModel

@Suite("Picker name search")
struct NameSearchTests {
    /// The ranking the picker promises, computed the slow way: every key of every entity.
    static func reference(_ entities: [Entity], _ query: String, kinds: Set<EntityKind>, limit: Int) -> [String] {
        let q = TextKey.make(query)
        let folded = NameKey.fold(q)
        var best: [Int: Int] = [:]
        func offer(_ e: Int, _ rank: Int) { if best[e].map({ $0 > rank }) ?? true { best[e] = rank } }
        let byID = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        for (i, e) in entities.enumerated() {
            var keys = [e.name] + e.aliases
            if e.kind == .person, let last = e.name.split(separator: " ").last { keys.append(NameKey.fold(String(last))) }
            for key in keys.map(TextKey.make) {
                let rank: Int
                if q.isEmpty || key.hasPrefix(q) { rank = 0 }
                else if key.contains(" " + q) || key.contains("-" + q) { rank = 1 }
                else if key.contains(q) { rank = 2 }
                else if folded != q && key.hasPrefix(folded) { rank = 2 }
                else { continue }
                if kinds.contains(e.kind) { offer(i, rank) }
                if !q.isEmpty && kinds.contains(.country) && e.kind != .country {
                    for c in e.countries { if let ci = byID[c] { offer(ci, rank + 1) } }
                }
            }
        }
        return best.sorted { l, r in
            let a = entities[l.key], b = entities[r.key]
            return (l.value, -a.articles, -a.mentions, a.name) < (r.value, -b.articles, -b.mentions, b.name)
        }.prefix(limit).map { entities[$0.key].name }
    }

    /// Many people with made-up names, some countries, a few cities; counts vary.
    static let entities: [Entity] = {
        var rng = SplitMix64(seed: 42)
        let syllables = ["an", "ko", "ra", "vi", "len", "mir", "ov", "sky", "ta", "el", "ur", "zel", "en", "ova", "pu", "tin"]
        func word() -> String {
            let n = 2 + Int(rng.next() % 2)
            let w = (0..<n).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }.joined()
            return w.prefix(1).uppercased() + w.dropFirst()
        }
        var out: [Entity] = [
            Entity(id: "country/ua", name: "Ukraine", kind: .country, aliases: ["Ukrainian"], countries: ["country/ua"], articles: 40, mentions: 90),
            Entity(id: "country/ru", name: "Russia", kind: .country, aliases: ["Russian", "Russian Federation"], countries: ["country/ru"], articles: 35, mentions: 80),
            Entity(id: "place/kyiv", name: "Kyiv", kind: .place, aliases: ["Kiev"], countries: ["country/ua"], articles: 12, mentions: 20),
            Entity(id: "org/kremlin", name: "Kremlin", kind: .organization, countries: ["country/ru"], articles: 9, mentions: 15),
        ]
        for i in 0..<600 {
            let country = i % 3 == 0 ? ["country/ua"] : i % 3 == 1 ? ["country/ru"] : []
            out.append(Entity(id: "person/\(i)", name: "\(word()) \(word())", kind: .person, aliases: i % 5 == 0 ? [word()] : [],
                              countries: country, articles: Int(rng.next() % 30), mentions: Int(rng.next() % 60)))
        }
        return out
    }()

    @Test("results and their order match a full scan of every name, for short, long, folded and absent queries")
    func matchesReference() {
        let index = CorpusIndex(articles: [], entities: Self.entities)
        let queries = ["", "a", "k", "an", "ov", "sky", "zel", "mir ", "kiev", "kyiv", "kremlin", "ukr", "russian f", "zzz", "Tin", "élén"]
        for q in queries {
            for kinds in [Set<EntityKind>([.person, .country]), [.person], [.country]] {
                for limit in [1, 5, 50, 200] {
                    let got = index.search(q, kinds: kinds, limit: limit).map(\.entity.name)
                    #expect(got == Self.reference(Self.entities, q, kinds: kinds, limit: limit), "query \(q) kinds \(kinds) limit \(limit)")
                }
            }
        }
    }

    @Test("a match through an alias or a city names what matched")
    func via() {
        let index = CorpusIndex(articles: [], entities: Self.entities)
        let kiev = index.search("kiev", kinds: [.country], limit: 5)
        #expect(kiev.first?.entity.name == "Ukraine")
        #expect(kiev.first?.via == "Kyiv")
        let russianF = index.search("russian fed", kinds: [.country], limit: 5)
        #expect(russianF.first?.via == "russian federation")
    }
}
