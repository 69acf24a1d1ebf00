/// An article with the entity mentions found in it.
public struct AnalyzedArticle: Sendable, Hashable {
    public var article: Article
    public var mentions: [Mention]
    /// Who claimed what in this article, in text order.
    public var claims: [Claim]

    public init(article: Article, mentions: [Mention], claims: [Claim] = []) {
        self.article = article
        self.mentions = mentions
        self.claims = claims
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
    /// Claims that disagree, within and across articles.
    public var conflicts: [Conflict]
    /// Claim id -> (article index, claim index), for the claims that take part in a conflict.
    private var claimIndex: [String: (Int, Int)]
    /// Per article, the number of conflicts with a claim in it.
    public private(set) var conflictCounts: [Int]
    /// Per article, the ids of its claims that take part in a conflict.
    public private(set) var conflictedClaims: [Set<String>]
    /// Inverted indexes for filters and the filter picker.
    public private(set) var index: CorpusIndex

    public init(name: String, articles: [AnalyzedArticle], entities: [Entity], problems: [LoadProblem], conflicts: [Conflict] = []) {
        self.init(name: name, articles: articles, entities: entities, problems: problems, conflicts: conflicts,
                  index: CorpusIndex(articles: articles, entities: entities))
    }

    /// With an index built elsewhere (decoded from a snapshot), and where each conflict's claims
    /// are when that is known (`sides[k]`: conflict k's claims a and b), else found by their ids.
    init(name: String, articles: [AnalyzedArticle], entities: [Entity], problems: [LoadProblem], conflicts: [Conflict], index: CorpusIndex,
         sides: [ConflictSides]? = nil) {
        self.name = name
        self.articles = articles
        self.entities = entities
        self.problems = problems
        self.conflicts = conflicts
        // Only claims in a conflict are looked up by id (a conflict's sides); others are found by a scan.
        let sides = sides ?? Self.locate(conflicts, in: articles)
        var claims: [String: (Int, Int)] = [:]
        claims.reserveCapacity(min(2 * conflicts.count, 1 << 24))
        var counts = [Int](repeating: 0, count: articles.count)
        var conflicted = [Set<String>](repeating: [], count: articles.count)
        for (c, s) in zip(conflicts, sides) {
            var seen = -1
            for (id, at) in [(c.a, s.a), (c.b, s.b)] {
                guard let at else { continue }
                claims[id] = (Int(at.article), Int(at.claim))
                conflicted[Int(at.article)].insert(id)
                if seen != Int(at.article) { seen = Int(at.article); counts[Int(at.article)] += 1 }
            }
        }
        claimIndex = claims
        conflictCounts = counts
        conflictedClaims = conflicted
        self.index = index
        self.index.indexConflicts(sides, articles: articles)
    }

    /// Where a claim is: its article's index and its index among that article's claims.
    struct ClaimPosition: Hashable {
        var article: Int32
        var claim: Int32
    }

    /// Where the two claims of a conflict are (nil: not found).
    struct ConflictSides {
        var a: ClaimPosition?
        var b: ClaimPosition?
    }

    /// Where the claims of `conflicts` are: found from their ids ("<article id>#<n>", the n-th
    /// claim of that article, as the claim extractor numbers them), else by a scan.
    private static func locate(_ conflicts: [Conflict], in articles: [AnalyzedArticle]) -> [ConflictSides] {
        guard !conflicts.isEmpty else { return [] }
        var articleByID: [String: Int] = [:]
        articleByID.reserveCapacity(articles.count)
        for a in articles.indices where articleByID[articles[a].article.id] == nil { articleByID[articles[a].article.id] = a }
        var found: [String: ClaimPosition] = [:]
        var missing: Set<String> = []
        for c in conflicts {
            for id in [c.a, c.b] where found[id] == nil {
                if let hash = id.lastIndex(of: "#"), let a = articleByID[String(id[..<hash])], let n = Int(id[id.index(after: hash)...]) {
                    let claims = articles[a].claims
                    if n >= 1, n <= claims.count, claims[n - 1].id == id {
                        found[id] = ClaimPosition(article: Int32(a), claim: Int32(n - 1))
                        continue
                    }
                    if let c = claims.firstIndex(where: { $0.id == id }) {
                        found[id] = ClaimPosition(article: Int32(a), claim: Int32(c))
                        continue
                    }
                }
                missing.insert(id)
            }
        }
        if !missing.isEmpty {
            for (a, article) in articles.enumerated() {
                for (c, claim) in article.claims.enumerated() where missing.contains(claim.id) && found[claim.id] == nil {
                    found[claim.id] = ClaimPosition(article: Int32(a), claim: Int32(c))
                }
            }
        }
        return conflicts.map { ConflictSides(a: found[$0.a], b: found[$0.b]) }
    }

    /// The entity with this id.
    public func entity(_ id: String) -> Entity? { index.entityByID[id].map { entities[$0] } }

    /// Where the claim with this id is, when it takes part in a conflict: its article's index
    /// and its index in that article's claims.
    func conflictClaimPosition(_ id: String) -> (article: Int, claim: Int)? {
        claimIndex[id].map { (article: $0.0, claim: $0.1) }
    }

    /// The claim with this id and the index of its article.
    public func claim(_ id: String) -> (claim: Claim, article: Int)? {
        if let (a, c) = claimIndex[id] { return (articles[a].claims[c], a) }
        for (a, article) in articles.enumerated() {
            if let claim = article.claims.first(where: { $0.id == id }) { return (claim, a) }
        }
        return nil
    }

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
