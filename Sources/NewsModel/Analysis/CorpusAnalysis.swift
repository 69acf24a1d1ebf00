/// An article with the entity mentions found in it.
public struct AnalyzedArticle: Sendable, Hashable {
    public var article: Article
    public var mentions: [Mention]

    public init(article: Article, mentions: [Mention]) {
        self.article = article
        self.mentions = mentions
    }

    /// Distinct entity ids of `kind` mentioned here.
    public func entityIDs(of kind: EntityKind) -> Set<String> {
        Set(mentions.filter { $0.kind == kind }.map(\.entity))
    }
}

/// The analysed corpus: articles with mentions, and the canonical entities they refer to.
public struct CorpusAnalysis: Sendable {
    public var name: String
    public var articles: [AnalyzedArticle]
    /// Entities, most-mentioned (by articles, then mentions) first.
    public var entities: [Entity]
    public var problems: [LoadProblem]
    private var index: [String: Int]

    public init(name: String, articles: [AnalyzedArticle], entities: [Entity], problems: [LoadProblem]) {
        self.name = name
        self.articles = articles
        self.entities = entities
        self.problems = problems
        index = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
    }

    /// The entity with this id.
    public func entity(_ id: String) -> Entity? { index[id].map { entities[$0] } }

    /// An empty analysis (nothing loaded).
    public static let empty = CorpusAnalysis(name: "", articles: [], entities: [], problems: [])
}

extension CorpusAnalysis {
    /// A corpus shown without entity analysis (no mentions, no entities).
    public init(unanalyzed corpus: Corpus) {
        self.init(name: corpus.name, articles: corpus.articles.map { AnalyzedArticle(article: $0, mentions: []) },
                  entities: [], problems: corpus.problems)
    }
}
