/// A mention found in one article, before entities are merged across the corpus.
///
/// A cold open holds every article's until the corpus-wide merge: the strings first, then the
/// offsets as 32-bit numbers (files are far smaller than 2^31 characters) and the two kinds, which
/// keeps one at 72 bytes instead of 88.
struct RawMention: Sendable, Hashable {
    /// Key of the entity within the corpus: a gazetteer id, or "person:<name key>", "org:<slug>", ...
    var key: String
    /// The best name known for it here.
    var name: String
    var text: String
    var countries: [String]
    @Compact32 var paragraph: Int
    @Compact32 var start: Int
    @Compact32 var end: Int
    var kind: EntityKind
    var form: MentionForm

    init(kind: EntityKind, form: MentionForm, key: String, name: String, countries: [String], paragraph: Int, start: Int, end: Int, text: String) {
        self.key = key
        self.name = name
        self.text = text
        self.countries = countries
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.kind = kind
        self.form = form
    }
}

/// Finds people, countries, organisations and places in an article with gazetteers and the
/// rules of news prose (titles, given names, attributions, organisation heads, coreference).
///
/// Linear in the text: the tokeniser gives each token its gazetteer word ids and character
/// classes once; the phrase and title tries are walked once from each token, and the rules read
/// those results (integers and flags) instead of comparing and hashing strings.
public struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// A candidate span over tokens [lo, hi).
    struct Candidate {
        var lo: Int
        var hi: Int
        var kind: EntityKind
        var form: MentionForm
        /// Where its key and name come from: they are worked out only for the candidates that
        /// need them (most candidates lose to overlapping ones).
        var label: Label
        /// Its countries, as a `Pool` code (plain values keep candidates cheap to copy and sort).
        var countries: Int32
        /// Breaks ties between spans of equal length: rules with stronger evidence win.
        var priority: Int
        /// A name of something else (an event, a product) that hides the entities inside it.
        var blocks = false
        /// The title value (`Gazetteer.titles`) that named this person ("President" in "President
        /// Donald Trump"), or that this title mention stands for ("the Kremlin spokesman"); -1 none.
        var title: Int32 = -1
        /// An organisation named after a noun saying what it is ("the newspaper De Telegraaf"):
        /// the same words later are that organisation too.
        var byNoun = false
    }

    /// The surname keys of an article's people spelled in ASCII, with the person each stands
    /// for: a word's folded bytes are matched against them without making a string.
    struct SurnameIndex {
        private var entries: [(spelling: [UInt8], person: (key: String, name: String))] = []

        /// Adds a key unless it equals no ASCII string (the spelling `NameKey.Filter.add` uses).
        mutating func add(_ key: String, _ person: (key: String, name: String)) {
            guard let spelling = NameKey.asciiSpelling(key) else { return }
            entries.append((spelling, person))
        }

        func find(_ folded: UnsafeBufferPointer<UInt8>) -> (key: String, name: String)? {
            for e in entries where e.spelling.count == folded.count {
                if e.spelling.withUnsafeBufferPointer({ $0.elementsEqual(folded) }) { return e.person }
            }
            return nil
        }
    }

    /// A candidate's key and name, to be worked out.
    enum Label {
        /// The preferred entry of a gazetteer phrase value: its id and name.
        case entry(Int32)
        /// The span's words as a person's name: "person:<name key>".
        case person
        /// The span's words as an organisation's name: "org:<slug>".
        case organization
        /// The span's words as a place's name: "place/<slug>".
        case place
        /// "Kursk region", "Sumy Oblast": a word and the region word after it.
        case region
        /// "@generalkellogg".
        case handle
        /// A name that hides others: no key.
        case blocking
        /// A key and name in the article's `Pool`.
        case named(Int32)
    }

    /// The strings of an article's candidates: named keys and names, and lists of countries.
    struct Pool {
        var named: [(key: String, name: String)] = []
        var lists: [[String]] = []

        mutating func name(_ key: String, _ name: String) -> Label {
            named.append((key, name))
            return .named(Int32(named.count - 1))
        }

        /// The code of a list of countries: -1 none, n >= 0 `lists[n]`.
        mutating func countries(_ list: [String]) -> Int32 {
            if list.isEmpty { return -1 }
            lists.append(list)
            return Int32(lists.count - 1)
        }

        /// Codes of one-country lists, by index in `WordTable.countries`: made once per article.
        var single: [Int32] = []

        /// The code of the list of the one country at `index` in `words.countries` (-1: none).
        mutating func country(_ index: Int32, _ words: WordTable) -> Int32 {
            if index < 0 { return -1 }
            if single.isEmpty { single = [Int32](repeating: -1, count: words.countries.count) }
            if single[Int(index)] < 0 { single[Int(index)] = countries([words.countries[Int(index)]]) }
            return single[Int(index)]
        }

        /// The code of the countries of phrase value `value`'s preferred entry.
        static func phraseCountries(_ value: Int) -> Int32 { -2 - Int32(value) }

        func countries(_ code: Int32, _ gazetteer: Gazetteer) -> [String] {
            if code == -1 { return [] }
            if code >= 0 { return lists[Int(code)] }
            return gazetteer.bestCountries[Int(-2 - code)]
        }
    }

    /// The key and name of candidate `c` of a segment.
    func label(_ c: Candidate, _ scan: Scan, _ pool: Pool) -> (key: String, name: String) {
        switch c.label {
        case .entry(let value):
            return (gazetteer.bestID[Int(value)], gazetteer.bestName[Int(value)])
        case .person:
            let name = scan.name(c.lo, c.hi)
            return (NameKey.person(name, prefix: "person:"), name)
        case .organization:
            let name = scan.name(c.lo, c.hi)
            return (Slug.make(name, prefix: "org:"), name)
        case .place:
            let name = scan.name(c.lo, c.hi)
            return (Slug.make(name, prefix: "place/"), name)
        case .region:
            let base = scan.text(c.lo)
            let region = scan.text(c.lo + 1).lowercased()
            return ("place/" + Slug.make(base + " region"), base + " " + (region == "oblast" ? "Oblast" : region))
        case .handle:
            let text = scan.text(c.lo)
            return ("handle:" + text.lowercased(), text)
        case .blocking:
            return ("", scan.name(c.lo, c.hi))
        case .named(let index):
            return pool.named[Int(index)]
        }
    }

    /// The tokens of a segment and the gazetteer phrase and title that start at each.
    /// A class that never changes once made: passing and keeping it costs one reference count,
    /// not one per array.
    final class Scan {
        /// The segment's text (tokens give UTF-8 offsets into it).
        let text: String
        let tokens: [WordToken]
        /// Per token: the gazetteer phrase and the title that start there.
        let matches: [Match]
        /// Lower-cased word ids of the terms of play (`Lexicon.sportsTerms`), in text order.
        let sportsTerms: [Int32]
        /// Word tokens, and those in capitals (a headline in capitals carries no case evidence).
        let wordCount: Int
        let allCapsCount: Int
        /// Whether it has words of `Lexicon.organizationContext`, and how many titles start in it.
        let hasOrganizationContext: Bool
        let titleCount: Int

        init(text: String, tokens: [WordToken], matches: [Match], sportsTerms: [Int32], wordCount: Int, allCapsCount: Int,
             hasOrganizationContext: Bool, titleCount: Int) {
            self.text = text
            self.tokens = tokens
            self.matches = matches
            self.sportsTerms = sportsTerms
            self.wordCount = wordCount
            self.allCapsCount = allCapsCount
            self.hasOrganizationContext = hasOrganizationContext
            self.titleCount = titleCount
        }

        /// Headlines in capitals ("100 DAYS OF HOAXES") carry no case evidence.
        var isShouting: Bool { wordCount >= 3 && allCapsCount * 10 >= wordCount * 7 }

        var count: Int { tokens.count }

        func phraseLength(_ i: Int) -> Int { Int(matches[i].phraseLength) }
        func phraseValue(_ i: Int) -> Int { Int(matches[i].phraseValue) }
        func titleLength(_ i: Int) -> Int { Int(matches[i].titleLength) }

        /// Calls `body` with the text's UTF-8.
        @inline(__always)
        func bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
        }

        /// The text of token `k`.
        func text(_ k: Int) -> String {
            bytes { b in String(decoding: UnsafeBufferPointer(rebasing: b[Int(tokens[k].byteStart)..<Int(tokens[k].byteEnd)]), as: UTF8.self) }
        }

        /// The text of tokens [lo, hi) with single spaces where there was whitespace.
        func name(_ lo: Int, _ hi: Int) -> String {
            var length = 0
            for k in lo..<hi {
                if k > lo && tokens[k].spaceBefore { length += 1 }
                length += Int(tokens[k].byteEnd - tokens[k].byteStart)
            }
            return String(unsafeUninitializedCapacity: length) { out in
                bytes { b in
                    var p = 0
                    for k in lo..<hi {
                        if k > lo && tokens[k].spaceBefore { out[p] = 0x20; p += 1 }
                        for i in Int(tokens[k].byteStart)..<Int(tokens[k].byteEnd) { out[p] = b[i]; p += 1 }
                    }
                    return p
                }
            }
        }

        /// The person whose surname key (`NameKey.surname`) is that of token `k`'s text, if any.
        /// Printable ASCII words are folded on the stack and matched by their bytes (`index`);
        /// `memo` keeps the keys of the other words.
        func surnamePerson(_ k: Int, filter: NameKey.Filter, index: SurnameIndex, people: [String: (key: String, name: String)],
                           memo: inout [String: String]) -> (key: String, name: String)? {
            let found: (key: String, name: String)?? = bytes { b in
                let word = UnsafeBufferPointer(rebasing: b[Int(tokens[k].byteStart)..<Int(tokens[k].byteEnd)])
                guard word.count <= 64, !word.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) else { return .none }
                guard filter.mayMatch(word: word) else { return .some(nil) }
                return .some(NameKey.withSurname(word: word) { index.find($0) } ?? nil)
            }
            if let found { return found }
            let text = text(k)
            if let known = memo[text] { return people[known] }
            let folded = NameKey.surname(text)
            memo[text] = folded
            return people[folded]
        }

        /// The source text from the start of token `lo` to the end of token `hi - 1`.
        func surface(_ lo: Int, _ hi: Int) -> String {
            bytes { b in String(decoding: UnsafeBufferPointer(rebasing: b[Int(tokens[lo].byteStart)..<Int(tokens[hi - 1].byteEnd)]), as: UTF8.self) }
        }
    }

    /// The longest gazetteer phrase and title starting at a token: lengths in tokens (0: none) and values.
    struct Match {
        var phraseLength: Int32 = 0
        var phraseValue: Int32 = -1
        var titleLength: Int32 = 0
        var titleValue: Int32 = -1
    }

    /// The text segments of an article that carry prose: title (-1), standfirst (-2), paragraphs.
    static func segments(of article: Article) -> [(index: Int, text: String, start: Int, kind: ParagraphKind)] {
        var out: [(index: Int, text: String, start: Int, kind: ParagraphKind)] = []
        if !article.title.isEmpty { out.append((-1, article.title, article.titleRange.lowerBound, .heading)) }
        if !article.standfirst.isEmpty { out.append((-2, article.standfirst, article.standfirstRange.lowerBound, .body)) }
        for p in article.paragraphs where p.kind != .source { out.append((p.index, p.text, p.start, p.kind)) }
        return out
    }

    func scan(_ text: String) -> Scan {
        let tokens = text.utf8.withContiguousStorageIfAvailable { Tokenizer.scan($0, words: gazetteer.words) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Tokenizer.scan($0, words: gazetteer.words) }
        let n = tokens.count
        var matches = [Match](repeating: Match(), count: n)
        var sportsTerms: [Int32] = []
        var wordCount = 0, allCapsCount = 0, titleCount = 0
        var hasOrganizationContext = false
        tokens.withUnsafeBufferPointer { t in
            for i in 0..<n {
                if t[i].lowerFlags.contains(.sportsTerm) { sportsTerms.append(t[i].lower) }
                if t[i].lowerFlags.contains(.organizationContext) { hasOrganizationContext = true }
                if t[i].isWord {
                    wordCount += 1
                    if t[i].isAllCaps { allCapsCount += 1 }
                }
                if t[i].wordFlags.contains(.phraseStart), let (len, v) = gazetteer.phrases.longestMatch(from: i, count: n, word: { t[$0].word }) {
                    matches[i].phraseLength = Int32(len)
                    matches[i].phraseValue = v
                }
                if t[i].lowerFlags.contains(.titleStart), let (len, v) = gazetteer.titles.longestMatch(from: i, count: n, word: { t[$0].lower }) {
                    matches[i].titleLength = Int32(len)
                    matches[i].titleValue = v
                    titleCount += 1
                }
            }
        }
        return Scan(text: text, tokens: tokens, matches: matches, sportsTerms: sportsTerms, wordCount: wordCount, allCapsCount: allCapsCount,
                    hasOrganizationContext: hasOrganizationContext, titleCount: titleCount)
    }

    /// All mentions of an article, in text order.
    func recognize(_ article: Article) -> [RawMention] {
        let words = gazetteer.words
        var perSegment: [(segment: (index: Int, text: String, start: Int, kind: ParagraphKind), scan: Scan, cands: [Candidate])] = []
        var pool = Pool()
        for segment in Self.segments(of: article) {
            // Very long "paragraphs" are scanned in full but bounded per token, so time stays linear.
            let scan = scan(segment.text)
            perSegment.append((segment, scan, candidates(scan, allCaps: scan.isShouting, &pool)))
        }
        // In a sports report, countries in sentences about play are national teams.
        let sports = isSportsReport(perSegment)
        if sports {
            // Every nation named as a side (not as a location: "in Russia", "from Brazil").
            for k in perSegment.indices {
                let tokens = perSegment[k].scan.tokens
                for c in perSegment[k].cands.indices {
                    let cand = perSegment[k].cands[c]
                    guard cand.kind == .country || cand.kind == .place, cand.form == .name, !cand.blocks else { continue }
                    let name = label(cand, perSegment[k].scan, pool).name
                    let nation = cand.kind == .country || (cand.kind == .place && Lexicon.sportingNations.contains(name))
                    guard nation else { continue }
                    if cand.lo > 0 {
                        let before = tokens[cand.lo - 1].lower
                        // "lost to England", "1 – 2 to England": a side, not a destination.
                        let side = before == WordTable.to && cand.lo >= 2 && {
                            let w = tokens[cand.lo - 2].lower
                            return w == WordTable.lost || w == WordTable.lose || w == WordTable.losing
                                || perSegment[k].scan.text(cand.lo - 2).first?.isNumber == true
                        }()
                        if !side && (before == WordTable.in_ || before == WordTable.at || before == WordTable.from || before == WordTable.to
                            || before == WordTable.across || before == WordTable.throughout) { continue }
                    }
                    perSegment[k].cands[c].kind = .organization
                    perSegment[k].cands[c].label = pool.name("org:" + Slug.make(name + " national team"), name + " national team")
                }
            }
        }
        // A headline in Title Case gives no case evidence: there a run of capitalised words is a
        // person only as far as its words are known given names or surnames, or names of the body.
        if let h = perSegment.firstIndex(where: { $0.segment.index == -1 }), isTitleCase(perSegment[h].scan),
           perSegment[h].cands.contains(where: { $0.kind == .person && $0.form == .name }) {
            var bodyWords: Set<String> = []
            for k in perSegment.indices where k != h {
                for c in perSegment[k].cands where c.kind == .person && c.form == .name && !c.blocks {
                    for t in c.lo..<c.hi { bodyWords.insert(perSegment[k].scan.text(t)) }
                }
            }
            let scan = perSegment[h].scan
            perSegment[h].cands = perSegment[h].cands.compactMap { c in
                guard c.kind == .person, c.form == .name, case .person = c.label else { return c }
                var end = c.lo
                while end < c.hi {
                    let t = scan.tokens[end]
                    let known = t.isInitial || !t.wordFlags.isDisjoint(with: [.givenName, .surname, .nameParticle])
                        || t.word == WordTable.hyphen || bodyWords.contains(scan.text(end))
                    if !known { break }
                    end += 1
                }
                if end == c.hi { return c }
                if end - c.lo >= 2 || (end - c.lo == 1 && c.priority >= 6) {
                    var d = c
                    d.hi = end
                    return d
                }
                return nil
            }
        }
        dropUnconfirmedTitleCaseNames(&perSegment)
        // Document-level coreference: surnames (and first names) of people named in full, and the
        // short names of organisations ("Scientology" after "Church of Scientology").
        var surnameToPerson: [String: (key: String, name: String)] = [:]
        var firstNames: [String: [(key: String, name: String)]] = [:]
        var personCountries: [String: Set<String>] = [:]
        var orgAliases: [String: (key: String, name: String, countries: [String])] = [:]
        // One-word bodies whose name ends in "’s" ("Bramley’s"): their mentions take it in.
        var possessiveNames: Set<String> = []
        // "Savannah Link Airways" ... "Savannah Link said": the name without its last word, later.
        var orgPrefixes: [String: (key: String, name: String, countries: [String])] = [:]
        // People named with a title ("Foreign Minister Sergey Lavrov"), by the title, for title mentions.
        var titled: [Int32: [(key: String, name: String, countries: [String])]] = [:]
        func register(title: Int32, _ key: String, _ name: String, _ countries: [String]) {
            guard title >= 0 else { return }
            let t = gazetteer.titleGroup[Int(title)]
            if let i = titled[t]?.firstIndex(where: { $0.key == key }) {
                if titled[t]![i].countries.isEmpty { titled[t]![i].countries = countries }
            } else {
                titled[t, default: []].append((key, name, countries))
            }
        }
        // People named by one word after a title ("Foreign Minister Lavrov"): their surnames count too,
        // after those of the people named in full.
        var singles: [(segment: Int, cand: Int)] = []
        for k in perSegment.indices {
            let scan = perSegment[k].scan
            let tokens = scan.tokens
            // Rules often find the same span; its name and key are worked out once.
            var spans: [Int: (key: String, name: String, label: Label)] = [:]
            for i in perSegment[k].cands.indices {
                let c = perSegment[k].cands[i]
                guard c.kind == .person && c.form == .name && !c.blocks else { continue }
                guard c.hi - c.lo >= 2 else {
                    if c.priority >= 6, case .person = c.label { singles.append((k, i)) }
                    continue
                }
                let key: String, name: String
                if case .person = c.label, let seen = spans[c.lo << 32 | c.hi] {
                    // The same person as before: the maps already hold it.
                    perSegment[k].cands[i].label = seen.label
                    let countries = pool.countries(c.countries, gazetteer)
                    if !countries.isEmpty { personCountries[seen.key, default: []].formUnion(countries) }
                    if c.title >= 0 { register(title: c.title, seen.key, seen.name, countries) }
                    continue
                } else {
                    (key, name) = label(c, scan, pool)
                }
                let named = pool.name(key, name)
                if case .person = c.label { spans[c.lo << 32 | c.hi] = (key, name, named) }
                perSegment[k].cands[i].label = named
                if c.title >= 0 { register(title: c.title, key, name, pool.countries(c.countries, gazetteer)) }
                let surname = NameKey.surname(name)
                if surnameToPerson[surname] == nil { surnameToPerson[surname] = (key, name) }
                // "Adriana Mejía Castro" ... "Mejía said": a Spanish-style first surname stands for the person too.
                let parts = name.split(separator: " ")
                if parts.count == 3, parts[1].count >= 3, parts[1].first?.isUppercase == true, !gazetteer.isGivenName(String(parts[1])) {
                    let middle = NameKey.surname(String(parts[1]))
                    if surnameToPerson[middle] == nil { surnameToPerson[middle] = (key, name) }
                }
                if let first = givenName(name), !(firstNames[first] ?? []).contains(where: { $0.key == key }) {
                    firstNames[first, default: []].append((key, name))
                }
                personCountries[key, default: []].formUnion(pool.countries(c.countries, gazetteer))
            }
            for c in perSegment[k].cands where c.kind == .organization && !c.blocks {
                // "the liberal party Forward ... Forward had been ready": the name alone, later, is the party.
                if c.byNoun, c.hi - c.lo <= 2, tokens[c.lo].wordFlags.isDisjoint(with: [.stopword, .givenName]) {
                    let (key, name) = label(c, scan, pool)
                    if c.hi - c.lo == 1 {
                        if orgAliases[scan.text(c.lo)] == nil { orgAliases[scan.text(c.lo)] = (key, name, pool.countries(c.countries, gazetteer)) }
                    } else if orgPrefixes[scan.surface(c.lo, c.hi)] == nil {
                        orgPrefixes[scan.surface(c.lo, c.hi)] = (key, name, pool.countries(c.countries, gazetteer))
                    }
                }
                var end = c.hi
                if end - c.lo >= 3, scan.text(end - 1) == "." { end -= 1 }
                // ("Green Tide Scotland" ... "Green Tide said": a place ending the name only says where it works.)
                let tail = tokens[end - 1]
                if end - c.lo == 3, tail.wordFlags.contains(.organizationHead) || tail.lowerFlags.contains(.country) || gazetteer.phrases.single(tail.word) >= 0,
                   (c.lo..<end - 1).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].wordFlags.isDisjoint(with: [.stopword, .organizationHead, .organizationLead]) }) {
                    let prefix = scan.surface(c.lo, end - 1)
                    if orgPrefixes[prefix] == nil {
                        let (key, name) = label(c, scan, pool)
                        orgPrefixes[prefix] = (key, name, pool.countries(c.countries, gazetteer))
                        // "Kestrel Mobile Inc." ... "Kestrel said": a first word no list knows stands for it too.
                        let lead = tokens[c.lo]
                        if Lexicon.shortFormHeads.contains(scan.text(end - 1)), lead.wordFlags.isDisjoint(with: [.givenName, .placeHead]),
                           !lead.lowerFlags.contains(.country), gazetteer.phrases.single(lead.word) < 0, orgAliases[scan.text(c.lo)] == nil {
                            orgAliases[scan.text(c.lo)] = (key, name, pool.countries(c.countries, gazetteer))
                        }
                    }
                }
                // "Westbourne United", "Verdana Holdings": later the first word alone is the club or firm.
                if c.hi - c.lo == 2, Lexicon.shortFormHeads.contains(scan.text(c.hi - 1)) {
                    let lead = tokens[c.lo]
                    if lead.isCapitalized, lead.wordFlags.isDisjoint(with: [.stopword, .givenName, .organizationHead, .placeHead]),
                       !lead.lowerFlags.contains(.country), gazetteer.phrases.single(lead.word) < 0 {
                        let (key, name) = label(c, scan, pool)
                        let alias = scan.text(c.lo)
                        if orgAliases[alias] == nil { orgAliases[alias] = (key, name, pool.countries(c.countries, gazetteer)) }
                    }
                }
                if c.hi - c.lo == 3 {
                    let lead = tokens[c.lo], tail = tokens[c.hi - 1]
                    if lead.wordFlags.contains(.organizationLead), tokens[c.lo + 1].word == WordTable.of,
                       !tail.wordFlags.contains(.organizationHead), gazetteer.phrases.single(tail.word) < 0 {
                        let (key, name) = label(c, scan, pool)
                        orgAliases[scan.text(c.hi - 1)] = (key, name, pool.countries(c.countries, gazetteer))
                    }
                }
                // An abbreviation in brackets after the name, or the name in brackets after it:
                // "Union of Rationalist Atheists and Agnostics (UAAR)", "CEI (Italian Episcopal Conference)".
                var abbreviation = -1
                if c.hi + 2 < tokens.count, tokens[c.hi].word == WordTable.openParen, tokens[c.hi + 2].word == WordTable.closeParen {
                    abbreviation = c.hi + 1
                } else if c.lo >= 2, c.hi < tokens.count, tokens[c.lo - 1].word == WordTable.openParen, tokens[c.hi].word == WordTable.closeParen {
                    abbreviation = c.lo - 2
                }
                if abbreviation >= 0, case let a = tokens[abbreviation], a.isWord, a.isAllCaps || a.flags.contains(.acronym),
                   a.end - a.start >= 2 {
                    let (key, name) = label(c, scan, pool)
                    orgAliases[scan.text(abbreviation)] = (key, name, pool.countries(c.countries, gazetteer))
                }
            }
            // A word named as an organisation by its context: "members of Scientology", "Scientology officials".
            for i in (scan.hasOrganizationContext ? tokens.indices : 0..<0) where tokens[i].isWord && tokens[i].isCapitalized {
                let after = i + 1 < tokens.count ? tokens[i + 1].lower : -1
                let byNext = after == WordTable.officials || after == WordTable.organization || after == WordTable.organisation
                let byMembers = !byNext && i >= 2 && tokens[i - 1].word == WordTable.of
                    && (tokens[i - 2].lower == WordTable.member || tokens[i - 2].lower == WordTable.members)
                // "a Hearthcam spokesperson", "Fetchly's head of policy": a body's people and belongings.
                let byRole = !byNext && !byMembers && i + 1 < tokens.count && tokens[i + 1].isLowercase
                    && Lexicon.companyRoles.contains(scan.text(i + 1))
                let byPossession = !byNext && !byMembers && !byRole && possessed(scan, i)
                guard byNext || byMembers || byRole || byPossession else { continue }
                let t = tokens[i]
                // (A person's name is no body: a given name or a surname the name lists know is left alone.)
                // (Nor is a two-letter word: "IE's users".)
                if (byRole || byPossession) && (!t.wordFlags.isDisjoint(with: [.surname]) || t.end - t.start < 3) { continue }
                guard scan.phraseLength(i) == 0, t.wordFlags.isDisjoint(with: [.stopword, .givenName, .organizationHead, .placeHead]),
                      !t.lowerFlags.contains(.country), !insidePhrase(scan, i) else { continue }
                if i + 1 < tokens.count && tokens[i + 1].isCapitalized { continue }
                if i > 0 && tokens[i - 1].isCapitalized && tokens[i - 1].isWord { continue }
                do {
                    let text = scan.text(i)
                    // (A word already known as a body needs no more looking: the article-wide searches below run once a word.)
                    guard orgAliases[text] == nil else { continue }
                    // A sentence's first word is capitalised anyway: it is a name when it is so mid-sentence too.
                    if t.sentenceStart && (!(byRole || byPossession) || !capitalizedMidSentence(text, perSegment.map(\.scan))) { continue }
                    // "Bramley’s board", "Bramley’s closed 140 shops": a name never seen without its "’s" keeps it.
                    if byPossession, let written = alwaysPossessive(text, perSegment.map(\.scan)) {
                        possessiveNames.insert(text)
                        orgAliases[text] = (Slug.make(written, prefix: "org:"), written, [])
                    } else {
                        orgAliases[text] = (Slug.make(text, prefix: "org:"), text, [])
                    }
                }
            }
        }
        for (k, i) in singles {
            let c = perSegment[k].cands[i]
            let scan = perSegment[k].scan
            // A person the gazetteer knows by this word ("President Putin") keeps the gazetteer's name.
            let known = scan.phraseLength(c.lo) == 1 && gazetteer.phraseInfo[scan.phraseValue(c.lo)].kind == .person
            let (key, name) = known ? (gazetteer.bestID[scan.phraseValue(c.lo)], gazetteer.bestName[scan.phraseValue(c.lo)])
                                    : label(c, scan, pool)
            if known { perSegment[k].cands[i].label = .entry(Int32(scan.phraseValue(c.lo))) }
            let surname = NameKey.surname(name)
            if surnameToPerson[surname] == nil { surnameToPerson[surname] = (key, name) }
            let person = surnameToPerson[surname]!
            register(title: c.title, person.key, person.name, pool.countries(c.countries, gazetteer))
            let countries = pool.countries(c.countries, gazetteer)
            if !countries.isEmpty { personCountries[person.key, default: []].formUnion(countries) }
        }
        // A word known as a person's surname is that person, not an organisation.
        if !orgAliases.isEmpty && !surnameToPerson.isEmpty {
            for alias in orgAliases.keys where surnameToPerson[NameKey.surname(alias)] != nil { orgAliases[alias] = nil }
        }
        var out: [RawMention] = []
        // Surname keys of non-ASCII words (slow to fold), and the sorted countries of each person.
        var surnameMemo: [String: String] = [:]
        var surnameFilter = NameKey.Filter()
        var surnameIndex = SurnameIndex()
        for (key, person) in surnameToPerson {
            surnameFilter.add(key)
            surnameIndex.add(key, person)
        }
        // (Complete here: only the passes above add to `personCountries`.)
        let sortedCountries = personCountries.mapValues { $0.sorted() }
        var buffers = ResolveBuffers()
        for (segment, scan, initial) in perSegment {
            let tokens = scan.tokens
            var cands = initial
            // Title mentions stand for the person named with that title (and country) in the article.
            if scan.titleCount > 0 && cands.contains(where: { $0.form == .title }) {
                cands = cands.compactMap { c in
                    guard c.form == .title else { return c }
                    guard let people = titled[gazetteer.titleGroup[Int(c.title)]] else { return nil }
                    let countries = pool.countries(c.countries, gazetteer)
                    var match = people.filter { !countries.isEmpty && !$0.countries.isEmpty && !Set($0.countries).isDisjoint(with: countries) }
                    if match.isEmpty { match = people.filter { countries.isEmpty || $0.countries.isEmpty } }
                    guard match.count == 1 else { return nil }
                    var d = c
                    d.label = pool.name(match[0].key, match[0].name)
                    return d
                }
            }
            // Surname-only person candidates resolve to the full name seen in the article, which
            // wins over the gazetteer's guess ("Trump" after "Melania Trump").
            if !surnameToPerson.isEmpty {
                for i in cands.indices where cands[i].kind == .person && cands[i].hi - cands[i].lo == 1 && cands[i].form == .name {
                    if let full = scan.surnamePerson(cands[i].lo, filter: surnameFilter, index: surnameIndex, people: surnameToPerson, memo: &surnameMemo) {
                        cands[i].label = pool.name(full.key, full.name)
                    }
                }
            }
            // Two words that begin an organisation's three-word name are that organisation, not a person.
            if !orgPrefixes.isEmpty {
                for i in cands.indices where cands[i].kind == .person && cands[i].hi - cands[i].lo == 2 && cands[i].form == .name {
                    if let org = orgPrefixes[scan.surface(cands[i].lo, cands[i].hi)] {
                        cands[i].kind = .organization
                        cands[i].label = pool.name(org.key, org.name)
                        cands[i].countries = pool.countries(org.countries)
                    }
                }
            }
            // "Kivu Patriotic Alliance (KPA)": the article's own definition of a short name beats the gazetteer's.
            if !orgAliases.isEmpty {
                for i in cands.indices where cands[i].kind == .organization && cands[i].hi - cands[i].lo == 1 && cands[i].form == .name {
                    if let org = orgAliases[scan.text(cands[i].lo)] {
                        cands[i].label = pool.name(org.key, org.name)
                        cands[i].countries = pool.countries(org.countries)
                    }
                }
            }
            // The same two words anywhere, even where no rule proposed a name ("Savannah Link flatly rejected").
            if !orgPrefixes.isEmpty {
                for i in 0..<max(0, tokens.count - 1) where tokens[i].isCapitalized && tokens[i + 1].isCapitalized && tokens[i + 1].isWord {
                    if let org = orgPrefixes[scan.surface(i, i + 2)], i + 2 >= tokens.count || !tokens[i + 2].isCapitalized {
                        cands.append(Candidate(lo: i, hi: i + 2, kind: .organization, form: .name, label: pool.name(org.key, org.name),
                                               countries: pool.countries(org.countries), priority: 1))
                    }
                }
            }
            // A lone capitalised word that is a known surname is that person ("Putin", "Witkoff");
            // a first name shared by one person only is that person too ("Daniel").
            if !surnameToPerson.isEmpty || !firstNames.isEmpty || !orgAliases.isEmpty {
                for (i, t) in tokens.enumerated() where t.isCapitalized && t.isWord {
                    if t.wordFlags.contains(.stopword) { continue }
                    // A hyphenated surname alone ("Osei-Tutu said") is three tokens: look up the three.
                    if !surnameToPerson.isEmpty, i + 2 < tokens.count, tokens[i + 1].word == WordTable.hyphen, !tokens[i + 1].spaceBefore,
                       !tokens[i + 2].spaceBefore, tokens[i + 2].isCapitalized, i == 0 || tokens[i - 1].word != WordTable.hyphen,
                       let full = surnameToPerson[NameKey.surname(scan.surface(i, i + 3))] {
                        cands.append(Candidate(lo: i, hi: i + 3, kind: .person, form: .name, label: pool.name(full.key, full.name),
                                               countries: -1, priority: 5))
                        continue
                    }
                    if !surnameToPerson.isEmpty,
                       let full = scan.surnamePerson(i, filter: surnameFilter, index: surnameIndex, people: surnameToPerson, memo: &surnameMemo) {
                        // The surname of someone this article names in full beats a town of that name
                        // ("Tomás Ibarra ... Ibarra said"), though not a country.
                        cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .name, label: pool.name(full.key, full.name),
                                               countries: -1, priority: t.lowerFlags.contains(.country) ? 1 : 5))
                    } else if t.wordFlags.contains(.givenName), let people = firstNames[scan.text(i)], people.count == 1,
                              i + 1 >= tokens.count || !tokens[i + 1].isCapitalized {
                        cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .name, label: pool.name(people[0].key, people[0].name),
                                               countries: -1, priority: 1))
                    } else if !orgAliases.isEmpty, let org = orgAliases[scan.text(i)], !isWebDomain(scan, i + 1) {
                        let hi = possessiveNames.contains(scan.text(i)) ? possessiveEnd(scan, i) ?? i + 1 : i + 1
                        cands.append(Candidate(lo: i, hi: hi, kind: .organization, form: .name, label: pool.name(org.key, org.name),
                                               countries: pool.countries(org.countries), priority: 1))
                    }
                }
            }
            resolve(cands, &buffers)
            for k in buffers.kept where !cands[k].blocks {
                let c = cands[k]
                let first = tokens[c.lo], last = tokens[c.hi - 1]
                let (key, name) = label(c, scan, pool)
                var countries = pool.countries(c.countries, gazetteer)
                if c.kind == .person {
                    if let sorted = sortedCountries[key] {
                        countries = sorted
                    } else {
                        countries = Set(countries).sorted()
                    }
                }
                out.append(RawMention(
                    kind: c.kind, form: c.form, key: key, name: name, countries: countries,
                    paragraph: segment.index, start: segment.start + Int(first.start), end: segment.start + Int(last.end),
                    text: scan.surface(c.lo, c.hi)))
            }
        }
        // Exactly as long as needed: the appends leave up to twice the room, and a cold open
        // holds every article's mentions until the merge (about 25 MB at 10,000 articles).
        return out.withUnsafeBufferPointer { Array($0) }
    }

    /// Whether token `i` owns one of `Lexicon.companyPossessions` ("Fetchly's head", "Fetchly’s app").
    func possessed(_ scan: Scan, _ i: Int) -> Bool {
        guard let k = possessiveEnd(scan, i) else { return false }
        return k < scan.tokens.count && scan.tokens[k].isLowercase && Lexicon.companyPossessions.contains(scan.text(k))
    }

    /// The token after the "'s" (or bare apostrophe) that follows token `i`, if one does.
    func possessiveEnd(_ scan: Scan, _ i: Int) -> Int? {
        let tokens = scan.tokens
        let k = i + 1
        guard k < tokens.count, !tokens[k].spaceBefore else { return nil }
        switch scan.text(k) {
        case "'s", "’s": return k + 1
        case "'", "’": return k + 1 < tokens.count && scan.text(k + 1) == "s" && !tokens[k + 1].spaceBefore ? k + 2 : k + 1
        default: return nil
        }
    }

    /// Whether `word` stands capitalised somewhere other than at a sentence's start.
    func capitalizedMidSentence(_ word: String, _ scans: [Scan]) -> Bool {
        scans.contains { scan in scan.tokens.indices.contains { scan.tokens[$0].isCapitalized && !scan.tokens[$0].sentenceStart && scan.text($0) == word } }
    }

    /// The name as written with its "’s" when every capitalised `word` of the article has one
    /// ("Bramley’s", "Sainsbury's"); nil when it stands alone anywhere.
    func alwaysPossessive(_ word: String, _ scans: [Scan]) -> String? {
        var written: String? = nil
        for scan in scans {
            for j in scan.tokens.indices where scan.tokens[j].isCapitalized && scan.text(j) == word {
                // ("’s", one token or two; a bare apostrophe is no part of a name.)
                guard let end = possessiveEnd(scan, j), scan.text(end - 1) != "'" && scan.text(end - 1) != "’" else { return nil }
                if written == nil { written = scan.surface(j, end) }
            }
        }
        return written
    }

    /// The Unicode scalars [start, end) of `text`.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        var i = 0
        for s in text.unicodeScalars {
            if i >= end { break }
            if i >= start { view.append(s) }
            i += 1
        }
        return String(view)
    }

    /// The first word of a name when it is a given name (`name.split(separator: " ").first`).
    func givenName(_ name: String) -> String? {
        var name = name
        let ascii: String?? = name.withUTF8 { b -> String?? in
            for c in b where c < 0x20 || c >= 0x7F { return .none }
            var i = 0
            while i < b.count && b[i] == 0x20 { i += 1 }
            let start = i
            while i < b.count && b[i] != 0x20 { i += 1 }
            guard i > start else { return .some(nil) }
            let word = UnsafeBufferPointer(rebasing: b[start..<i])
            guard gazetteer.words.lookup(ascii: word.baseAddress!, count: word.count).1.contains(.givenName) else { return .some(nil) }
            return .some(String(decoding: word, as: UTF8.self))
        }
        if let ascii { return ascii }
        guard let first = name.split(separator: " ").first.map(String.init), gazetteer.isGivenName(first) else { return nil }
        return first
    }

    /// In a line in Title Case (a headline, a heading, a title repeated as the first line) every
    /// word is capitalised, so a run of them joined by a small word is no name by its case alone:
    /// an organisation or place made of capitalised words across "on", "for", "the", ... ("Russia
    /// Expert Groups On the Black Sea", "Secretary of State Marco Rubio on Meet the Press") is kept
    /// only when the article's ordinary sentences have the same words as a name; otherwise the
    /// known names inside it stand ("Russia", "Black Sea"). ("Border Force", "Group F" stand.)
    func dropUnconfirmedTitleCaseNames(_ perSegment: inout [(segment: (index: Int, text: String, start: Int, kind: ParagraphKind), scan: Scan, cands: [Candidate])]) {
        let titleCase = perSegment.map { isHeadlineCase($0.scan) }
        guard titleCase.contains(true) else { return }
        func built(_ c: Candidate) -> Bool {
            switch c.label {
            case .organization, .place, .region: return c.form == .name
            case .named: return c.form == .name && (c.kind == .organization || c.kind == .place)
            default: return false
            }
        }
        var confirmed: Set<String> = []
        for k in perSegment.indices where !titleCase[k] {
            for c in perSegment[k].cands where built(c) { confirmed.insert(perSegment[k].scan.surface(c.lo, c.hi)) }
        }
        for k in perSegment.indices where titleCase[k] {
            let scan = perSegment[k].scan
            perSegment[k].cands = perSegment[k].cands.compactMap { c in
                guard built(c), (c.lo..<c.hi).contains(where: { Self.titleJoiners.contains(scan.text($0).lowercased()) }),
                      !confirmed.contains(scan.surface(c.lo, c.hi)) else { return c }
                // The sentences' name where it starts the run ("Committee on Harbour Safety Warns of ...").
                guard let end = stride(from: c.hi - 1, to: c.lo, by: -1).first(where: { confirmed.contains(scan.surface(c.lo, $0)) }) else { return nil }
                var d = c
                d.hi = end
                return d
            }
        }
    }

    /// A headline in Title Case: at least three capitalised words, and the others only the small
    /// words headlines leave in lower case ("of", "on", "the", "a"). (Stricter than `isTitleCase`,
    /// which the headline's person rule uses: a short sentence dense with names passes that one.)
    func isHeadlineCase(_ scan: Scan) -> Bool {
        var capitalized = 0
        for (k, t) in scan.tokens.enumerated() where t.isWord {
            if t.isCapitalized { capitalized += 1; continue }
            // (A possessive's "s": "Administration’s Pursuit".)
            if k > 0, !t.spaceBefore, scan.text(k) == "s" { continue }
            if t.isLowercase, !Self.headlineSmallWords.contains(scan.text(k)) { return false }
        }
        return capitalized >= 3 && !scan.isShouting
    }

    /// Small words a headline capitalises or not, that join words into a phrase, not a name.
    static let titleJoiners: Set<String> = ["on", "for", "of", "the", "and", "in", "to", "at", "with", "through", "by", "from",
                                            "over", "about", "after", "against", "into", "as"]
    /// The words a Title Case headline leaves in lower case.
    static let headlineSmallWords = titleJoiners.union(["a", "an", "or", "but", "vs"])

    /// A headline in Title Case: at least three capitalised words, and twice as many as lower-case ones.
    func isTitleCase(_ scan: Scan) -> Bool {
        var capitalized = 0, lower = 0
        for t in scan.tokens where t.isWord {
            if t.isCapitalized { capitalized += 1 } else if t.isLowercase { lower += 1 }
        }
        return capitalized >= 3 && capitalized >= 2 * lower && !scan.isShouting
    }

    /// Four or more distinct terms of play across the article.
    func isSportsReport(_ segments: [(segment: (index: Int, text: String, start: Int, kind: ParagraphKind), scan: Scan, cands: [Candidate])]) -> Bool {
        var seen: Set<Int32> = []
        for segment in segments {
            for term in segment.scan.sportsTerms { seen.insert(term) }
            if seen.count >= 4 { return true }
        }
        return false
    }
}
