/// An article with the entity mentions found in it, before entities are merged across the corpus:
/// the unit the analysis cache stores (it depends on the article's text only).
public struct RecognizedArticle: Sendable, Codable {
    public var article: Article
    var mentions: [RawMention]

    init(article: Article, mentions: [RawMention]) {
        self.article = article
        self.mentions = mentions
    }
}

extension RawMention: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, form, key, name, countries, paragraph, start, end, text
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(EntityKind.self, forKey: .kind), form: try c.decode(MentionForm.self, forKey: .form),
            key: try c.decode(String.self, forKey: .key), name: try c.decode(String.self, forKey: .name),
            countries: try c.decode([String].self, forKey: .countries), paragraph: try c.decode(Int.self, forKey: .paragraph),
            start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
            text: try c.decode(String.self, forKey: .text))
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(form, forKey: .form)
        try c.encode(key, forKey: .key)
        try c.encode(name, forKey: .name)
        try c.encode(countries, forKey: .countries)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
    }
}

extension Analyzer {
    /// The version of the per-article analysis: bump it when parsing or recognition changes, so
    /// cached results from an older analyser are not used.
    public static let version = 16

    /// Finds an article's entity mentions (the per-article, cacheable step).
    public func recognize(_ article: Article) -> RecognizedArticle {
        RecognizedArticle(article: article, mentions: recognizer.recognize(article))
    }

    /// Merges recognised articles into canonical entities, then finds claims and conflicts.
    /// Takes `recognized` over: its raw mentions are let go once merged, before claims are
    /// extracted (pass it with `consume` so the caller does not keep them alive).
    public func analyze(recognized: consuming [RecognizedArticle], name: String, problems: [LoadProblem]) -> CorpusAnalysis {
        let merged: MergedEntities
        do {
            let corpus = Corpus(name: name, articles: recognized.map(\.article), problems: problems)
            let raw = recognized.map(\.mentions)
            recognized = []
            merged = merge(corpus: corpus, raw: raw)
        }
        return withClaims(consume merged)
    }
}
