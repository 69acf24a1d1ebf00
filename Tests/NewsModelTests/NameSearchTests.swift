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

    @Test("results and their order match a full scan of every name (prefix, word start, folded prefix), for short, long, folded and absent queries")
    func matchesReference() {
        let index = CorpusIndex(articles: [], entities: Self.entities)
        let queries = ["", "a", "k", "an", "ov", "sky", "zel", "mir ", "kiev", "kyiv", "kremlin", "ukr", "russian f", "zzz", "Tin", "élén",
                       "zelenskyy", "kovy", "-", "n", "pu"]
        for q in queries {
            for kinds in [Set<EntityKind>([.person, .country]), [.person], [.country], [.place, .organization]] {
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

extension NameSearchTests {
    @Test("a mid-word fragment finds nothing; a word start does")
    func wordStarts() {
        let index = CorpusIndex(articles: [], entities: [
            Entity(id: "person/a", name: "Volodymyr Zelensky", kind: .person, articles: 3),
            Entity(id: "person/b", name: "Jean-Luc Picard", kind: .person, articles: 1),
        ])
        #expect(index.search("lensk").isEmpty)
        #expect(index.search("zel").map(\.entity.name) == ["Volodymyr Zelensky"])
        #expect(index.search("luc").map(\.entity.name) == ["Jean-Luc Picard"])
        #expect(index.search("zelenskyy").first?.entity.name == "Volodymyr Zelensky")
    }
}

extension NameSearchTests {
    @Test("short queries over many names (the ordered scan) give the same results as the full scan")
    func orderedScanMatchesReference() {
        // Enough names that one letter's range is longer than the range limit.
        var entities: [Entity] = []
        var rng = SplitMix64(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for i in 0..<(NameSearch.rangeLimit * 3) {
            func word() -> String { String((0..<(3 + Int(rng.next() % 5))).map { _ in letters[Int(rng.next() % 6)] }).capitalized }
            entities.append(Entity(id: "person/\(i)", name: "\(word()) \(word())", kind: i % 7 == 0 ? .place : .person,
                                   aliases: i % 9 == 0 ? ["\(word())-\(word())"] : [], countries: i % 7 == 0 ? ["country/x"] : [],
                                   articles: Int(rng.next() % 50), mentions: Int(rng.next() % 90)))
        }
        entities.append(Entity(id: "country/x", name: "Xland", kind: .country, countries: ["country/x"], articles: 3))
        let index = CorpusIndex(articles: [], entities: entities)
        for q in ["a", "b", "c", "ab", "e", "f a", "x", "-"] {
            for limit in [10, 200] {
                let got = index.search(q, kinds: [.person, .country], limit: limit).map(\.entity.name)
                #expect(got == Self.reference(entities, q, kinds: [.person, .country], limit: limit), "query \(q) limit \(limit)")
            }
        }
    }
}

extension NameSearchTests {
    @Test("the keys a query matches come in key order with the rank a scan of every key's text gives them")
    func keysInOrderMatchScan() {
        var entities: [Entity] = []
        var rng = SplitMix64(seed: 11)
        let letters = Array("abcdeéiy")
        for i in 0..<3000 {
            func word() -> String { String((0..<(2 + Int(rng.next() % 4))).map { _ in letters[Int(rng.next() % 8)] }).capitalized }
            entities.append(Entity(id: "person/\(i)", name: "\(word()) \(word())", kind: i % 5 == 0 ? .place : .person,
                                   aliases: i % 4 == 0 ? ["\(word())-\(word())", "The \(word())"] : [],
                                   articles: Int(rng.next() % 50), mentions: Int(rng.next() % 90)))
        }
        entities.append(Entity(id: "person/x", name: "Ida Ca-Dab", kind: .person, articles: 1))
        let search = NameSearch(entities: entities)
        let keys = search.keyTexts
        // "iy" and "ayy" also match keys that start with their folded spelling ("y", "ay").
        for query in ["a", "b", "é", "e", "ab", "ée", "the a", "ca-d", "zz", "Bé", "iy", "ayy"] {
            let q = TextKey.make(query), folded = NameKey.fold(q)
            var expected: [Int] = []
            var ranks: [Int] = []
            for (k, key) in keys.enumerated() {
                // A later word: after a space or hyphen, and not itself a space or hyphen.
                let bytes = Array(key.utf8), needle = Array(q.utf8)
                let laterWord = bytes.indices.dropFirst().contains { p in
                    (bytes[p - 1] == 0x20 || bytes[p - 1] == 0x2D) && bytes[p] != 0x20 && bytes[p] != 0x2D
                        && bytes[p...].starts(with: needle)
                }
                if key.hasPrefix(q) { expected.append(k); ranks.append(0) }
                else if laterWord { expected.append(k); ranks.append(1) }
                else if folded != q && key.hasPrefix(folded) { expected.append(k); ranks.append(2) }
            }
            let got = search.matchingKeys(query)
            #expect(got.map(\.key) == expected, "query \(query)")
            #expect(got.map(\.rank) == ranks, "query \(query)")
            #expect(!expected.isEmpty || query == "zz", "query \(query) should match something")
            if query == "iy" || query == "ayy" { #expect(ranks.contains(2), "query \(query) should match a folded spelling") }
        }
    }
}
