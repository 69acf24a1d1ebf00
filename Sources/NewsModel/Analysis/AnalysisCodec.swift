import Foundation

/// The binary form of a whole `CorpusAnalysis` (articles with their paragraphs, mentions and
/// claims; entities; problems; conflicts), for the corpus snapshot. Recurring strings (entity ids,
/// names, cues, surface forms) are written once and referred to after, which also makes the
/// decoded analysis share one copy of each. The index's costly parts (each article's entities, the
/// sorted name search) are stored too; the rest is worked out again from them.
public enum AnalysisCodec {
    public static func encode(_ analysis: CorpusAnalysis, to w: BinaryWriter) {
        w.string(analysis.name)
        // Articles in groups, each a byte string with its own recurring strings, so groups decode on all cores.
        let articles = analysis.articles
        w.uint(articles.count)
        w.uint(groupSize)
        var start = 0
        while start < articles.count {
            var bytes: [UInt8] = []
            let g = BinaryWriter { bytes.append(contentsOf: $0) }
            for a in articles[start..<min(start + groupSize, articles.count)] { encode(a, to: g) }
            g.flush()
            w.bytes(bytes)
            start += groupSize
        }
        w.uint(analysis.entities.count)
        for e in analysis.entities {
            w.symbol(e.id)
            w.symbol(e.name)
            w.u8(code(e.kind))
            w.symbols(e.aliases)
            w.symbols(e.countries)
            w.uint(e.articles)
            w.uint(e.mentions)
        }
        encode(analysis.problems, to: w)
        w.uint(analysis.conflicts.count)
        // The explanations' total bytes, so the decoder packs them in a buffer of that size.
        w.uint(analysis.conflicts.reduce(0) { $0 + $1.why.utf8.count })
        for c in analysis.conflicts {
            w.string(c.id)
            w.u8(code(c.kind))
            // Each side as the position of its claim (decoded as that claim's id, one string for
            // both), else as the id itself.
            for id in [c.a, c.b] {
                if let at = analysis.conflictClaimPosition(id) {
                    w.uint(at.article + 1)
                    w.uint(at.claim)
                } else {
                    w.uint(0)
                    w.symbol(id)
                }
            }
            w.double(c.strength)
            // Plain bytes (almost every explanation is its own): decoded into one pack.
            w.string(c.why)
        }
        // The index's costly parts.
        let (own, names) = analysis.index.parts
        w.uint(own.count)
        for a in 0..<own.count { w.int32s(Array(own[a])) }
        names.encode(to: w)
    }

    public static func decode(from r: BinaryReader) throws(BinaryCodingError) -> CorpusAnalysis {
        let name = try r.string()
        let articleCount = try r.count()
        let group = try r.uint()
        guard group >= 1 else { throw .corrupt("group size") }
        var articles: [AnalyzedArticle] = []
        articles.reserveCapacity(articleCount)
        // A few groups at a time (bounded memory), decoded in parallel.
        let batch = max(2, ParallelChunks.cores * 2)
        while articles.count < articleCount {
            var pending: [(bytes: [UInt8], count: Int)] = []
            var queued = articles.count
            while pending.count < batch && queued < articleCount {
                let n = min(group, articleCount - queued)
                pending.append((try r.bytes(), n))
                queued += n
            }
            let decoded = ParallelChunks.map(pending.count, minimum: 1) { range -> [Result<[AnalyzedArticle], BinaryCodingError>] in
                range.map { i in Result { () throws(BinaryCodingError) -> [AnalyzedArticle] in try decodeGroup(pending[i].bytes, count: pending[i].count) } }
            }
            for chunk in decoded {
                for result in chunk {
                    switch result {
                    case .success(let list): articles.append(contentsOf: list)
                    case .failure(let error): throw error
                    }
                }
            }
        }
        let entityCount = try r.count()
        var entities: [Entity] = []
        entities.reserveCapacity(entityCount)
        var lists = ListInterner()
        for _ in 0..<entityCount {
            let id = try r.symbol(), name = try r.symbol(), kind = try entityKind(r.u8())
            let aliases = try r.symbols(), countries = try lists.symbols(r)
            entities.append(Entity(id: id, name: name, kind: kind, aliases: aliases, countries: countries,
                                   articles: try r.uint(), mentions: try r.uint()))
        }
        let problems = try decodeProblems(from: r)
        let conflictCount = try r.count()
        var conflicts: [Conflict] = []
        conflicts.reserveCapacity(conflictCount)
        var sides: [CorpusAnalysis.ConflictSides] = []
        sides.reserveCapacity(conflictCount)
        let whys = TextPack(capacity: min(try r.uint(), 1 << 30))
        for _ in 0..<conflictCount {
            let id = try r.string(), kind = try conflictKind(r.u8())
            func side() throws(BinaryCodingError) -> (String, CorpusAnalysis.ClaimPosition?) {
                let at = try r.uint()
                guard at > 0 else { return (try r.symbol(), nil) }
                let claim = try r.uint()
                guard at <= articles.count, claim < articles[at - 1].claims.count else { throw .corrupt("conflict: claim out of range") }
                // The claim keeps the id string made here (conflicts, their index and the claim share it).
                let id = articles[at - 1].claims[claim].id
                articles[at - 1].claims[claim].id = id
                return (id, CorpusAnalysis.ClaimPosition(article: Int32(at - 1), claim: Int32(claim)))
            }
            let (a, aAt) = try side(), (b, bAt) = try side()
            conflicts.append(Conflict(id: id, kind: kind, a: a, b: b, strength: try r.double(), whyText: try r.string(into: whys)))
            sides.append(CorpusAnalysis.ConflictSides(a: aAt, b: bAt))
        }
        let ownCount = try r.count()
        guard ownCount == articles.count else { throw .corrupt("index: article count") }
        var own: [[Int32]] = []
        own.reserveCapacity(ownCount)
        let limit = Int32(entities.count)
        for _ in 0..<ownCount {
            let list = try r.int32s()
            guard list.allSatisfy({ $0 >= 0 && $0 < limit }) else { throw .corrupt("index: entity out of range") }
            own.append(list)
        }
        let names = try NameSearch.decode(from: r, entityCount: entities.count)
        let index = CorpusIndex(entities: entities, byID: CorpusIndex.numbers(entities), entitiesOfArticle: own, names: names)
        return CorpusAnalysis(name: name, articles: articles, entities: entities, problems: problems, conflicts: conflicts, index: index, sides: sides)
    }

    public static func encode(_ problems: [LoadProblem], to w: BinaryWriter) {
        w.uint(problems.count)
        for p in problems {
            w.string(p.path)
            w.symbol(p.message)
        }
    }

    public static func decodeProblems(from r: BinaryReader) throws(BinaryCodingError) -> [LoadProblem] {
        let n = try r.count()
        var out: [LoadProblem] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(LoadProblem(path: try r.string(), message: try r.symbol())) }
        return out
    }

    /// Articles per group.
    static let groupSize = 500

    private static func decodeGroup(_ bytes: [UInt8], count: Int) throws(BinaryCodingError) -> [AnalyzedArticle] {
        var given = false
        let r = BinaryReader { () -> [UInt8]? in
            defer { given = true }
            return given ? nil : bytes
        }
        var out: [AnalyzedArticle] = []
        out.reserveCapacity(count)
        let ids = TextPack()
        for _ in 0..<count { out.append(try decodeArticle(from: r, ids: ids)) }
        ids.seal()
        guard r.atEnd else { throw .corrupt("group: trailing bytes") }
        return out
    }

    private static func encode(_ a: AnalyzedArticle, to w: BinaryWriter) {
        encode(a.article, to: w)
        encodeMentionsAndClaims(a, to: w)
    }

    private static func encode(_ art: Article, to w: BinaryWriter) {
        w.string(art.id)
        w.optionalString(art.path)
        w.string(art.title)
        w.string(art.standfirst)
        w.optionalSymbol(art.outlet)
        w.optionalSymbol(art.date)
        w.optionalString(art.url)
        w.u8(art.format == .seed ? 0 : 1)
        w.int(art.titleRange.lowerBound); w.uint(art.titleRange.count)
        w.int(art.standfirstRange.lowerBound); w.uint(art.standfirstRange.count)
        w.uint(art.paragraphs.count)
        for p in art.paragraphs {
            w.uint(p.index)
            w.u8(code(p.kind))
            w.string(p.text)
            w.int(p.start)
            w.int(p.end - p.start)
        }
    }

    private static func encodeMentionsAndClaims(_ a: AnalyzedArticle, to w: BinaryWriter) {
        w.uint(a.mentions.count)
        for m in a.mentions {
            w.symbol(m.entity)
            w.u8(code(m.kind) | code(m.form) << 4)
            w.symbol(m.text)
            w.int(m.paragraph)
            w.int(m.start)
            w.int(m.end - m.start)
        }
        w.uint(a.claims.count)
        let paragraphs = a.article.paragraphs
        for c in a.claims {
            w.string(c.id)
            w.symbol(c.speaker)
            w.optionalSymbol(c.speakerEntity)
            w.optionalSymbol(c.speakerSide)
            w.symbol(c.cue)
            // The text as a range of its paragraph's text when it is a slice of it (as the
            // analyser leaves claims; decoded as such a slice), else the text itself.
            let inParagraph = paragraphs.indices.contains(c.paragraph) ? c.sharedUTF8Range(in: paragraphs[c.paragraph]) : nil
            w.u8((c.quoted ? 1 : 0) | (c.disputes ? 2 : 0) | (inParagraph != nil ? 4 : 0))
            w.int(c.paragraph)
            w.int(c.start)
            w.int(c.end - c.start)
            if let r = inParagraph {
                w.uint(r.lowerBound)
                w.uint(r.count)
            } else {
                w.string(c.text)
            }
            w.symbol(c.article)
            w.symbols(c.about)
            w.symbols(c.mutualParties)
            w.optionalSymbol(c.answers)
        }
    }

    /// One copy of each list of strings that recurs (the countries of entities: most have one):
    /// equal lists (equal symbol numbers in one reader) share one array.
    struct ListInterner {
        private var seen: [[Int32]: [String]] = [:]

        mutating func symbols(_ r: BinaryReader) throws(BinaryCodingError) -> [String] {
            let numbers = try r.symbolNumbers()
            guard !numbers.isEmpty else { return [] }
            if let known = seen[numbers] { return known }
            let list = numbers.map { r.symbol(number: $0) }
            seen[numbers] = list
            return list
        }
    }

    private static func decodeArticle(from r: BinaryReader, ids: TextPack) throws(BinaryCodingError) -> AnalyzedArticle {
        let article = try decodeArticleText(from: r)
        let mentionCount = try r.count()
        var mentions: [Mention] = []
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            let entity = try r.symbol()
            let kinds = try r.u8()
            let kind = try entityKind(kinds & 0x0F), form = try mentionForm(kinds >> 4)
            let text = try r.symbol(), paragraph = try r.int(), start = try r.int()
            mentions.append(Mention(entity: entity, kind: kind, form: form, text: text, paragraph: paragraph,
                                    start: start, end: start &+ (try r.int())))
        }
        let claimCount = try r.count()
        var claims: [Claim] = []
        claims.reserveCapacity(claimCount)
        for _ in 0..<claimCount {
            let id = try r.string(into: ids), speaker = try r.symbol(), speakerEntity = try r.optionalSymbol(), speakerSide = try r.optionalSymbol()
            let cue = try r.symbol()
            let flags = try r.u8()
            guard flags < 8 else { throw .corrupt("bad claim flags") }
            let paragraph = try r.int(), start = try r.int()
            let end = start &+ (try r.int())
            let text: Substring
            if flags & 4 != 0 {
                // A range of its paragraph's text: a slice that shares the paragraph's storage.
                let lower = try r.uint(), count = try r.uint()
                guard article.paragraphs.indices.contains(paragraph), lower <= Int.max - count,
                      let slice = Claim.slice(article.paragraphs[paragraph].text, utf8: lower..<(lower + count)) else {
                    throw .corrupt("claim text out of its paragraph")
                }
                text = slice
            } else {
                text = Substring(try r.string())
            }
            let articleID = try r.symbol(), about = try r.symbols(), mutual = try r.symbols(), answers = try r.optionalSymbol()
            claims.append(Claim(idText: id, speaker: speaker, speakerEntity: speakerEntity, speakerSide: speakerSide, cue: cue, textSlice: text,
                                quoted: flags & 1 != 0, paragraph: paragraph, start: start, end: end, article: articleID,
                                about: about, disputes: flags & 2 != 0, mutualParties: mutual, answers: answers))
        }
        return AnalyzedArticle(article: article, mentions: mentions, claims: claims)
    }

    private static func decodeArticleText(from r: BinaryReader) throws(BinaryCodingError) -> Article {
        let id = try r.string(), path = try r.optionalString(), title = try r.string(), standfirst = try r.string()
        let outlet = try r.optionalSymbol(), date = try r.optionalSymbol(), url = try r.optionalString()
        let format: ArticleFormat
        switch try r.u8() {
        case 0: format = .seed
        case 1: format = .plainText
        default: throw .corrupt("bad article format")
        }
        let titleRange = try range(r), standfirstRange = try range(r)
        let paragraphCount = try r.count()
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphCount)
        for _ in 0..<paragraphCount {
            let index = try r.uint(), kind = try paragraphKind(r.u8()), text = try r.string(), start = try r.int()
            paragraphs.append(Paragraph(index: index, kind: kind, text: text, start: start, end: start &+ (try r.int())))
        }
        return Article(id: id, path: path, title: title, standfirst: standfirst, outlet: outlet, date: date, url: url,
                       paragraphs: paragraphs, format: format, titleRange: titleRange, standfirstRange: standfirstRange)
    }

    // MARK: - One recognised article (the per-article cache payload)

    /// The first byte of a binary payload (a JSON payload starts with "{").
    public static let recognizedMark: UInt8 = 0xB1

    /// A recognised article in binary, for the per-article cache.
    public static func encode(_ rec: RecognizedArticle) -> [UInt8] {
        var bytes: [UInt8] = [recognizedMark]
        let w = BinaryWriter { bytes.append(contentsOf: $0) }
        encode(rec.article, to: w)
        w.uint(rec.mentions.count)
        for m in rec.mentions {
            w.u8(code(m.kind) | code(m.form) << 4)
            w.symbol(m.key)
            w.symbol(m.name)
            w.symbols(m.countries)
            w.int(m.paragraph)
            w.int(m.start)
            w.int(m.end - m.start)
            w.symbol(m.text)
        }
        w.flush()
        return bytes
    }

    /// Decodes `encode(_: RecognizedArticle)`'s bytes.
    public static func decodeRecognized(_ bytes: [UInt8]) throws(BinaryCodingError) -> RecognizedArticle {
        guard bytes.first == recognizedMark else { throw .corrupt("not a binary payload") }
        var given = false
        let r = BinaryReader { () -> [UInt8]? in
            defer { given = true }
            return given ? nil : Array(bytes.dropFirst())
        }
        let article = try decodeArticleText(from: r)
        let n = try r.count()
        var mentions: [RawMention] = []
        mentions.reserveCapacity(n)
        for _ in 0..<n {
            let kinds = try r.u8()
            let kind = try entityKind(kinds & 0x0F), form = try mentionForm(kinds >> 4)
            let key = try r.symbol(), name = try r.symbol(), countries = try r.symbols()
            let paragraph = try r.int(), start = try r.int(), end = start &+ (try r.int())
            mentions.append(RawMention(kind: kind, form: form, key: key, name: name, countries: countries,
                                       paragraph: paragraph, start: start, end: end, text: try r.symbol()))
        }
        guard r.atEnd else { throw .corrupt("trailing bytes") }
        return RecognizedArticle(article: article, mentions: mentions)
    }

    private static func range(_ r: BinaryReader) throws(BinaryCodingError) -> Range<Int> {
        let lower = try r.int(), count = try r.uint()
        guard lower >= Int.min / 2, lower <= Int.max - count else { throw .corrupt("bad range") }
        return lower..<(lower + count)
    }

    // Enum codes by exhaustive switches: a new case must be given a code here.

    private static func code(_ k: EntityKind) -> UInt8 {
        switch k {
        case .person: 0
        case .country: 1
        case .organization: 2
        case .place: 3
        }
    }

    private static func entityKind(_ c: UInt8) throws(BinaryCodingError) -> EntityKind {
        switch c {
        case 0: .person
        case 1: .country
        case 2: .organization
        case 3: .place
        default: throw .corrupt("bad entity kind")
        }
    }

    private static func code(_ f: MentionForm) -> UInt8 {
        switch f {
        case .name: 0
        case .demonym: 1
        case .title: 2
        case .handle: 3
        }
    }

    private static func mentionForm(_ c: UInt8) throws(BinaryCodingError) -> MentionForm {
        switch c {
        case 0: .name
        case 1: .demonym
        case 2: .title
        case 3: .handle
        default: throw .corrupt("bad mention form")
        }
    }

    private static func code(_ k: ParagraphKind) -> UInt8 {
        switch k {
        case .body: 0
        case .heading: 1
        case .caption: 2
        case .post: 3
        case .postAttribution: 4
        case .readMore: 5
        case .source: 6
        case .dateline: 7
        }
    }

    private static func paragraphKind(_ c: UInt8) throws(BinaryCodingError) -> ParagraphKind {
        switch c {
        case 0: .body
        case 1: .heading
        case 2: .caption
        case 3: .post
        case 4: .postAttribution
        case 5: .readMore
        case 6: .source
        case 7: .dateline
        default: throw .corrupt("bad paragraph kind")
        }
    }

    private static func code(_ k: ConflictKind) -> UInt8 {
        switch k {
        case .denial: 0
        case .refutation: 1
        case .mutualAccusation: 2
        case .contradictingFigures: 3
        case .framing: 4
        }
    }

    private static func conflictKind(_ c: UInt8) throws(BinaryCodingError) -> ConflictKind {
        switch c {
        case 0: .denial
        case 1: .refutation
        case 2: .mutualAccusation
        case 3: .contradictingFigures
        case 4: .framing
        default: throw .corrupt("bad conflict kind")
        }
    }
}
