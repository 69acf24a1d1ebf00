import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds claims that disagree, within an article and across the corpus. Candidate pairs come
/// from an index of the entities claims are by and about, never from comparing every claim with
/// every other, so the work grows with the number of related claims, not with the corpus squared.
///
/// Claims are profiled on all cores (one tokenisation each, words looked up once per distinct
/// word), their terms and entities interned to integers, and each claim's candidates searched on
/// all cores; the few order-dependent steps (dropping repeated texts, keeping one conflict per
/// claim, speaker and kind) then run in claim order, so the result is the same as a serial search.
public struct ConflictFinder: Sendable {
    public init() {}

    /// Reporting verbs and their stems.
    static let verbStems: Set<String> = Set(ReportingCues.verbs.keys).union(ReportingCues.verbs.keys.map(TopicTerms.stem))

    /// What the finder knows of one claim beyond its text: plain values and one array of ids.
    /// (A class: the rules read profiles in pairs, and a copy of a struct would retain each of its
    /// arrays and strings. Made once per search, then only read, on any thread.)
    final class Profile: @unchecked Sendable {
        /// Interned ids: topic terms (sorted), the entities the claim is about, the countries of
        /// those (sorted), then the countries of its speaker (sorted).
        var ids: [Int32] = []
        var termCount: Int32 = 0
        var aboutCount: Int32 = 0
        var aboutCountryCount: Int32 = 0
        /// The speaker's entity id, or -1.
        var speaker: Int32 = -1
        /// The speaker's entity id or its name as written ("src:<lower-cased name>"), interned.
        var speakerKey: Int32 = -1
        /// The side the speaker speaks for, interned the same way; the speaker's own key without one.
        var sideKey: Int32 = -1
        /// Indices of the first refuting and the first negating word, or -1.
        var refutingWord: Int32 = -1
        var negationWord: Int32 = -1
        var flags: Flags = []
        /// Figures given ("3 soldiers": unit stem -> number), when there are any.
        var figures: [String: String]?
        /// The speaker as written, shared by the profiles of its source's claims (one reference
        /// instead of a string, a flag and an array in every profile: 6 MB at 10,000 articles).
        var speakerText = SpeakerText.none
        /// The speaker as written, lower-cased.
        var speakerLower: String { speakerText.lower }
        var speakerLowerASCII: Bool { speakerText.lowerASCII }
        /// "the <noun>" for each word of the speaker as written that heads a body ("the union"), if any.
        var bodyNeedles: [String] { speakerText.bodyNeedles }
        /// What the in-article rules read, for the claims that have any of it.
        var extra: Extra? {
            get { extraBox?.value }
            set { extraBox = newValue.map(ExtraBox.init) }
        }
        /// Fields of `extra` the in-article rules ask of every pair, read without copying it.
        var isAnaphoric: Bool { extraBox?.value.anaphoric ?? false }
        var isNamedOnly: Bool { extraBox?.value.namedOnly ?? false }
        var extraFrames: [Int32]? { extraBox?.value.frames }
        var extraNegated: [Int32]? { extraBox?.value.negated }
        /// `extra`, boxed: most claims have none, and a corpus holds hundreds of thousands of
        /// profiles at once (boxed, a profile takes 96 bytes instead of 160).
        private var extraBox: ExtraBox?

        private final class ExtraBox {
            let value: Extra
            init(_ value: Extra) { self.value = value }
        }

        /// Points a claim denies, poles it takes and side-taking names it uses (DisputeLexicon).
        struct Extra {
            /// Term ids in the scope of a negation or a denial ("not received" -> receive's point).
            var negated: [Int32] = []
            /// Pole ids (group * 2 + pole) and side-taking name ids (pair * 2 + side).
            var poles: [Int32] = []
            var frames: [Int32] = []
            /// A denial or refutation of something named only by reference ("which X rejects",
            /// "denied the allegations", "called the report false").
            var anaphoric = false
            /// The reference must be to a claim whose source B names.
            var namedOnly = false
            /// The reference is to a figure ("disputed the touchdown figure"): a claim giving one.
            var figureRef = false
            /// The reference is to a charge ("denied the allegations"): a claim that accuses or alleges.
            var chargeRef = false
            /// A spoken answer to what was said just before ("That is not what happened"): its referent
            /// is the other side's nearest claim, a paragraph back at most.
            var direct = false
            /// Index of the word that gives the force of the negated scope (for explanations).
            var negator: Int32 = -1
        }

        struct Flags: OptionSet {
            let rawValue: UInt8
            static let accuses = Flags(rawValue: 1)
            static let firstPerson = Flags(rawValue: 2)
            static let reportLike = Flags(rawValue: 4)
            static let quoted = Flags(rawValue: 8)
            /// Quoted, or a reported denial, refutation, rejection or accusation: B's own words.
            static let ownWords = Flags(rawValue: 16)
            static let mutual = Flags(rawValue: 32)
            static let answers = Flags(rawValue: 64)
            /// Only points back at another claim ("a claim X denies"): a dispute, never what is disputed.
            static let pointer = Flags(rawValue: 128)
        }

        var terms: ArraySlice<Int32> { ids[0..<Int(termCount)] }
        var about: ArraySlice<Int32> { ids[Int(termCount)..<Int(termCount + aboutCount)] }
        var aboutCountries: ArraySlice<Int32> { ids[Int(termCount + aboutCount)..<Int(termCount + aboutCount + aboutCountryCount)] }
        var speakerCountries: ArraySlice<Int32> { ids[Int(termCount + aboutCount + aboutCountryCount)...] }
        var isAccusing: Bool { flags.contains(.accuses) }
        var isQuoted: Bool { flags.contains(.quoted) }
    }

    /// A source's name as written, lower-cased, as the rules search texts for it. Made once per
    /// source and chunk, then only read, on any thread.
    final class SpeakerText: @unchecked Sendable {
        let lower: String
        let lowerASCII: Bool
        /// "the <noun>" for each word of the name that heads a body ("the union").
        let bodyNeedles: [String]

        init(lower: String, lowerASCII: Bool, bodyNeedles: [String]) {
            self.lower = lower
            self.lowerASCII = lowerASCII
            self.bodyNeedles = bodyNeedles
        }

        static let none = SpeakerText(lower: "", lowerASCII: false, bodyNeedles: [])
    }

    /// Entities' names and countries, from the analysis.
    public struct EntityLookup: Sendable {
        public var name: @Sendable (String) -> String?
        public var countries: @Sendable (String) -> [String]
        public init(name: @escaping @Sendable (String) -> String?, countries: @escaping @Sendable (String) -> [String]) {
            self.name = name
            self.countries = countries
        }
    }

    /// The claims of a corpus, as one list, without copying them out of their articles (or out of
    /// the one list they came in).
    struct ClaimList {
        /// The lists the claims are in: one per article, or one for all.
        let lists: [[Claim]]
        /// Per claim, its list; per list, the index of its first claim.
        let list: [Int32]
        let listStart: [Int]
        /// Per claim, its article; per article, the index of its first claim (and the count last).
        let owner: [Int32]
        let first: [Int]

        init(_ lists: [[Claim]]) {
            self.lists = lists
            var owner: [Int32] = []
            var first: [Int] = []
            owner.reserveCapacity(lists.reduce(0) { $0 + $1.count })
            for (l, list) in lists.enumerated() {
                first.append(owner.count)
                owner.append(contentsOf: repeatElement(Int32(l), count: list.count))
            }
            first.append(owner.count)
            self.owner = owner
            self.first = first
            list = owner
            listStart = first
        }

        /// Claims in one list; consecutive claims of one article are that article's.
        init(flat claims: [Claim]) {
            lists = [claims]
            list = [Int32](repeating: 0, count: claims.count)
            listStart = [0]
            var owner: [Int32] = []
            var first: [Int] = []
            owner.reserveCapacity(claims.count)
            for i in claims.indices {
                if i == 0 || claims[i].article != claims[i - 1].article { first.append(i) }
                owner.append(Int32(first.count - 1))
            }
            first.append(claims.count)
            self.owner = owner
            self.first = first
        }

        var count: Int { owner.count }
        /// The number of articles.
        var articleCount: Int { first.count - 1 }
        /// The indices of article `l`'s claims.
        func range(of l: Int) -> Range<Int> { first[l]..<first[l + 1] }

        subscript(i: Int) -> Claim {
            // (Yielded in place: reading one field of a claim copies none of its strings.)
            _read {
                let l = Int(list[i])
                yield lists[l][i - listStart[l]]
            }
        }
    }

    /// Conflicts among `claims`; consecutive claims of one article are that article's.
    public func find(_ claims: [Claim], entities: EntityLookup) -> [Conflict] {
        find(ClaimList(flat: claims), entities: entities)
    }

    /// Conflicts among the claims of `articles`, in corpus order.
    func find(in articles: [AnalyzedArticle], entities: EntityLookup) -> [Conflict] {
        find(ClaimList(articles.map(\.claims)), entities: entities)
    }

    /// A conflict found for claim B, before the order-dependent steps.
    struct Found {
        var conflict: Conflict
        var a: Int
        var b: Int
        /// A dispute, dropped when the same pair of texts was already found.
        var dispute: Bool
    }

    func find(_ claims: ClaimList, entities: EntityLookup) -> [Conflict] {
        let n = claims.count
        guard n > 0 else { return [] }
        let (profiles, termNames, entityIDs) = makeProfiles(claims, entities: entities)
        let entityCount = entityIDs.count

        // Index: entity -> claims about it; speaker -> claims by it; term -> claims using it.
        // (Flat lists with offsets: one allocation each, not one per entity or term.)
        // (The three built side by side, on all cores.)
        let postings = ParallelChunks.map(3, minimum: 1) { range in range.map { k -> PostingLists in
            switch k {
            case 0:
                return PostingLists(keys: entityCount, items: profiles.count) { i, add in
                    for e in profiles[i].about { add(e) }
                    for c in profiles[i].aboutCountries { add(c) }
                }
            case 1:
                return PostingLists(keys: entityCount, items: profiles.count) { i, add in
                    if profiles[i].speaker >= 0 { add(profiles[i].speaker) }
                }
            default:
                return PostingLists(keys: termNames.count, items: profiles.count) { i, add in
                    for t in profiles[i].terms { add(t) }
                }
            }
        } }.flatMap { $0 }
        let about = postings[0], bySpeaker = postings[1], byTerm = postings[2]
        // Terms used by very many claims say little, and would make the search quadratic.
        let commonLimit = max(1000, n / 20)
        let chunks = ParallelChunks.map(n, minimum: 256) { range -> [Found] in
            var out: [Found] = []
            var pool: [Int32] = []
            var candidates: [Int] = []
            for bi in range {
                let b = profiles[bi]
                // A fact-check answer refutes the claim it is labelled against.
                if b.flags.contains(.answers) {
                    let bc = claims[bi]
                    if let answered = bc.answers, let i = Self.claimIndex(answered, near: bi, in: claims) {
                        let ac = claims[i]
                        let why = "\(bc.speaker) calls the claim of \(ac.speaker) false and answers: “\(Self.snippet(bc.text, 60))”"
                        out.append(Found(conflict: Conflict(id: "", kind: .refutation, a: ac.id, b: bc.id, strength: 0.85, why: why), a: i, b: bi, dispute: false))
                        continue
                    }
                }
                // Denial, refutation, framing: B's speaker disputes an earlier claim about B's speaker.
                if b.speaker >= 0 {
                    let speaker = b.speaker
                    // Only B's own words, or a reported denial; and not a dispute between two voices of one side.
                    pool.removeAll(keepingCapacity: true)
                    if b.flags.contains(.ownWords) {
                        // The claims about B's speaker, in corpus order: each list's candidates (in
                        // order too) are looked up in it by galloping forward, reading neither the
                        // candidates' profiles nor anything sized by the corpus.
                        let concerning = about[Int(speaker)]
                        func visit(_ list: ArraySlice<Int32>) {
                            // The nearest claims (in corpus order) only: bounded work per claim.
                            let window = Self.window(list, around: bi, radius: 100)
                            concerning.withUnsafeBufferPointer { posted in
                                var p = 0
                                for i in window {
                                    p = Self.firstAtLeast(i, in: posted, from: p)
                                    if p == posted.count { break }
                                    if posted[p] == i { pool.append(i) }
                                }
                            }
                        }
                        // Sources B names, claims sharing a term with B, and the claims nearest to B about its speaker.
                        for e in b.about { visit(bySpeaker[Int(e)][...]) }
                        visit(Self.window(about[Int(speaker)][...], around: bi, radius: 100))
                        for t in b.terms where byTerm[Int(t)].count <= commonLimit { visit(byTerm[Int(t)][...]) }
                    }
                    if !pool.isEmpty {
                        pool.sort()
                        candidates.removeAll(keepingCapacity: true)
                        var previous: Int32 = -1
                        for i32 in pool where i32 != previous {
                            previous = i32
                            let i = Int(i32)
                            // (Fields read in place: a copy of the profile would retain its arrays.)
                            guard i != bi, profiles[i].speakerKey != b.speakerKey, profiles[i].speaker != speaker, profiles[i].sideKey != b.sideKey,
                                  Self.disjoint(profiles[i].speakerCountries, b.speakerCountries) else { continue }
                            candidates.append(i)
                        }
                        if let (a, kind, strength, why) = bestDispute(bi, candidates, profiles: profiles, claims: claims, termNames: termNames) {
                            out.append(Found(conflict: Conflict(id: "", kind: kind, a: claims[a].id, b: claims[bi].id, strength: strength, why: why),
                                             a: a, b: bi, dispute: true))
                        }
                    }
                }
                // Mutual accusation: "X and Y accuse each other" against a claim of one side accusing the other.
                if b.flags.contains(.mutual) {
                    out.append(contentsOf: mutualAccusations(bi, profiles: profiles, claims: claims, about: about, entityIDs: entityIDs, entities: entities))
                }
            }
            return out
        }

        // Within each article, any two voices may answer each other.
        let courtKeys = (prosecution: entityIDs["src:the prosecution"] ?? -2, defence: entityIDs["src:the defence"] ?? -2)
        let articleChunks = ParallelChunks.map(claims.articleCount, minimum: 64) { range -> [Found] in
            var out: [Found] = []
            for l in range where claims.range(of: l).count >= 2 {
                out.append(contentsOf: articleDisputes(claims.range(of: l), profiles: profiles, claims: claims, termNames: termNames,
                                                       courtKeys: courtKeys))
            }
            return out
        }

        // (Worked out before the chunks' findings are gathered, so `found` is sized once.)
        let figureConflicts = contradictingFigures(profiles, claims: claims, about: about, entityIDs: entityIDs, termNames: termNames)
        var found: [(Conflict, Int, Int)] = []
        // The tail of the search holds every profile and claim: what it makes beside them is let
        // go as soon as it is used (each chunk's findings once gathered, the texts' numbers, the
        // best of each key), and the result is sorted as indices, not copies of the conflicts
        // (10,000 articles: the cold open's peak, which is here, 27 MB lower).
        do {
            var parts = [consume chunks, consume articleChunks]
            found.reserveCapacity(parts.reduce(figureConflicts.count) { $0 + $1.reduce(0) { $0 + $1.count } })
            // (Texts numbered as first met, each hashed once: a pair of texts is a pair of numbers.)
            var textIDs = [Int32](repeating: -1, count: n)
            var textIndex: [Substring: Int32] = [:]
            func textID(_ i: Int) -> Int64 {
                if textIDs[i] < 0 {
                    let text = claims[i].textSlice
                    if let known = textIndex[text] {
                        textIDs[i] = known
                    } else {
                        textIDs[i] = Int32(textIndex.count)
                        textIndex[text] = textIDs[i]
                    }
                }
                return Int64(textIDs[i])
            }
            // (Sized once: each grows to about as many as the findings.)
            var seenTexts: Set<Int64> = [], seenPairs: Set<Int64> = []
            seenTexts.reserveCapacity(found.capacity)
            seenPairs.reserveCapacity(found.capacity)
            func pairKey(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }
            for p in parts.indices {
                for c in parts[p].indices {
                    for f in parts[p][c] {
                        if f.dispute && !seenTexts.insert(textID(f.a) << 32 | textID(f.b)).inserted { continue }
                        // One conflict per pair of claims: the corpus-wide rules' first.
                        if !seenPairs.insert(pairKey(f.a, f.b)).inserted { continue }
                        found.append((f.conflict, f.a, f.b))
                    }
                    parts[p][c] = []
                }
            }
        }
        found.append(contentsOf: figureConflicts)
        // One conflict per (claim A, speaker B, kind, B's paragraph): B's quoted words win over a
        // report of them; a second answer in another paragraph is another point. A bare rejection
        // ("X rejected that account") and X's quoted answer after it are two answers, both kept.
        struct Key: Hashable {
            var a: Int
            var speaker: Int32
            var kind: ConflictKind
            var paragraph: Int
        }
        var keep = [Bool](repeating: false, count: found.count)
        do {
            var best: [Key: Int] = [:]
            best.reserveCapacity(found.count)
            for (k, f) in found.enumerated() {
                let key = Key(a: f.1, speaker: profiles[f.2].speakerKey, kind: f.0.kind, paragraph: claims[f.2].paragraph)
                if let current = best[key] {
                    let (c, n) = (profiles[found[current].2], profiles[f.2])
                    if c.isQuoted || !n.isQuoted {
                        if c.isQuoted && Self.bareRejection(n) { keep[k] = true }
                        continue
                    }
                    if !Self.bareRejection(c) { keep[current] = false }
                }
                best[key] = k
                keep[k] = true
            }
        }
        // In corpus order of A then B (then in the order found).
        var order: [Int32] = []
        for k in found.indices where keep[k] { order.append(Int32(k)) }
        order.sort { (found[Int($0)].1, found[Int($0)].2, $0) < (found[Int($1)].1, found[Int($1)].2, $1) }
        var result: [Conflict] = []
        result.reserveCapacity(order.count)
        for (i, k) in order.enumerated() {
            var c = found[Int(k)].0
            c.id = "k\(i + 1)"
            result.append(c)
        }
        return result
    }

    /// A rejection in the article's words that only points back ("X rejected that account").
    static func bareRejection(_ p: Profile) -> Bool {
        !p.isQuoted && p.isAnaphoric
    }

    /// For each key (an entity or term id), the items (claim indices) that have it, in item order,
    /// in one flat array with offsets.
    struct PostingLists {
        private var start: [Int32]
        private var items: [Int32]

        /// Calls `keysOf(i, add)` for each item i; `add(key)` files item i under key.
        init(keys: Int, items count: Int, _ keysOf: (Int, (Int32) -> Void) -> Void) {
            var counts = [Int32](repeating: 0, count: keys + 1)
            for i in 0..<count { keysOf(i) { counts[Int($0) + 1] += 1 } }
            for k in 0..<keys { counts[k + 1] += counts[k] }
            var fill = counts
            var flat = [Int32](repeating: 0, count: Int(counts[keys]))
            for i in 0..<count {
                keysOf(i) { key in
                    flat[Int(fill[Int(key)])] = Int32(i)
                    fill[Int(key)] += 1
                }
            }
            start = counts
            items = flat
        }

        subscript(key: Int) -> ArraySlice<Int32> { items[Int(start[key])..<Int(start[key + 1])] }
    }

    /// The index of the claim with id `id`: searched back from `index` within its article
    /// first (an answer follows the claim it answers), then everywhere.
    static func claimIndex(_ id: String, near index: Int, in claims: ClaimList) -> Int? {
        let l = Int(claims.owner[index])
        for k in stride(from: index, through: claims.first[l], by: -1) where claims[k].id == id { return k }
        for i in 0..<claims.count where claims[i].id == id { return i }
        return nil
    }

    // MARK: - Profiles

    /// The interned form of a side: an entity id as it is, a party as written as "src:<lower-cased>"
    /// (the prosecution and the defence however they are named).
    static func sideKey(_ side: String) -> String {
        if side.utf8.contains(0x2F) { return side }
        let lower = ClaimWords.lowercased(side)
        return "src:" + (courtSide(lower) ?? withoutArticle(lower))
    }

    /// A source as written without its leading "the": "the police" a side names is the "Police" who spoke.
    static func withoutArticle(_ lower: String) -> String {
        lower.hasPrefix("the ") && lower.utf8.count > 4 ? String(lower.dropFirst(4)) : lower
    }

    /// "prosecutors", "the Crown", "defence lawyers": the side of a courtroom a source names, if any.
    static func courtSide(_ lower: String) -> String? {
        // (By bytes: Foundation's `contains` goes through NSString.)
        let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
        // (A civil case's claimant brings it, as a prosecution does: the defence's other side.)
        if contains(lower, ascii: ascii, "prosecut", needleASCII: true) || lower == "the crown" || lower == "crown"
            || lower == "the claimant" || lower == "the plaintiff" { return "the prosecution" }
        // (A courtroom's defence, not a defence ministry: "the defence", "defence lawyers", "the defense team".)
        let words = SpaceWords.of(lower)
        if let k = words.firstIndex(where: { $0 == "defence" || $0 == "defense" }),
           k + 1 == words.count || courtDefenceHeads.contains(String(words[k + 1])) { return "the defence" }
        return nil
    }
    private static let courtDefenceHeads: Set<String> = ["lawyer", "lawyers", "counsel", "team", "attorney", "attorneys", "barrister",
                                                         "barristers", "solicitor", "solicitors", "advocate", "advocates", "case"]

    /// Strings interned to dense ids.
    struct Interner {
        var ids: [String: Int32] = [:]
        var names: [String] = []

        mutating func id(_ s: String) -> Int32 {
            if let i = ids[s] { return i }
            let i = Int32(names.count)
            names.append(s)
            ids[s] = i
            return i
        }
    }

    /// The ids a chunk of claims' profiles were made with (chunk-local), and its claims.
    struct ChunkProfiles {
        var range: Range<Int> = 0..<0
        var terms = TermInterner()
        var entities = Interner()
        /// Each source's fields, by the source as the claim gives it.
        var speakers: [SpeakerSource: SpeakerFields] = [:]
        /// What each text says (`TextPart`), by text, cue and quoting.
        var textParts: [TextPartKey: TextPart] = [:]
    }

    /// A claim's source as the claim gives it.
    struct SpeakerSource: Hashable {
        var speaker: String
        var entity: String?
        var side: String?
    }

    /// What a profile takes from its source (chunk-local ids).
    struct SpeakerFields {
        var speaker: Int32 = -1
        var countries: [Int32] = []
        var lower = ""
        var text = SpeakerText.none
        var key: Int32 = -1
        var side: Int32 = -1
    }

    /// Profiles of every claim (on all cores), with global term and entity ids.
    func makeProfiles(_ claims: ClaimList, entities: EntityLookup) -> ([Profile], [String], [String: Int32]) {
        let n = claims.count
        var terms = TermInterner(), entityIDs = Interner()
        // Each chunk writes its profiles in place, so none is copied (and retained) into one list after.
        var profiles = [Profile](unsafeUninitializedCapacity: n) { buffer, initialized in
            let box = UncheckedBox(buffer)
            let chunks = ParallelChunks.map(n, minimum: 256) { range -> ChunkProfiles in
                var chunk = ChunkProfiles(range: range)
                var nameTerms: [Int32: [Int32]] = [:]
                var countries: [Int32: [Int32]] = [:]
                for i in range {
                    (box.value.baseAddress! + i).initialize(to: profile(claims[i], entities: entities, chunk: &chunk,
                                                                        nameTerms: &nameTerms, countries: &countries))
                }
                chunk.speakers = [:]
                chunk.textParts = [:]
                return chunk
            }
            initialized = n
            // Chunk ids to global ids, then each profile's ids mapped and sorted (on all cores).
            var termMaps: [[Int32]] = [], entityMaps: [[Int32]] = []
            for chunk in chunks {
                let names = chunk.terms.names, numbers = chunk.terms.numbers
                termMaps.append(names.indices.map { terms.id(text: names[$0], number: numbers[$0]) })
                entityMaps.append(chunk.entities.names.map { entityIDs.id($0) })
            }
            ParallelChunks.forEach(chunks.count, minimum: 1) { c in
                let termMap = termMaps[c], entityMap = entityMaps[c]
                for k in chunks[c].range {
                    let p = box.value[k]
                    let t = Int(p.termCount), a = t + Int(p.aboutCount), ac = a + Int(p.aboutCountryCount)
                    // (Taken out while rewritten, so the array is the profile's alone and changes in place.)
                    var ids = p.ids
                    p.ids = []
                    for x in 0..<t { ids[x] = termMap[Int(ids[x])] }
                    for x in t..<ids.count { ids[x] = entityMap[Int(ids[x])] }
                    ids[0..<t].sort()
                    ids[t..<a].sort()
                    ids[a..<ac].sort()
                    ids[ac...].sort()
                    p.ids = ids
                    if p.speaker >= 0 { p.speaker = entityMap[Int(p.speaker)] }
                    if var e = p.extra, !e.negated.isEmpty {
                        e.negated = e.negated.map { termMap[Int($0)] }.sorted()
                        p.extra = e
                    }
                    p.speakerKey = entityMap[Int(p.speakerKey)]
                    p.sideKey = entityMap[Int(p.sideKey)]
                }
            }
        }
        Self.unifySides(&profiles, claims: claims)
        return (profiles, terms.names, entityIDs.ids)
    }

    func profile(_ claim: Claim, entities: EntityLookup, chunk: inout ChunkProfiles,
                         nameTerms: inout [Int32: [Int32]], countries countryCache: inout [Int32: [Int32]]) -> Profile {
        let p = Profile()
        // (The text built from its slice once.)
        let text = claim.text
        // What the text says is worked out once per chunk for each text, cue and quoting: a corpus
        // repeats texts (wire copy, stock phrases), and only the speaker and names differ.
        let key = TextPartKey(text: text, cue: claim.cue, quoted: claim.quoted)
        let part: TextPart
        if let known = chunk.textParts[key] {
            part = known
        } else {
            part = textPart(claim, text, chunk: &chunk)
            chunk.textParts[key] = part
        }
        p.refutingWord = part.refutingWord
        p.negationWord = part.negationWord
        if part.pointer { p.flags.insert(.pointer) }
        if let extra = part.extra { p.extra = extra }
        var terms = part.terms
        let accuses = part.accuses, firstPerson = part.firstPerson
        // Names are shared by every claim on a topic; they say nothing about disagreement.
        var about: [Int32] = []
        var aboutCountries: [Int32] = []
        for e in claim.about {
            let id = chunk.entities.id(e)
            about.append(id)
            let name: [Int32]
            if let known = nameTerms[id] {
                name = known
            } else {
                name = Self.meaningTable.terms(ofName: entities.name(e) ?? "").map { chunk.terms.id(text: $0.text, number: $0.number) }
                nameTerms[id] = name
            }
            if !name.isEmpty { terms.removeAll { name.contains($0) } }
            for c in countriesOf(id, e, entities: entities, chunk: &chunk, cache: &countryCache) where !aboutCountries.contains(c) {
                aboutCountries.append(c)
            }
        }
        // (A source's fields once per chunk: most sources speak more than once.)
        let source = SpeakerSource(speaker: claim.speaker, entity: claim.speakerEntity, side: claim.speakerSide)
        let speaker: SpeakerFields
        if let known = chunk.speakers[source] {
            speaker = known
        } else {
            speaker = speakerFields(claim, entities: entities, chunk: &chunk, countries: &countryCache)
            chunk.speakers[source] = speaker
        }
        p.speaker = speaker.speaker
        // (Exactly as long as needed: `+` grows the first list by doubling, 6 MB at 10,000 articles.)
        var ids: [Int32] = []
        ids.reserveCapacity(terms.count + about.count + aboutCountries.count + speaker.countries.count)
        ids.append(contentsOf: terms)
        ids.append(contentsOf: about)
        ids.append(contentsOf: aboutCountries)
        ids.append(contentsOf: speaker.countries)
        p.ids = ids
        p.termCount = Int32(terms.count)
        p.aboutCount = Int32(about.count)
        p.aboutCountryCount = Int32(aboutCountries.count)
        p.speakerText = speaker.text
        p.speakerKey = speaker.key
        p.sideKey = speaker.side
        // ("criticized X for ..." charges X; the noun "criticism" alone does not.)
        // (An estimate, "put the number killed at 11", charges no one.)
        if (accuses && claim.cue != "put") || claim.cue == "criticized" || claim.cue == "accused" { p.flags.insert(.accuses) }
        if claim.quoted && firstPerson { p.flags.insert(.firstPerson) }
        if claim.cue == "reported" || claim.cue == "according to" || claim.cue == "wrote" { p.flags.insert(.reportLike) }
        if claim.quoted { p.flags.insert(.quoted) }
        if claim.quoted || ["denied", "refuted", "rejected", "disputed", "accused"].contains(claim.cue) { p.flags.insert(.ownWords) }
        if claim.mutualParties.count >= 2 { p.flags.insert(.mutual) }
        if claim.answers != nil { p.flags.insert(.answers) }
        p.figures = part.figures
        return p
    }

    /// What a claim's words say, whoever says them and whatever they name: `profile`'s fields that
    /// depend only on the text, the cue and whether it is quoted (chunk-local term ids; the topic
    /// terms before names are taken out).
    struct TextPart {
        var terms: [Int32]
        var refutingWord: Int32
        var negationWord: Int32
        var pointer: Bool
        var extra: Profile.Extra?
        var accuses: Bool
        var firstPerson: Bool
        var figures: [String: String]?
    }

    /// The key of a `TextPart`.
    struct TextPartKey: Hashable {
        var text: String
        var cue: String
        var quoted: Bool
    }

    func textPart(_ claim: Claim, _ text: String, chunk: inout ChunkProfiles) -> TextPart {
        // (Read and written as `profile` did on its own profile.)
        let p = Profile()
        // The claim's words (`ClaimWords.words`): their tokens and meanings; lower-cased strings
        // are built only for the few claims whose rules below read them.
        var bytes = text
        let (words, wordInfos) = bytes.withUTF8 { b -> ([WordToken], [WordInfo]) in
            let tokens = Tokenizer.scan(b, words: nil)
            // (Sized once: `filter` grows its result by doubling.)
            var words: [WordToken] = []
            words.reserveCapacity(tokens.count)
            for t in tokens where t.flags.contains(.word) { words.append(t) }
            return (words, Self.meaningTable.infos(of: words, in: b, terms: &chunk.terms))
        }
        var lowerCache: [String]? = nil
        func lower() -> [String] {
            if let known = lowerCache { return known }
            let value = bytes.withUTF8 { b in words.map { ClaimWords.lower(b, Int($0.byteStart), Int($0.byteEnd), $0.flags) } }
            lowerCache = value
            return value
        }
        var terms: [Int32] = []
        var accuses = false, firstPerson = false, anyNumber = false
        var extra = Profile.Extra()
        var scopeEnd = -1
        var restAt = -1
        var shortScope = false
        var negatedHere = 0
        for (k, w) in words.enumerated() {
            let wi = wordInfos[k]
            // Capitalised words are names (or sentence starts); shared names say nothing about disagreement.
            if wi.term >= 0 && !w.flags.contains(.capitalized) && !terms.contains(wi.term) { terms.append(wi.term) }
            if wi.refuting && p.refutingWord < 0 { p.refutingWord = Int32(k) }
            // "is simply not true", "is not accurate": a negated "true" says the source got it wrong.
            if p.refutingWord < 0, k >= 1, wi.truth,
               (max(0, k - 2)..<k).contains(where: { ["not", "n't", "never", "hardly"].contains(lower()[$0]) }) {
                p.refutingWord = Int32(k)
            }
            if wi.negation && p.negationWord < 0 { p.negationWord = Int32(k) }
            if wi.accuses { accuses = true }
            if wi.firstPerson { firstPerson = true }
            if wi.numberStart { anyNumber = true }
            // What a negation or denial covers: its point is what the claim says did not happen.
            switch wi.scope {
            case .short: scopeEnd = max(scopeEnd, k + 5); shortScope = true; negatedHere = 0; if extra.negator < 0 { extra.negator = Int32(k) }
            case .rest: scopeEnd = words.count; shortScope = false; if restAt < 0 { restAt = k }; if extra.negator < 0 { extra.negator = Int32(k) }
            case .none:
                // "no shots were fired during the detention": what did not happen ends at the first
                // preposition after it; the rest only says when or where.
                if shortScope && negatedHere > 0 && k <= scopeEnd && wi.scopePreposition { scopeEnd = k - 1 }
                if k <= scopeEnd && wi.term >= 0 && !w.flags.contains(.capitalized) && !extra.negated.contains(wi.term) {
                    extra.negated.append(wi.term)
                    negatedHere += 1
                }
            }
            if wi.pole >= 0 && !extra.poles.contains(wi.pole) { extra.poles.append(wi.pole) }
            if wi.frame >= 0 && !extra.frames.contains(wi.frame) { extra.frames.append(wi.frame) }
            if k > 0 && wordInfos[k - 1].frameFirst, let f = DisputeLexicon.shared.frame[lower()[k - 1] + " " + lower()[k]], !extra.frames.contains(f) {
                extra.frames.append(f)
            }
        }
        // A denial verb whose object only points back ("denied the allegations", "which X rejects"),
        // or a refuting word next to such a noun ("called the report false").
        if restAt >= 0 || ReportingCues.disputingCues.contains(claim.cue) {
            let lw = lower()
            var next = restAt + 1
            while next < words.count && Self.determinersBeforeReference.contains(lw[next]) { next += 1 }
            // A possessor is a determiner too: "rejected the regulator's findings", "the airline's records".
            // (Whose it is names whom it answers: "the opposition's complaints" answers no one else.)
            var possessed = false
            if next + 2 < words.count && lw[next + 1] == "s" && !wordInfos[next].reference { next += 2; possessed = true }
            let after = restAt >= 0 ? words.count - restAt - 1 : words.count
            // "rejected that account" points back; "denied that its forces..." opens a clause.
            if next + 1 < words.count && ["that", "this"].contains(lw[next]) && wordInfos[next + 1].reference { next += 1 }
            // A longer object still only points back when the noun ends it, opens its content ("the
            // report that ...") or is characterised ("rejected the regulator's findings as nit-picking").
            func endsObject(_ k: Int) -> Bool { after <= 6 || (k + 1 < words.count && ["that", "as"].contains(lw[k + 1])) }
            // (One modifier may come first: "disputed the touchdown figure", "denied a newspaper report".)
            if next + 1 < words.count && !wordInfos[next].reference && words[next].flags.contains(.lowercase) && wordInfos[next + 1].reference
                && !ReportingCues.pointingPronouns.contains(lw[next + 1]) && endsObject(next + 1) { next += 1 }
            // A name in that place says whose it is ("dismissed the Tajik account"): it answers only that side.
            else if next + 1 < words.count && next > restAt + 1 && words[next].flags.contains(.capitalized) && wordInfos[next + 1].reference
                && !ReportingCues.pointingPronouns.contains(lw[next + 1]) && endsObject(next + 1) { next += 1; possessed = true }
            if next < words.count && lw[next] != "that" && wordInfos[next].reference && endsObject(next) {
                extra.anaphoric = true
                if possessed { extra.namedOnly = true }
                extra.figureRef = Self.figureNouns.contains(lw[next])
                extra.chargeRef = Self.chargeNouns.contains(lw[next])
            }
            if let first = lw.first, first == "which" || first == "this" || first == "these", words.count <= 10 { extra.anaphoric = true }
            // The clause is the denial itself ("which the ministry today rejects", "a claim X denies").
            if restAt >= 0 && after == 0 && words.count <= 8 { extra.anaphoric = true; p.flags.insert(.pointer) }
            // "..., a charge the body rejected as baseless": a clause opened by a noun pointing back is the denial itself.
            let lead = lw.first.map { ["a", "an", "the"].contains($0) ? 1 : 0 } ?? 0
            if restAt > lead && restAt <= lead + 6 && lead < words.count && wordInfos[lead].reference
                && !ReportingCues.pointingPronouns.contains(lw[lead]) && words.count - restAt <= 8 {
                extra.anaphoric = true; p.flags.insert(.pointer)
            }
            // "The council rejects that." / "She denied it.": the object is only a word pointing back.
            // ("disputed that as well", "rejects that too")
            if restAt >= 0 && after >= 1 && after <= 4 && ReportingCues.pointingPronouns.contains(lw[restAt + 1])
                && lw[(restAt + 1)...].allSatisfy({ ReportingCues.pointingPronouns.contains($0) || Self.afterPointer.contains($0) }) {
                extra.anaphoric = true
            }
        }
        if p.refutingWord >= 0 && !extra.anaphoric {
            let r = Int(p.refutingWord)
            for k in max(0, r - 4)..<min(words.count, r + 4) where k != r && wordInfos[k].reference && !["it", "this", "that", "which", "them"].contains(lower()[k]) {
                extra.anaphoric = true
                // "calling the report false" points at a source it names, never just the claim before;
                // "that figure was wrong" points at the figure just given.
                if Self.sourceNouns.contains(lower()[k]) { extra.namedOnly = true }
            }
        }
        // "That is simply not true." / "This is false.": a short answer pointing back. (A bare "not" is
        // too weak: "That is not how serious clubs behave", "This was not a mistake" answer nobody.)
        if !extra.anaphoric, words.count >= 3, words.count <= 12, wordInfos[0].pointing,
           ["is", "was", "s", "'s", "’s", "are", "were", "isn't", "wasn't", "isn’t", "wasn’t"].contains(lower()[1]),
           p.refutingWord >= 0 && p.refutingWord <= 4 {
            extra.anaphoric = true
        }
        // "That is not what happened." / "That never happened.": an answer pointing back that says the
        // thing told did not take place.
        // (`pointedEventDenial` opens with the same test, on strings.)
        if !extra.anaphoric, claim.quoted, words.count >= 3, words.count <= 14, wordInfos[0].pointing, let n = Self.pointedEventDenial(lower()) {
            extra.anaphoric = true
            extra.direct = true
            if extra.negator < 0 { extra.negator = Int32(n) }
        }
        // "it had never received any such request", "there was no such meeting": a negated thing named
        // only as the one just told of.
        if !extra.anaphoric, extra.negator >= 0 || p.negationWord >= 0, wordInfos.contains(where: \.such) {
            let lw = lower()
            for k in 1..<max(1, words.count - 1) where lw[k] == "such" && ["any", "no"].contains(lw[k - 1])
                && words[k + 1].flags.contains(.lowercase) && !TopicTerms.stop.contains(lw[k + 1]) {
                extra.anaphoric = true
                if extra.negator < 0 { extra.negator = Int32(k - 1) }
                break
            }
        }
        if !extra.negated.isEmpty || !extra.poles.isEmpty || !extra.frames.isEmpty || extra.anaphoric { p.extra = extra }
        // Numbers are no words: read them from the text's tokens, for the few claims that have digits.
        // ("murders have doubled": a change with a value of its own.)
        var figures: [String: String]? = nil
        if anyNumber || Self.hasDigit(text)
            || wordInfos.contains(where: \.figure) {
            let f = Self.figures(in: text)
            if !f.isEmpty { figures = f }
        }
        return TextPart(terms: terms, refutingWord: p.refutingWord, negationWord: p.negationWord, pointer: p.flags.contains(.pointer),
                        extra: p.extra, accuses: accuses, firstPerson: firstPerson, figures: figures)
    }

    /// Whether a text has an ASCII digit (by its bytes, not its UTF-8 view's iterator).
    static func hasDigit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains { $0 &- 0x30 < 10 } }
    }

    /// What a profile takes from its claim's source: its entity and countries, its name as written
    /// lower-cased, its key and the side it speaks for.
    func speakerFields(_ claim: Claim, entities: EntityLookup, chunk: inout ChunkProfiles, countries countryCache: inout [Int32: [Int32]]) -> SpeakerFields {
        var f = SpeakerFields()
        if let s = claim.speakerEntity {
            f.speaker = chunk.entities.id(s)
            for c in countriesOf(f.speaker, s, entities: entities, chunk: &chunk, cache: &countryCache) where !f.countries.contains(c) {
                f.countries.append(c)
            }
        }
        f.lower = ClaimWords.lowercased(claim.speaker)
        // (Worked out once per source: the in-article rules ask for every pair.)
        var bodyNeedles: [String] = []
        if f.lower.utf8.count >= 4 {
            for word in SpaceWords.of(f.lower) where ClaimExtractor.bodyNouns.contains(String(word)) { bodyNeedles.append("the " + word) }
        }
        f.text = SpeakerText(lower: f.lower, lowerASCII: f.lower.utf8.allSatisfy { $0 < 0x80 }, bodyNeedles: bodyNeedles)
        f.key = chunk.entities.id(claim.speakerEntity ?? "src:" + Self.withoutArticle(f.lower))
        f.side = (claim.speakerSide ?? (claim.speakerEntity == nil ? Self.courtSide(f.lower) : nil)).map { chunk.entities.id(Self.sideKey($0)) } ?? f.key
        // A person with one country and no side of their own speaks for that country.
        if claim.speakerSide == nil, f.countries.count == 1, f.side == f.key { f.side = f.countries[0] }
        // One who speaks for such an entity speaks for that country too, as the entity's own claims do
        // ("coast guard spokesman X" and the coast guard are one side).
        if let side = claim.speakerSide, side.utf8.contains(0x2F), !side.hasPrefix("country/") {
            let sideCountries = countriesOf(f.side, side, entities: entities, chunk: &chunk, cache: &countryCache)
            if sideCountries.count == 1 { f.side = sideCountries[0] }
        }
        return f
    }

    func countriesOf(_ id: Int32, _ e: String, entities: EntityLookup, chunk: inout ChunkProfiles, cache: inout [Int32: [Int32]]) -> [Int32] {
        if let known = cache[id] { return known }
        let ids = entities.countries(e).map { chunk.entities.id($0) }
        cache[id] = ids
        return ids
    }

    /// A claim's words, as written and lower-cased (for explanations).
    static func words(_ text: String) -> (original: [String], lower: [String]) {
        let original = Tokenizer.tokenize(text).filter(\.isWord).map(\.text)
        return (original, original.map { $0.lowercased() })
    }

    // MARK: - Set operations on sorted ids

    static func sharedCount(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        var i = a.startIndex, j = b.startIndex, n = 0
        while i < a.endIndex && j < b.endIndex {
            let x = a[i], y = b[j]
            if x == y { n += 1; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
        }
        return n
    }

    static func disjoint(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            let x = a[i], y = b[j]
            if x == y { return false } else if x < y { i += 1 } else { j += 1 }
        }
        return true
    }

    /// The terms two claims share, as strings, sorted.
    static func shared(_ a: Profile, _ b: Profile, _ termNames: [String]) -> [String] {
        var out: [String] = []
        let x = a.terms, y = b.terms
        var i = x.startIndex, j = y.startIndex
        while i < x.endIndex && j < y.endIndex {
            if x[i] == y[j] { out.append(termNames[Int(x[i])]); i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return out.sorted()
    }

    /// Whether lower-cased text `haystack` contains `needle` (as `String.contains`), by bytes
    /// when both are ASCII.
    static func contains(_ haystack: String, ascii: Bool, _ needle: String, needleASCII: Bool) -> Bool {
        guard ascii && needleASCII && !needle.isEmpty else {
            // (Most searches find nothing: when the needle's bytes are nowhere in the text, neither is the needle.)
            if needleASCII && bytesRuleOut(needle) && !ByteSearch.contains(haystack, needle) { return false }
            return haystack.contains(needle)
        }
        return ByteSearch.contains(haystack, needle)
    }

    /// Whether the absence of ASCII `needle`'s bytes from a text means Foundation finds no match
    /// either: so unless it has ";" or "`", which a Greek question mark or varia (never folded by
    /// lower-casing) equal canonically.
    static func bytesRuleOut(_ needle: String) -> Bool {
        !needle.isEmpty && !needle.utf8.contains { $0 == 0x3B || $0 == 0x60 }
    }

    // MARK: - Disputes

    /// The claim B disputes, if any: a refutation names the source and calls it wrong (the first
    /// claim of that source); a denial negates a shared point; framing recasts it in B's own words.
    /// Candidates are in corpus order.
    func bestDispute(_ bi: Int, _ candidates: [Int], profiles: [Profile], claims: ClaimList, termNames: [String])
        -> (Int, ConflictKind, Double, String)? {
        let b = profiles[bi]
        if b.refutingWord >= 0 {
            let bc = claims[bi]
            let bText = ClaimWords.lowercased(bc.text)
            let ascii = bText.utf8.allSatisfy { $0 < 0x80 }
            for i in candidates {
                let a = profiles[i]
                if (a.speaker >= 0 && b.about.contains(a.speaker)) || Self.contains(bText, ascii: ascii, a.speakerLower, needleASCII: a.speakerLowerASCII) {
                    let ac = claims[i]
                    return (i, .refutation, 0.9, "\(bc.speaker) says \(ac.speaker) got it wrong: “\(Self.phrase(around: Int(b.refutingWord), in: bc.text))”")
                }
            }
        }
        if b.negationWord >= 0 {
            var best = -1, bestCount = 0
            // What B negates must be a point of A's, not just a word both use.
            let negated = b.extra?.negated ?? []
            for i in candidates where negated.contains(where: { profiles[i].terms.contains($0) }) {
                let count = Self.sharedCount(profiles[i].terms, b.terms)
                if count >= 1 && count >= bestCount { best = i; bestCount = count }
            }
            if best >= 0 {
                let bc = claims[bi], ac = claims[best]
                let (_, lower) = Self.words(bc.text)
                let point = Self.shared(profiles[best], b, termNames).first.map { Self.surface($0, in: lower) } ?? ""
                return (best, .denial, 0.8, "\(bc.speaker) denies what \(ac.speaker) said about “\(point)”: “\(Self.phrase(around: Int(b.negationWord), in: bc.text))”")
            }
        }
        if b.flags.contains(.firstPerson) {
            var best = -1, bestCount = 0
            for i in candidates where profiles[i].flags.contains(.reportLike) {
                let count = Self.sharedCount(profiles[i].terms, b.terms)
                if count >= 3 && count >= bestCount { best = i; bestCount = count }
            }
            if best >= 0 {
                let bc = claims[bi], ac = claims[best]
                let (_, lower) = Self.words(bc.text)
                let points = Self.shared(profiles[best], b, termNames).prefix(3).map { Self.surface($0, in: lower) }.joined(separator: ", ")
                return (best, .framing, 0.6, "\(bc.speaker) puts in other terms what \(ac.speaker) reported (\(points))")
            }
        }
        return nil
    }

    /// Claims of one side accusing the other, against B's "X and Y accuse each other".
    func mutualAccusations(_ bi: Int, profiles: [Profile], claims: ClaimList, about: PostingLists, entityIDs: [String: Int32],
                                   entities: EntityLookup) -> [Found] {
        let b = profiles[bi]
        let bc = claims[bi]
        let parties = bc.mutualParties.compactMap { entityIDs[$0] }
        var bySpeaker: [Int32: Int] = [:]
        for party in bc.mutualParties {
            guard let id = entityIDs[party] else { continue }
            // The nearest claims about the party only: a party of every story (a country) would
            // otherwise make this grow with the corpus for each mutual accusation.
            for i32 in Self.window(about[Int(id)], around: bi, radius: 200) where Int(i32) != bi {
                let i = Int(i32)
                let c = profiles[i]
                guard c.isAccusing, !c.flags.contains(.mutual), claims[i].mutualParties.isEmpty, Self.sharedCount(c.terms, b.terms) > 0 else { continue }
                let accused = Set(parties.filter { c.aboutCountries.contains($0) || c.about.contains($0) })
                guard accused.count == 1, let target = accused.first, c.speaker != target, c.sideKey != target,
                      !c.speakerCountries.contains(target) else { continue }
                // The accuser is one of the parties (itself, its side or its country): officials counting
                // the dead accuse nobody of the two.
                guard parties.contains(where: { $0 != target && ($0 == c.speaker || $0 == c.sideKey || c.speakerCountries.contains($0)) }) else { continue }
                // One conflict per speaker: their own quoted words when there are some.
                if let kept = bySpeaker[c.speakerKey], profiles[kept].isQuoted || !c.isQuoted { continue }
                bySpeaker[c.speakerKey] = i
            }
        }
        var out: [Found] = []
        for i in bySpeaker.values.sorted() {
            let c = profiles[i]
            let cc = claims[i]
            let target = bc.mutualParties.first { p in entityIDs[p].map { c.aboutCountries.contains($0) || c.about.contains($0) } ?? false } ?? ""
            let targetName = entities.name(target) ?? target
            let (_, lower) = Self.words(cc.text)
            let word = ReportingCues.accusing.lazy.compactMap { stem in lower.first { $0.hasPrefix(stem) } }.first ?? "accuses"
            let why = "\(cc.speaker) accuses \(targetName) (“\(word)”), while \(bc.speaker) accuse each other"
            out.append(Found(conflict: Conflict(id: "", kind: .mutualAccusation, a: cc.id, b: bc.id, strength: c.speakerCountries.isEmpty ? 0.6 : 0.75, why: why),
                             a: i, b: bi, dispute: false))
        }
        return out
    }

    /// The first index at or after `from` of a sorted list whose element is at least `value`
    /// (the list's count when none is): steps doubling from `from`, then a binary search.
    static func firstAtLeast(_ value: Int32, in list: UnsafeBufferPointer<Int32>, from: Int) -> Int {
        var lo = from, hi = from, step = 1
        while hi < list.count && list[hi] < value {
            lo = hi + 1
            hi += step
            step <<= 1
        }
        hi = min(hi, list.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Up to `radius` elements each side of where `value` falls in the sorted `list`.
    static func window(_ list: [Int], around value: Int, radius: Int) -> ArraySlice<Int> {
        if list.count <= 2 * radius { return list[...] }
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return list[max(0, lo - radius)..<min(list.count, lo + radius)]
    }

    /// `window` of a slice of claim indices.
    static func window(_ list: ArraySlice<Int32>, around value: Int, radius: Int) -> ArraySlice<Int32> {
        if list.count <= 2 * radius { return list }
        var lo = list.startIndex, hi = list.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(list[mid]) < value { lo = mid + 1 } else { hi = mid }
        }
        return list[max(list.startIndex, lo - radius)..<min(list.endIndex, lo + radius)]
    }

    /// The start of a text, cut at a word boundary with an ellipsis when longer than `limit`.
    static func snippet(_ text: String, _ limit: Int) -> String {
        // ASCII without a carriage return (whose characters are its bytes): the same by bytes.
        var bytes = text
        let ascii: String?? = bytes.withUTF8 { b in
            guard limit >= 0, !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            guard b.count > limit else { return .some(nil) }
            var end = limit
            if let space = (0..<limit).last(where: { b[$0] == 0x20 }) { end = space }
            var start = 0
            while end > start && asciiPunctuation[Int(b[end - 1])] { end -= 1 }
            while start < end && asciiPunctuation[Int(b[start])] { start += 1 }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self) + "…")
        }
        if let ascii { return ascii ?? text }
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        // (Trimmed by hand: Foundation's trimming goes through NSString.)
        while let c = cut.last, c.isPunctuation { cut.removeLast() }
        while let c = cut.first, c.isPunctuation { cut.removeFirst() }
        return cut + "…"
    }

    /// Which ASCII characters are punctuation (`Character.isPunctuation`).
    static let asciiPunctuation: [Bool] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))).isPunctuation }

    /// The word of the claim that a stem came from ("zone" -> "zones").
    static func surface(_ stem: String, in words: [String]) -> String {
        // A lexicon point ("@transfer") stands for any of its words.
        if stem.hasPrefix("@") {
            let point = String(stem.dropFirst())
            return words.first { DisputeLexicon.shared.point[$0] == point } ?? point
        }
        return words.first { TopicTerms.stem($0) == stem } ?? stem
    }

    /// A few words of a claim around its word number `i`, for the one-line explanation.
    static func phrase(around i: Int, in text: String) -> String {
        // As written between the first and last word (a possessive keeps its "'s"), quotes dropped.
        var bytes = Array(text.utf8)
        let words = bytes.withUnsafeBufferPointer { b in Tokenizer.scan(b, words: nil).filter { $0.flags.contains(.word) } }
        guard i < words.count else { return "" }
        let lo = max(0, i - 2)
        var hi = min(words.count, i + 4)
        // A possessive's "s" is no word of its own.
        var k = lo + 1
        while k < hi { if bytes[Int(words[k].byteStart)] == 0x73 && words[k].byteEnd - words[k].byteStart == 1 { hi = min(words.count, hi + 1) }; k += 1 }
        bytes = Array(bytes[Int(words[lo].byteStart)..<Int(words[hi - 1].byteEnd)])
        if !bytes.contains(where: { $0 >= 0x80 }) {
            // ASCII: the same by bytes (quotes dropped, runs of white space one space).
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for c in bytes where c != 0x22 {
                if c == 0x20 || c &- 0x09 < 5 {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        return raw.filter { !"\"“”".contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
