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
///
/// Decoded from a corpus snapshot, the articles and conflicts stay packed in the snapshot's bytes
/// and are decoded one at a time when asked for; what the first frame and the filters need (the
/// articles' list columns, entities, posting lists, conflict counts, where each conflict's claims
/// are) is held in flat arrays.
public struct CorpusAnalysis: Sendable {
    public var name: String
    public private(set) var articles: ArticleTable
    /// Entities, most-mentioned (by articles, then mentions) first.
    public private(set) var entities: EntityTable
    public var problems: [LoadProblem]
    /// Claims that disagree, within and across articles.
    public private(set) var conflicts: ConflictTable
    /// Per conflict, where its two claims are: article index and claim index of claim a, then of
    /// claim b; -1 and -1 for a claim not found.
    private(set) var sides: [Int32]
    /// Per article, the number of conflicts with a claim in it.
    public private(set) var conflictCounts: [Int]
    /// Per article, the indices of its claims that take part in a conflict (ascending).
    private(set) var conflictedClaimIndices: PostingLists
    /// Inverted indexes for filters and the filter picker.
    public private(set) var index: CorpusIndex

    public init(name: String, articles: [AnalyzedArticle], entities: [Entity], problems: [LoadProblem], conflicts: [Conflict] = []) {
        self.init(name: name, articles: articles, entities: entities, problems: problems, conflicts: conflicts,
                  index: CorpusIndex(articles: articles, entities: entities))
    }

    /// With an index built elsewhere, and where each conflict's claims are when that is known
    /// (`sides[k]`: conflict k's claims a and b), else found by their ids.
    init(name: String, articles: [AnalyzedArticle], entities: [Entity], problems: [LoadProblem], conflicts: [Conflict], index: CorpusIndex,
         sides: [ConflictSides]? = nil) {
        self.name = name
        self.articles = ArticleTable(articles)
        self.entities = EntityTable(entities)
        self.problems = problems
        self.conflicts = ConflictTable(conflicts)
        let sides = sides ?? Self.locate(conflicts, in: articles)
        var flat = [Int32]()
        flat.reserveCapacity(4 * sides.count)
        var counts = [Int](repeating: 0, count: articles.count)
        var conflicted = [[Int32]](repeating: [], count: articles.count)
        for s in sides {
            var seen = -1
            for at in [s.a, s.b] {
                guard let at else { flat.append(-1); flat.append(-1); continue }
                flat.append(at.article)
                flat.append(at.claim)
                conflicted[Int(at.article)].append(at.claim)
                if seen != Int(at.article) { seen = Int(at.article); counts[Int(at.article)] += 1 }
            }
        }
        self.sides = flat
        conflictCounts = counts
        conflictedClaimIndices = PostingLists(conflicted.map { Array(Set($0)).sorted() })
        self.index = index
        self.index.indexConflicts(sides, articles: articles)
    }

    /// Every part given (decoded from a snapshot), nothing worked out again.
    init(name: String, articles: ArticleTable, entities: EntityTable, problems: [LoadProblem], conflicts: ConflictTable,
         sides: [Int32], conflictCounts: [Int], conflictedClaimIndices: PostingLists, index: CorpusIndex) {
        self.name = name
        self.articles = articles
        self.entities = entities
        self.problems = problems
        self.conflicts = conflicts
        self.sides = sides
        self.conflictCounts = conflictCounts
        self.conflictedClaimIndices = conflictedClaimIndices
        self.index = index
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

    /// Where claim a (`side` 0) or b (1) of conflict `k` is, when it was found: its article's
    /// index and its index in that article's claims.
    func conflictClaimPosition(_ k: Int, side: Int) -> (article: Int, claim: Int)? {
        let a = sides[4 * k + 2 * side], c = sides[4 * k + 2 * side + 1]
        return a >= 0 ? (Int(a), Int(c)) : nil
    }

    /// Claim a (`side` 0) or b (1) of conflict `k`, and the index of its article.
    public func conflictClaim(_ k: Int, side: Int) -> (claim: Claim, article: Int)? {
        guard conflicts.indices.contains(k) else { return nil }
        if let (a, c) = conflictClaimPosition(k, side: side) {
            let claims = articles[a].claims
            if claims.indices.contains(c) { return (claims[c], a) }
        }
        let conflict = conflicts[k]
        return claim(side == 0 ? conflict.a : conflict.b)
    }

    /// The claim with this id and the index of its article (found from the id, "<article
    /// id>#<n>", else by a scan of every article).
    public func claim(_ id: String) -> (claim: Claim, article: Int)? {
        if let hash = id.lastIndex(of: "#"), let n = Int(id[id.index(after: hash)...]) {
            let articleID = String(id[..<hash])
            for a in articles.indices where articles.id(a) == articleID {
                let claims = articles[a].claims
                if n >= 1, n <= claims.count, claims[n - 1].id == id { return (claims[n - 1], a) }
                if let claim = claims.first(where: { $0.id == id }) { return (claim, a) }
            }
        }
        for (a, article) in articles.enumerated() {
            if let claim = article.claims.first(where: { $0.id == id }) { return (claim, a) }
        }
        return nil
    }

    /// The ids of the claims of article `index` (`article` is that article) that take part in a conflict.
    public func conflictedClaims(of article: AnalyzedArticle, at index: Int) -> Set<String> {
        guard index >= 0, index < conflictedClaimIndices.count else { return [] }
        var ids = Set<String>()
        for c in conflictedClaimIndices[index] where article.claims.indices.contains(Int(c)) { ids.insert(article.claims[Int(c)].id) }
        return ids
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
