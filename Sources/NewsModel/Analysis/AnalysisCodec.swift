import Foundation

/// The binary form of a whole `CorpusAnalysis` (articles with their paragraphs, mentions and
/// claims; entities; problems; conflicts), for the corpus snapshot. Recurring strings (entity ids,
/// names, cues, surface forms) are written once and referred to after, which also makes the
/// decoded analysis share one copy of each. The index's costly parts (each article's entities, the
/// sorted name search) are stored too; the rest is worked out again from them.
public enum AnalysisCodec {
    public static func encode(_ analysis: CorpusAnalysis, to w: BinaryWriter) {
        w.string(analysis.name)
        w.uint(analysis.articles.count)
        for a in analysis.articles { encode(a, to: w) }
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
        for c in analysis.conflicts {
            w.string(c.id)
            w.u8(code(c.kind))
            w.symbol(c.a)
            w.symbol(c.b)
            w.double(c.strength)
            w.symbol(c.why)
        }
        // The index's costly parts.
        let (own, names) = analysis.index.parts
        w.uint(own.count)
        for list in own { w.int32s(list) }
        names.encode(to: w)
    }

    public static func decode(from r: BinaryReader) throws(BinaryCodingError) -> CorpusAnalysis {
        let name = try r.string()
        let articleCount = try r.count()
        var articles: [AnalyzedArticle] = []
        articles.reserveCapacity(articleCount)
        for _ in 0..<articleCount { articles.append(try decodeArticle(from: r)) }
        let entityCount = try r.count()
        var entities: [Entity] = []
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            let id = try r.symbol(), name = try r.symbol(), kind = try entityKind(r.u8())
            let aliases = try r.symbols(), countries = try r.symbols()
            entities.append(Entity(id: id, name: name, kind: kind, aliases: aliases, countries: countries,
                                   articles: try r.uint(), mentions: try r.uint()))
        }
        let problems = try decodeProblems(from: r)
        let conflictCount = try r.count()
        var conflicts: [Conflict] = []
        conflicts.reserveCapacity(conflictCount)
        for _ in 0..<conflictCount {
            let id = try r.string(), kind = try conflictKind(r.u8()), a = try r.symbol(), b = try r.symbol()
            conflicts.append(Conflict(id: id, kind: kind, a: a, b: b, strength: try r.double(), why: try r.symbol()))
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
        return CorpusAnalysis(name: name, articles: articles, entities: entities, problems: problems, conflicts: conflicts, index: index)
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

    private static func encode(_ a: AnalyzedArticle, to w: BinaryWriter) {
        let art = a.article
        w.string(art.id)
        w.optionalString(art.path)
        w.string(art.title)
        w.string(art.standfirst)
        w.optionalSymbol(art.outlet)
        w.optionalSymbol(art.date)
        w.optionalString(art.url)
        w.u8(art.format == .seed ? 0 : 1)
        w.uint(art.titleRange.lowerBound); w.uint(art.titleRange.count)
        w.uint(art.standfirstRange.lowerBound); w.uint(art.standfirstRange.count)
        w.uint(art.paragraphs.count)
        for p in art.paragraphs {
            w.uint(p.index)
            w.u8(code(p.kind))
            w.string(p.text)
            w.uint(p.start)
            w.int(p.end - p.start)
        }
        w.uint(a.mentions.count)
        for m in a.mentions {
            w.symbol(m.entity)
            w.u8(code(m.kind) | code(m.form) << 4)
            w.symbol(m.text)
            w.int(m.paragraph)
            w.uint(m.start)
            w.int(m.end - m.start)
        }
        w.uint(a.claims.count)
        for c in a.claims {
            w.string(c.id)
            w.symbol(c.speaker)
            w.optionalSymbol(c.speakerEntity)
            w.symbol(c.cue)
            w.string(c.text)
            w.u8((c.quoted ? 1 : 0) | (c.disputes ? 2 : 0))
            w.int(c.paragraph)
            w.uint(c.start)
            w.int(c.end - c.start)
            w.symbol(c.article)
            w.symbols(c.about)
            w.symbols(c.mutualParties)
            w.optionalSymbol(c.answers)
        }
    }

    private static func decodeArticle(from r: BinaryReader) throws(BinaryCodingError) -> AnalyzedArticle {
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
            let index = try r.uint(), kind = try paragraphKind(r.u8()), text = try r.string(), start = try r.uint()
            paragraphs.append(Paragraph(index: index, kind: kind, text: text, start: start, end: start + (try r.int())))
        }
        let article = Article(id: id, path: path, title: title, standfirst: standfirst, outlet: outlet, date: date, url: url,
                              paragraphs: paragraphs, format: format, titleRange: titleRange, standfirstRange: standfirstRange)
        let mentionCount = try r.count()
        var mentions: [Mention] = []
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            let entity = try r.symbol()
            let kinds = try r.u8()
            let kind = try entityKind(kinds & 0x0F), form = try mentionForm(kinds >> 4)
            let text = try r.symbol(), paragraph = try r.int(), start = try r.uint()
            mentions.append(Mention(entity: entity, kind: kind, form: form, text: text, paragraph: paragraph,
                                    start: start, end: start + (try r.int())))
        }
        let claimCount = try r.count()
        var claims: [Claim] = []
        claims.reserveCapacity(claimCount)
        for _ in 0..<claimCount {
            let id = try r.string(), speaker = try r.symbol(), speakerEntity = try r.optionalSymbol(), cue = try r.symbol()
            let text = try r.string(), flags = try r.u8(), paragraph = try r.int(), start = try r.uint()
            let end = start + (try r.int())
            let articleID = try r.symbol(), about = try r.symbols(), mutual = try r.symbols(), answers = try r.optionalSymbol()
            claims.append(Claim(id: id, speaker: speaker, speakerEntity: speakerEntity, cue: cue, text: text,
                                quoted: flags & 1 != 0, paragraph: paragraph, start: start, end: end, article: articleID,
                                about: about, disputes: flags & 2 != 0, mutualParties: mutual, answers: answers))
        }
        return AnalyzedArticle(article: article, mentions: mentions, claims: claims)
    }

    private static func range(_ r: BinaryReader) throws(BinaryCodingError) -> Range<Int> {
        let lower = try r.uint(), count = try r.uint()
        guard lower <= Int.max - count else { throw .corrupt("bad range") }
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
