import Foundation
import Testing
@testable import NewsModel

/// Regression guards on measured quality. The floors sit just under the figures measured with
/// `scripts/score-entities.sh` (see README); they catch regressions, they are not the targets.
@Suite("Entity recognition quality")
struct EntityQualityTests {
    static let fixtures = RepoFiles.root.appendingPathComponent("Tests/NewsModelTests/Fixtures")

    struct Span: Hashable {
        var start: Int
        var end: Int
        var type: String
    }

    /// Exact-span F1 per type over a gold folder (names only), as the project's scorer computes it.
    static func scores(_ set: String = "gum-tune") throws -> [String: Double] {
        let folder = fixtures.appendingPathComponent(set)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let corpus = CorpusLoader().load(paths: files.map { folder.appendingPathComponent($0).path })
        let analysis = Analyzer().analyze(corpus)
        var tp: [String: Int] = [:], predicted: [String: Int] = [:], gold: [String: Int] = [:]
        for article in analysis.articles {
            guard let path = article.article.path else { continue }
            let goldURL = URL(fileURLWithPath: String(path.dropLast(4)) + ".json")
            let items = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as? [[String: Any]] ?? []
            var goldSpans = Set(items.compactMap { g -> Span? in
                guard let s = g["start"] as? Int, let e = g["end"] as? Int, let t = g["type"] as? String else { return nil }
                return Span(start: s, end: e, type: t)
            })
            for s in goldSpans { gold[s.type, default: 0] += 1 }
            for m in article.mentions where m.form == .name {
                let span = Span(start: m.start, end: m.end, type: m.kind.rawValue)
                predicted[span.type, default: 0] += 1
                if goldSpans.remove(span) != nil { tp[span.type, default: 0] += 1 }
            }
        }
        var f1: [String: Double] = [:]
        for type in ["person", "country", "organization", "place"] {
            let p = Double(tp[type] ?? 0) / Double(max(1, predicted[type] ?? 0))
            let r = Double(tp[type] ?? 0) / Double(max(1, gold[type] ?? 0))
            f1[type] = p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        return f1
    }

    @Test("exact-span F1 on the gum-tune Wikinews gold stays above its floors")
    func gumFloors() throws {
        let f1 = try Self.scores()
        print("gum-tune exact F1:", f1.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.3f", $0.value))" }.joined(separator: ", "))
        #expect((f1["person"] ?? 0) >= 0.90)
        #expect((f1["country"] ?? 0) >= 0.94)
        #expect((f1["organization"] ?? 0) >= 0.86)
        #expect((f1["place"] ?? 0) >= 0.83)
    }

    @Test("exact-span F1 on the blind entity gold (20 invented articles annotated without newstui) stays above its floors")
    func blindFloors() throws {
        let f1 = try Self.scores("entity-blind")
        print("entity-blind exact F1:", f1.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.3f", $0.value))" }.joined(separator: ", "))
        #expect((f1["person"] ?? 0) >= 0.98)
        #expect((f1["country"] ?? 0) >= 0.98)
        #expect((f1["organization"] ?? 0) >= 0.88)
        #expect((f1["place"] ?? 0) >= 0.89)
    }

    @Test("on the seed article every annotated person and country is found, and no one else is a person")
    func seedGold() throws {
        struct Gold: Decodable { var people: [String]; var countries: [String] }
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("seed-000.gold.json")))
        let corpus = CorpusLoader().load(paths: [RepoFiles.seeds.appendingPathComponent("000_abeb776ff520d061.txt").path])
        let analysis = Analyzer().analyze(corpus)
        let people = Set(analysis.entities.filter { $0.kind == .person }.map(\.name))
        #expect(people == Set(gold.people))
        // Countries named directly or through what belongs to them (Abu Dhabi -> UAE).
        var countries = Set(analysis.entities.filter { $0.kind == .country }.map(\.name))
        let names = Gazetteer.shared.countryNames
        for e in analysis.entities { for c in e.countries { if let n = names[c] { countries.insert(n) } } }
        for c in gold.countries { #expect(countries.contains(c), "missing \(c)") }
    }
}
