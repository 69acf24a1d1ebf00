import Foundation
import Testing
@testable import NewsModel

/// The fuzz targets' inputs without a fuzzer build: the seed corpus (`Fuzz/corpus`) and every input
/// a fuzz run crashed on (kept in `Fuzz/regressions/<target>/`) go through the same
/// pipeline and checks as the article, entity and claim targets (see `scripts/fuzz.sh`): bytes ->
/// `CorpusLoader.parse` -> `Analyzer().analyze` (a NUL byte separates two articles, as in the claims
/// target), and every paragraph, mention and claim must be exactly the source text between its
/// offsets; conflicts pair known claims; problems read as one line.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// Repository-relative paths of the kept fuzz inputs for the text targets.
    static let inputs: [String] = {
        let fm = FileManager.default
        var paths: [String] = []
        for folder in ["Fuzz/corpus", "Fuzz/regressions"] {
            for target in ["article", "entities", "claims"] {
                let dir = RepoFiles.root.appendingPathComponent("\(folder)/\(target)")
                let names = (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
                paths += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\(target)/\($0)" }
            }
        }
        return paths
    }()

    /// Words of news prose that the claim and conflict rules look at, to be strung together at random.
    private static let soup = ["said", "says", "told", "that", "the", "The", "a", ",", ",", ".", "-", "--", "—", "'s", "’s", "\"", "“", "”",
        "and", "accused", "accusing", "saying", "denied", "rejected", "disputed", "maintained", "criticized", "report", "reports", "figure",
        "real", "true", "not", "is", "was", "This", "That", "it", "ministry", "company", "union", "Ecuador", "Kestrel", "Mobile", "Inc.",
        "Savannah", "Link", "Airways", "Dr.", "Linda", "Harcourt", "of", "on", "Monday", "Friday", "in", "turn", "who", "spoke", "anonymity",
        "people", "familiar", "with", "Residents", "Toronto-based", "nine", "and a half", "hours", "13", "640", "metres", "percent", "as",
        "nonsense", "ELDORET", "Kenya", "Zambia", "Mejía", "Adriana", "Castro", "runner", "27-year-old", "Her", "mother", "Karen",
        "Mitchell", "call", ":", "reform", "cut", "which", "a charge", "baseless", "\n", "'", "s", "Panel", "(", ")"]

    @Test("random strings of news words (cues, names, quotes, commas, dashes) analyse with offsets that match the text")
    func newsWordSoup() {
        // A fixed linear congruential generator: the same 3,000 articles on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Two articles per input, as the claims target reads them (a NUL between them).
        for _ in 0..<1_500 {
            var batch: [UInt8] = []
            for a in 0..<2 {
                if a > 0 { batch.append(0) }
                var text = "Title\n\n"
                for _ in 0..<(1 + next(4)) {
                    text += (0..<next(60)).map { _ in Self.soup[next(Self.soup.count)] }.joined(separator: " ") + "\n\n"
                }
                batch += Array(text.utf8)
            }
            Self.check(batch)
        }
    }

    @Test("the seed corpus is there")
    func seedsExist() {
        #expect(Self.inputs.filter { $0.hasPrefix("Fuzz/corpus/") }.count >= 20, "\(Self.inputs)")
    }

    @Test("kept fuzz inputs parse and analyse with offsets that match the text", arguments: inputs)
    func replay(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: RepoFiles.root.appendingPathComponent(path)))
        Self.check(bytes)
    }

    /// The text targets' pipeline and checks, as test expectations.
    static func check(_ input: [UInt8]) {
        var articles: [Article] = []
        var texts: [String] = []
        for (i, part) in input.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: true).enumerated() {
            switch CorpusLoader.parse(bytes: Array(part), id: "fuzz\(i)", path: "fuzz\(i).txt") {
            case .success(let article):
                guard let text = try? TextDecoder.decode(Array(part)) else {
                    Issue.record("parsed, yet the bytes do not decode")
                    continue
                }
                checkParagraphs(article, text: text)
                articles.append(article)
                texts.append(text)
            case .failure(let error):
                #expect(!error.description.isEmpty && !error.description.contains("\n"), "\(error.description)")
            }
        }
        guard !articles.isEmpty else { return }
        let analysis = Analyzer().analyze(Corpus(name: "fuzz", articles: articles))
        checkAnalysis(analysis, texts: texts)
        #expect(throws: Never.self) { _ = try AnalysisReport(analysis: analysis).json() }
    }

    static func checkParagraphs(_ article: Article, text: String) {
        let scalars = Array(text.unicodeScalars)
        for r in [article.titleRange, article.standfirstRange] {
            #expect(r.lowerBound >= 0 && r.upperBound <= scalars.count, "range \(r) outside 0..<\(scalars.count)")
        }
        var previousEnd = 0
        for (i, p) in article.paragraphs.enumerated() {
            #expect(p.index == i)
            guard p.start >= previousEnd, p.start <= p.end, p.end <= scalars.count else {
                Issue.record("paragraph \(i) at \(p.start)..<\(p.end) (previous end \(previousEnd), text length \(scalars.count))")
                return
            }
            #expect(p.text.unicodeScalars.elementsEqual(scalars[p.start..<p.end]), "paragraph \(i) text differs from the source")
            previousEnd = p.end
        }
    }

    static func checkAnalysis(_ analysis: CorpusAnalysis, texts: [String]) {
        var claims: Set<String> = []
        for (a, analyzed) in analysis.articles.enumerated() {
            let article = analyzed.article
            let scalars = Array(texts[a].unicodeScalars)
            func bounds(_ paragraph: Int) -> Range<Int>? {
                switch paragraph {
                case -1: return article.titleRange
                case -2: return article.standfirstRange
                case 0..<article.paragraphs.count: return article.paragraphs[paragraph].start..<article.paragraphs[paragraph].end
                default: return nil
                }
            }
            let spans = analyzed.mentions.map { ("mention \($0.text)", $0.paragraph, $0.start, $0.end, $0.text) }
                + analyzed.claims.map { ("claim \($0.id)", $0.paragraph, $0.start, $0.end, $0.text) }
            for (what, paragraph, start, end, text) in spans {
                guard let b = bounds(paragraph), b.lowerBound <= start, start <= end, end <= b.upperBound else {
                    Issue.record("\(what) at \(start)..<\(end) outside its paragraph \(paragraph)")
                    continue
                }
                #expect(text.unicodeScalars.elementsEqual(scalars[start..<end]), "\(what) differs from the source at \(start)..<\(end)")
            }
            for c in analyzed.claims { #expect(claims.insert(c.id).inserted, "duplicate claim id \(c.id)") }
        }
        for c in analysis.conflicts {
            #expect(claims.contains(c.a) && claims.contains(c.b) && c.a != c.b, "conflict \(c.id): \(c.a) / \(c.b)")
        }
    }
}
