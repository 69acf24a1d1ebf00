import Foundation

/// The document `newstui analyze` prints: the model of a corpus as stable JSON.
public struct AnalysisReport: Sendable, Codable {
    public var version: Int
    public var articles: [ArticleReport]
    public var entities: [Entity]
    public var conflicts: [Conflict]
    public var problems: [LoadProblem]

    /// One article with its paragraphs (offsets are Unicode scalar offsets into the source text).
    public struct ArticleReport: Sendable, Codable {
        public var id: String
        public var path: String?
        public var title: String
        public var standfirst: String
        public var outlet: String?
        public var date: String?
        public var url: String?
        public var paragraphs: [ParagraphReport]
        public var mentions: [Mention]
        public var claims: [ClaimReport]

        private enum CodingKeys: String, CodingKey {
            case id, path, title, standfirst, outlet, date, url, paragraphs, mentions, claims
        }

        // Missing metadata is written as null, so every key is always present.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(standfirst, forKey: .standfirst)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(date, forKey: .date)
            try c.encode(url, forKey: .url)
            try c.encode(paragraphs, forKey: .paragraphs)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(claims, forKey: .claims)
        }
    }

    /// A claim as documented in README: speakerEntity is null for sources that are not entities,
    /// speakerSide null unless a role phrase names the party the speaker speaks for.
    public struct ClaimReport: Sendable, Codable {
        public var id: String
        public var speaker: String
        public var speakerEntity: String?
        public var speakerSide: String?
        public var cue: String
        public var text: String
        public var quoted: Bool
        public var paragraph: Int
        public var start: Int
        public var end: Int

        init(_ c: Claim) {
            id = c.id; speaker = c.speaker; speakerEntity = c.speakerEntity; speakerSide = c.speakerSide; cue = c.cue; text = c.text
            quoted = c.quoted; paragraph = c.paragraph; start = c.start; end = c.end
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(speakerEntity, forKey: .speakerEntity)
            try c.encode(speakerSide, forKey: .speakerSide)
            try c.encode(cue, forKey: .cue)
            try c.encode(text, forKey: .text)
            try c.encode(quoted, forKey: .quoted)
            try c.encode(paragraph, forKey: .paragraph)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
        }
    }

    public struct ParagraphReport: Sendable, Codable {
        public var index: Int
        public var kind: ParagraphKind
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// The report of an analysis, narrowed by entity filters (see `CorpusAnalysis.filtered`).
    public init(analysis: CorpusAnalysis, filters: [String] = []) {
        version = Self.version
        problems = analysis.problems
        let kept = analysis.filtered(by: filters)
        entities = kept.entities.map { analysis.entities[$0] }
        conflicts = kept.conflicts.map { analysis.conflicts[$0] }
        articles = kept.articles.map { Self.article(analysis.articles[$0]) }
    }

    /// The format's version.
    static let version = 1

    static func article(_ analyzed: AnalyzedArticle) -> ArticleReport {
        let a = analyzed.article
        return ArticleReport(
            id: a.id, path: a.path, title: a.title, standfirst: a.standfirst, outlet: a.outlet,
            date: a.date, url: a.url,
            paragraphs: a.paragraphs.map {
                ParagraphReport(index: $0.index, kind: $0.kind, text: $0.text, start: $0.start, end: $0.end)
            },
            mentions: analyzed.mentions,
            claims: analyzed.claims.map(ClaimReport.init))
    }

    /// Pretty, key-sorted JSON so output is stable across runs. C1 controls and bidirectional
    /// overrides, which JSON would leave raw, are written as \u escapes so no terminal acts on them.
    public func json() throws -> Data {
        var out = Data()
        let sections = Self.sections(articles: articles.count, { articles[$0] }, entities: entities.count, { entities[$0] },
                                     conflicts: conflicts.count, { conflicts[$0] }, problems: problems)
        _ = try ReportWriter.write(sections, version: version) { out.append(contentsOf: $0); return true }
        return out
    }

    /// Writes what `AnalysisReport(analysis:filters:).json()` gives, a few articles at a time (each
    /// decoded, written and let go), to `write`; false when `write` said stop.
    public static func writeJSON(_ analysis: CorpusAnalysis, filters: [String] = [], to write: ([UInt8]) -> Bool) throws -> Bool {
        let kept = analysis.filtered(by: filters)
        let sections = Self.sections(articles: kept.articles.count, { article(analysis.articles[kept.articles[$0]]) },
                                     entities: kept.entities.count, { analysis.entities[kept.entities[$0]] },
                                     conflicts: kept.conflicts.count, { analysis.conflicts[kept.conflicts[$0]] },
                                     problems: analysis.problems)
        return try ReportWriter.write(sections, version: version, to: write)
    }

    private static func sections(articles: Int, _ article: @escaping (Int) -> ArticleReport, entities: Int, _ entity: @escaping (Int) -> Entity,
                                 conflicts: Int, _ conflict: @escaping (Int) -> Conflict, problems: [LoadProblem]) -> [ReportWriter.Section] {
        // Batches small enough to keep memory flat, large enough that the encoder's cost per call is small.
        [ReportWriter.Section("articles", count: articles, batch: 16, written: article) { $0.append($1) },
         ReportWriter.Section("entities", count: entities, batch: 512, written: entity) { $0.append($1) },
         ReportWriter.Section("conflicts", count: conflicts, batch: 256, written: conflict) { $0.append($1) },
         ReportWriter.Section("problems", count: problems.count, batch: 512) { problems[$0] }]
    }

    /// Characters that are legal raw in JSON strings but act on terminals.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }
}
