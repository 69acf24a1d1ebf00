import Foundation

/// The binary form of a whole `CorpusAnalysis`, for the corpus snapshot, in two parts:
///
/// - the region: each article's payload (its text, paragraphs, mentions and claims), then each
///   conflict's, one after the other, each decodable alone (`decodeArticlePayload`), so a
///   snapshot's articles and conflicts are decoded only when asked for; then the entities' and
///   the name search's columns, aligned, which the decoded tables view where they lie (no copy);
/// - the stream: what the first frame and the filters need, as flat arrays that load without an
///   allocation per item: where each payload starts, the articles' list columns (one pool of
///   text), the problems, where each conflict's claims are, per-article conflict
///   counts, every posting list of the index and where the entities' and name search's columns are.
///
/// Recurring strings (entity ids, names, cues, surface forms) are written once per payload (or
/// once in the stream) and referred to after.
public enum AnalysisCodec {
    /// Where each payload starts in the region (and, last, where the last one ends).
    public struct RegionOffsets: Sendable {
        public var articles: [Int64] = [0]
        public var conflicts: [Int64] = [0]
        /// Where the entities' and the name search's columns lie (offset and count of each).
        var entities: [Int64] = []
        var names: [Int64] = []
    }

    /// Writes the region (see the type's comment), handing its bytes to `sink` in pieces.
    public static func encodeRegion(_ analysis: CorpusAnalysis, to sink: @escaping ([UInt8]) -> Void) -> RegionOffsets {
        let w = BinaryWriter(sink: sink)
        var offsets = RegionOffsets()
        offsets.articles.reserveCapacity(analysis.articles.count + 1)
        for a in analysis.articles {
            w.resetSymbols()
            encode(a, to: w)
            offsets.articles.append(Int64(w.position))
        }
        offsets.conflicts = [Int64(w.position)]
        offsets.conflicts.reserveCapacity(analysis.conflicts.count + 1)
        for c in analysis.conflicts {
            w.string(c.id)
            w.u8(code(c.kind))
            w.string(c.a)
            w.string(c.b)
            w.double(c.strength)
            w.string(c.why)
            offsets.conflicts.append(Int64(w.position))
        }
        offsets.entities = PackedEntities(analysis.entities).encodeColumns(to: w)
        offsets.names = analysis.index.names.encodeColumns(to: w)
        w.flush()
        return offsets
    }

    /// Writes the stream (see the type's comment) for a region written by `encodeRegion`.
    public static func encode(_ analysis: CorpusAnalysis, region: RegionOffsets, to w: BinaryWriter) {
        w.string(analysis.name)
        let articles = analysis.articles
        w.uint(articles.count)
        w.int64s(region.articles)
        // The list's columns.
        var pool: [UInt8] = []
        var fields: [Int32] = []
        fields.reserveCapacity(8 * articles.count)
        var counts: [Int32] = []
        counts.reserveCapacity(2 * articles.count)
        for i in articles.indices {
            let row = articles.row(i)
            for text in [row.id, row.title, row.outlet, row.date] {
                fields.append(Int32(truncatingIfNeeded: pool.count))
                if let text {
                    fields.append(Int32(truncatingIfNeeded: text.utf8.count))
                    pool.append(contentsOf: text.utf8)
                } else {
                    fields.append(-1)
                }
            }
            counts.append(Int32(truncatingIfNeeded: row.people))
            counts.append(Int32(truncatingIfNeeded: row.countries))
        }
        w.bytes(pool)
        w.int32s(fields)
        w.int32s(counts)
        w.int64s(region.entities)
        encode(analysis.problems, to: w)
        w.uint(analysis.conflicts.count)
        w.int64s(region.conflicts)
        w.int32s(analysis.sides)
        w.int32s(analysis.conflictCounts.map { Int32(truncatingIfNeeded: $0) })
        let conflicted = analysis.conflictedClaimIndices.flat
        w.int32s(conflicted.starts)
        w.int32s(conflicted.items)
        let lists = analysis.index.lists
        w.uint(lists.count)
        for list in lists {
            let flat = list.flat
            w.int32s(flat.starts)
            w.int32s(flat.items)
        }
        analysis.index.names.encode(columns: region.names, to: w)
        w.int32s(EntityNumbers.order(analysis.entities))
    }

    /// The region and the stream in one stream (the region as one byte string first).
    public static func encode(_ analysis: CorpusAnalysis, to w: BinaryWriter) {
        var region: [UInt8] = []
        let offsets = encodeRegion(analysis) { region.append(contentsOf: $0) }
        w.bytes(region)
        encode(analysis, region: offsets, to: w)
    }

    /// Decodes what `encode(_:to:)` wrote (the region into memory).
    public static func decode(from r: BinaryReader) throws(BinaryCodingError) -> CorpusAnalysis {
        let region = PackedRegion(copying: try r.bytes())
        return try decode(from: r, region: region)
    }

    /// Decodes the stream; the articles and conflicts stay in `region`, decoded when asked for.
    public static func decode(from r: BinaryReader, region: PackedRegion) throws(BinaryCodingError) -> CorpusAnalysis {
        let name = try r.string()
        let articleCount = try r.count()
        let articleOffsets = try r.int64s()
        let pool = try r.bytes(), fields = try r.int32s(), counts = try r.int32s()
        guard articleOffsets.count == articleCount + 1 else { throw .corrupt("articles: offsets") }
        let packed = PackedArticles(region: region, offsets: articleOffsets, pool: pool, fields: fields, counts: counts)
        guard packed.validate() else { throw .corrupt("articles: list columns") }
        let entities = EntityTable(packed: try PackedEntities.decode(from: r, region: region))
        let entityCount = entities.count
        let problems = try decodeProblems(from: r)
        let conflictCount = try r.count()
        let conflictOffsets = try r.int64s()
        guard conflictOffsets.count == conflictCount + 1, conflictOffsets.first == articleOffsets.last,
              (conflictOffsets.last ?? 0) <= Int64(region.bytes.count) else { throw .corrupt("conflicts: offsets") }
        for k in 0..<conflictCount where conflictOffsets[k] > conflictOffsets[k + 1] { throw .corrupt("conflicts: offsets") }
        let sides = try r.int32s()
        guard sides.count == 4 * conflictCount else { throw .corrupt("conflicts: sides") }
        var k = 0
        while k < sides.count {
            if sides[k] < -1 || sides[k] >= Int32(articleCount) || (sides[k] == -1) != (sides[k + 1] == -1) || sides[k + 1] < -1 {
                throw .corrupt("conflicts: sides")
            }
            k += 2
        }
        let conflictCounts = try r.int32s()
        guard conflictCounts.count == articleCount else { throw .corrupt("conflicts: counts") }
        guard let conflicted = PostingLists(starts: try r.int32s(), items: try r.int32s(), limit: Int32.max),
              conflicted.count == articleCount else { throw .corrupt("conflicts: claims") }
        let listCount = try r.count()
        guard listCount == 6 else { throw .corrupt("index: lists") }
        // Articles of an entity and of a country; entities of an article; conflicts of an entity
        // and of a country; countries of an entity: (number of lists, limit of the items).
        let shapes = [(entityCount, articleCount), (entityCount, articleCount), (articleCount, entityCount),
                      (entityCount, conflictCount), (entityCount, conflictCount), (entityCount, entityCount)]
        var postings: [PostingLists] = []
        for (count, limit) in shapes {
            guard let list = PostingLists(starts: try r.int32s(), items: try r.int32s(), limit: Int32(clamping: limit)),
                  list.count == count else { throw .corrupt("index: posting list") }
            postings.append(list)
        }
        let names = try NameSearch.decode(from: r, region: region, entityCount: entities.count)
        guard let numbers = EntityNumbers(entities: entities, order: try r.int32s()) else { throw .corrupt("entities: order") }
        let index = CorpusIndex(entities: entities, byID: numbers, lists: postings, names: names)
        return CorpusAnalysis(name: name, articles: ArticleTable(packed: packed), entities: entities, problems: problems,
                              conflicts: ConflictTable(region: region, offsets: conflictOffsets), sides: sides,
                              conflictCounts: conflictCounts.map(Int.init), conflictedClaimIndices: conflicted, index: index)
    }

    /// One article of the region.
    static func decodeArticlePayload(_ bytes: UnsafeRawBufferPointer) throws(BinaryCodingError) -> AnalyzedArticle {
        let r = BinaryReader(bytes: bytes)
        let article = try decodeArticle(from: r, ids: TextPack())
        guard r.atEnd else { throw .corrupt("article: trailing bytes") }
        return article
    }

    /// One conflict of the region.
    static func decodeConflictPayload(_ bytes: UnsafeRawBufferPointer) throws(BinaryCodingError) -> Conflict {
        let r = BinaryReader(bytes: bytes)
        let id = try r.string(), kind = try conflictKind(r.u8()), a = try r.string(), b = try r.string()
        let conflict = Conflict(id: id, kind: kind, a: a, b: b, strength: try r.double(), why: try r.string())
        guard r.atEnd else { throw .corrupt("conflict: trailing bytes") }
        return conflict
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

    // Enum codes by exhaustive switches: a new case must be given a code here. (PackedMentions uses
    // the entity-kind and mention-form codes too.)

    static func code(_ k: EntityKind) -> UInt8 {
        switch k {
        case .person: 0
        case .country: 1
        case .organization: 2
        case .place: 3
        }
    }

    static func entityKind(_ c: UInt8) throws(BinaryCodingError) -> EntityKind {
        switch c {
        case 0: .person
        case 1: .country
        case 2: .organization
        case 3: .place
        default: throw .corrupt("bad entity kind")
        }
    }

    static func code(_ f: MentionForm) -> UInt8 {
        switch f {
        case .name: 0
        case .demonym: 1
        case .title: 2
        case .handle: 3
        }
    }

    static func mentionForm(_ c: UInt8) throws(BinaryCodingError) -> MentionForm {
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
