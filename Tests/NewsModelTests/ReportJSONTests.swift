import Foundation
import Testing
@testable import NewsModel

@Suite("analyze JSON written piece by piece")
struct ReportJSONTests {
    /// What `json()` was before it was written piece by piece: JSONEncoder on the whole report,
    /// then terminal-active characters as \u escapes. The reference the streaming writer must match.
    static func reference(_ report: AnalysisReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(report), as: UTF8.self)
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if AnalysisReport.needsEscape(s) { out.append(contentsOf: String(format: "\\u%04x", s.value).unicodeScalars) } else { out.append(s) }
        }
        return Data(String(out).utf8)
    }

    /// Text with everything a JSON writer must get right: quotes, backslashes, slashes, every
    /// control character, C1 controls, bidirectional overrides, line separators, wide characters.
    static let awkward: String = {
        var s = "He said \"no\" \\ / and/or — ‘café’ 😀 \u{9B}2J \u{202E}evil\u{202C} \u{2028}\u{2029} \u{7F}"
        for v in 1..<0x20 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        return s
    }()

    static func analysis() throws -> CorpusAnalysis {
        let text = """
            Ports \(awkward)

            The minister, Ana Ruiz, said the port of Valencia had been sold to "Harbour Holdings" \(awkward).

            Harbour Holdings denied it. "Nothing was sold," a spokesman said.
            """
        let one = try ArticleParser.parse(text, id: "a/1")
        var bare = try ArticleParser.parse("Nothing here\n\nJust a line.", id: "b")
        bare.path = nil
        return Analyzer().analyze(Corpus(name: "news", articles: [one, bare], problems: [LoadProblem(path: "bad\u{9B}.txt", message: "unreadable \(awkward)")]))
    }

    @Test("json() gives the bytes of JSONEncoder on the whole report, escapes included")
    func sameBytesAsTheEncoder() throws {
        let analysis = try Self.analysis()
        try #require(!analysis.articles[0].claims.isEmpty && !analysis.articles[0].mentions.isEmpty)
        let report = AnalysisReport(analysis: analysis)
        let json = try report.json()
        #expect(json == (try Self.reference(report)))
        // (Nothing a terminal acts on is left raw.)
        #expect(!String(decoding: json, as: UTF8.self).unicodeScalars.contains { AnalysisReport.needsEscape($0) || ($0.value < 0x20 && $0 != "\n") })
        #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
    }

    @Test("writeJSON gives json()'s bytes for a filtered report too, in pieces, and stops when told")
    func streamedAndFiltered() throws {
        let analysis = try Self.analysis()
        let person = try #require(analysis.entities.first { $0.kind == .person }?.id)
        for filters in [[], [person]] {
            var pieces: [[UInt8]] = []
            let finished = try AnalysisReport.writeJSON(analysis, filters: filters) { pieces.append($0); return true }
            #expect(finished)
            #expect(pieces.count > 3)
            #expect(Data(pieces.joined()) == (try AnalysisReport(analysis: analysis, filters: filters).json()))
        }
        var calls = 0
        let finished = try AnalysisReport.writeJSON(analysis) { _ in calls += 1; return false }
        #expect(!finished)
        #expect(calls == 1)
    }

    @Test("entities and conflicts are JSONEncoder's bytes: empty and full lists, whole and fractional strengths")
    func entitiesAndConflicts() throws {
        let entities = [
            Entity(id: "person/ana-ruiz", name: "Ana \(Self.awkward)", kind: .person, aliases: ["Ruiz", "A. Ruiz"], countries: ["country/es"], articles: 2, mentions: 5),
            Entity(id: "place/x", name: "X", kind: .place),
        ]
        let conflicts = [1.0, 0.85, 1.0 / 3, 0.5, 1e-7].enumerated().map { k, strength in
            Conflict(id: "k\(k + 1)", kind: ConflictKind.allCases[k % ConflictKind.allCases.count], a: "a#\(k)", b: "b#\(k)",
                     strength: strength, why: "B says \"no\" \(Self.awkward)")
        }
        let report = AnalysisReport(analysis: CorpusAnalysis(name: "n", articles: [], entities: entities, problems: [], conflicts: conflicts))
        #expect(try report.json() == (try Self.reference(report)))
    }

    @Test("an empty analysis is the empty arrays JSONEncoder writes")
    func empty() throws {
        let report = AnalysisReport(analysis: CorpusAnalysis(name: "none", articles: [], entities: [], problems: []))
        #expect(try report.json() == (try Self.reference(report)))
    }
}
