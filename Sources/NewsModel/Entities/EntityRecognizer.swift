/// A mention found in one article, before entities are merged across the corpus.
struct RawMention: Sendable, Hashable {
    var kind: EntityKind
    var form: MentionForm
    /// Key of the entity within the corpus: a gazetteer id, or "person:<name key>", "org:<slug>", ...
    var key: String
    /// The best name known for it here.
    var name: String
    var countries: [String]
    var paragraph: Int
    var start: Int
    var end: Int
    var text: String
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
    private struct Candidate {
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
    private struct SurnameIndex {
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
    private enum Label {
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
    private struct Pool {
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
    private func label(_ c: Candidate, _ scan: Scan, _ pool: Pool) -> (key: String, name: String) {
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
    private final class Scan {
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
    private struct Match {
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

    private func scan(_ text: String) -> Scan {
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
        // Document-level coreference: surnames (and first names) of people named in full, and the
        // short names of organisations ("Scientology" after "Church of Scientology").
        var surnameToPerson: [String: (key: String, name: String)] = [:]
        var firstNames: [String: [(key: String, name: String)]] = [:]
        var personCountries: [String: Set<String>] = [:]
        var orgAliases: [String: (key: String, name: String, countries: [String])] = [:]
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
                if end - c.lo == 3, tokens[end - 1].wordFlags.contains(.organizationHead),
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
            for i in (scan.hasOrganizationContext ? tokens.indices : 0..<0) where tokens[i].isWord && tokens[i].isCapitalized && !tokens[i].sentenceStart {
                let after = i + 1 < tokens.count ? tokens[i + 1].lower : -1
                let byNext = after == WordTable.officials || after == WordTable.organization || after == WordTable.organisation
                let byMembers = !byNext && i >= 2 && tokens[i - 1].word == WordTable.of
                    && (tokens[i - 2].lower == WordTable.member || tokens[i - 2].lower == WordTable.members)
                guard byNext || byMembers else { continue }
                let t = tokens[i]
                guard scan.phraseLength(i) == 0, t.wordFlags.isDisjoint(with: [.stopword, .givenName, .organizationHead, .placeHead]),
                      !t.lowerFlags.contains(.country), !insidePhrase(scan, i) else { continue }
                if i + 1 < tokens.count && tokens[i + 1].isCapitalized { continue }
                if i > 0 && tokens[i - 1].isCapitalized && tokens[i - 1].isWord { continue }
                do {
                    let text = scan.text(i)
                    if orgAliases[text] == nil { orgAliases[text] = (Slug.make(text, prefix: "org:"), text, []) }
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
                        cands.append(Candidate(lo: i, hi: i + 1, kind: .organization, form: .name, label: pool.name(org.key, org.name),
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
        return out
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
    private func givenName(_ name: String) -> String? {
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

    /// A headline in Title Case: at least three capitalised words, and twice as many as lower-case ones.
    private func isTitleCase(_ scan: Scan) -> Bool {
        var capitalized = 0, lower = 0
        for t in scan.tokens where t.isWord {
            if t.isCapitalized { capitalized += 1 } else if t.isLowercase { lower += 1 }
        }
        return capitalized >= 3 && capitalized >= 2 * lower && !scan.isShouting
    }

    /// Four or more distinct terms of play across the article.
    private func isSportsReport(_ segments: [(segment: (index: Int, text: String, start: Int, kind: ParagraphKind), scan: Scan, cands: [Candidate])]) -> Bool {
        var seen: Set<Int32> = []
        for segment in segments {
            for term in segment.scan.sportsTerms { seen.insert(term) }
            if seen.count >= 4 { return true }
        }
        return false
    }

    // MARK: - Candidates

    private func candidates(_ scan: Scan, allCaps: Bool, _ pool: inout Pool) -> [Candidate] {
        let words = gazetteer.words
        let tokens = scan.tokens
        var cands: [Candidate] = []
        let n = tokens.count
        for i in 0..<n {
            let t = tokens[i]
            guard t.isWord || t.flags.contains(.handle) else { continue }
            // Gazetteer phrases.
            if t.isCapitalized, scan.phraseLength(i) > 0, case let info = gazetteer.phraseInfo[scan.phraseValue(i)], info.hasBest {
                let value = scan.phraseValue(i)
                let len = scan.phraseLength(i)
                let form = info.form
                let single = len == 1
                // "US$ 20,000" is money, not the country.
                let currency = i + len < n && (tokens[i + len].word == WordTable.dollar || tokens[i + len].word == WordTable.euro)
                    && !tokens[i + len].spaceBefore
                let skip = currency || single && (t.sentenceStart && t.wordFlags.contains(.stopword)) || isWebDomain(scan, i + len)
                if !skip && !(allCaps && !t.flags.contains(.acronym)) {
                    // "The Guardian", "The Globe and Mail": the article is not part of the mention.
                    let lo = len >= 2 && t.word == WordTable.theCapital ? i + 1 : i
                    // "the Lombardy region": nor is a lower-case region word after the name.
                    var hi = i + len
                    if hi - lo >= 2 && tokens[hi - 1].isLowercase && tokens[hi - 1].wordFlags.contains(.regionWord) { hi -= 1 }
                    cands.append(Candidate(lo: lo, hi: hi, kind: info.kind, form: form, label: .entry(Int32(value)),
                                           countries: Pool.phraseCountries(value), priority: form == .demonym ? 2 : 4))
                    // "East Los Angeles", "North London": a compass point before a place names a part of it.
                    if info.kind == .place, form == .name, i > 0, tokens[i - 1].isCapitalized,
                       case let w = scan.text(i - 1), w == "East" || w == "West" || w == "North" || w == "South" {
                        cands.append(Candidate(lo: i - 1, hi: hi, kind: .place, form: .name, label: .place,
                                               countries: Pool.phraseCountries(value), priority: 3))
                    }
                }
            }
            if allCaps { continue }
            // Titles followed by a name: "Foreign Minister Sergey Lavrov", "spokesman Dmitry Peskov".
            if scan.titleLength(i) > 0 {
                let titleValue = scan.matches[i].titleValue
                let honorific = gazetteer.titles.values[Int(titleValue)].honorific
                var start = i + scan.titleLength(i)
                var countries: Int32 = honorific ? -1 : pool.country(affiliation(tokens, before: i), gazetteer.words)
                // "Ambassador to the United States Hamdullah Mohib", "Minister of Defence X".
                if start + 1 < n, tokens[start].word == WordTable.to || tokens[start].word == WordTable.of || tokens[start].word == WordTable.for_ {
                    var k = start + 1
                    if k < n && tokens[k].word == WordTable.the { k += 1 }
                    // A demonym there qualifies a noun ("Chairman of the Australian Centre for ..."), it is no body.
                    if k < n, scan.phraseLength(k) > 0, case let info = gazetteer.phraseInfo[scan.phraseValue(k)], info.hasBest,
                       info.form == .name, info.kind == .country || info.kind == .organization {
                        start = k + scan.phraseLength(k)
                        if countries == -1 { countries = Pool.phraseCountries(scan.phraseValue(k)) }
                    }
                }
                // Stacked titles ("spokesman Commodore Rafael Dimaculangan", "Minister Dr. X"): the name follows the last.
                while start < n, tokens[start].isCapitalized, scan.titleLength(start) > 0, start + scan.titleLength(start) < n {
                    start += scan.titleLength(start)
                }
                let nameEnd = nameSpan(tokens, from: start)
                // "its official WeChat account": a lower-case title word before a name that qualifies a
                // channel is an adjective, and the name is no person.
                let qualifies = t.isLowercase && nameEnd == start + 1 && nameEnd < n && tokens[nameEnd].isLowercase
                    && Lexicon.channelNouns.contains(scan.text(nameEnd))
                if nameEnd > start && !qualifies {
                    cands.append(Candidate(lo: start, hi: nameEnd, kind: .person, form: .name, label: .person, countries: countries,
                                           priority: 6, title: titleValue))
                } else if !honorific, let mention = titleMention(scan, at: i, end: start) {
                    // "the Kremlin spokesman", "the US president", "Russia's foreign minister": a title that stands
                    // for a person; it is resolved (or dropped) once the article's titled people are known.
                    cands.append(Candidate(lo: i, hi: mention, kind: .person, form: .title, label: .blocking, countries: countries,
                                           priority: 1, title: titleValue))
                }
            }
            // A given name followed by more name words: "Kirill Dmitriev".
            if t.isCapitalized, t.wordFlags.contains(.givenName), !(t.sentenceStart && t.wordFlags.contains(.stopword)),
               !insidePhrase(scan, i) {
                let end = nameSpan(tokens, from: i)
                var wordCount = 0
                for k in i..<max(i, end) where tokens[k].isWord { wordCount += 1 }
                if wordCount >= 2 && !isPlaceOrOrg(scan, i + 1) {
                    // An unknown capitalised word just before the given name is a first name too
                    // ("Hernan Dario Gomez"), when nothing else claims it.
                    let lo = wordCount <= 3 && i > 0 && leadsName(scan, i - 1) ? i - 1 : i
                    cands.append(Candidate(lo: lo, hi: end, kind: .person, form: .name, label: .person,
                                           countries: pool.country(affiliation(tokens, before: lo), gazetteer.words), priority: 5))
                }
            }
            // Handles: "@generalkellogg".
            if t.flags.contains(.handle), scan.text(i).count > 1 {
                cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .handle, label: .handle, countries: -1, priority: 3))
            }
            // "Kursk region", "Sumy Oblast".
            if t.isCapitalized, i + 1 < n, tokens[i + 1].wordFlags.contains(.regionWord), !t.wordFlags.contains(.stopword) {
                let value = gazetteer.phrases.single(t.word)
                let country = value < 0 ? nil : gazetteer.placeCountry[Int(value)]
                // Inside a longer capitalised name ("Irving Independent School District") the pair is no region.
                let inRun = i > 0 && tokens[i - 1].isCapitalized && tokens[i - 1].isWord && !tokens[i].sentenceStart
                if tokens[i + 1].isCapitalized && (country != nil || !inRun) {
                    cands.append(Candidate(lo: i, hi: i + 2, kind: .place, form: .name, label: .region,
                                           countries: pool.countries(country.map { [$0] } ?? []), priority: 5))
                } else if !tokens[i + 1].isCapitalized, country != nil {
                    // "the Kursk region": the name is "Kursk"; the lower-case word is no part of it.
                    cands.append(Candidate(lo: i, hi: i + 1, kind: .place, form: .name, label: .region,
                                           countries: pool.countries(country.map { [$0] } ?? []), priority: 5))
                }
            }
        }
        if !allCaps {
            capitalizedRuns(scan, into: &cands, &pool)
            dateline(scan, into: &cands, &pool)
        }
        return cands
    }

    /// A wire dateline opens a paragraph with its place in capitals before a comma or a dash:
    /// "NAIROBI, Kenya --", "THE HAGUE, Feb 11 (Reuters) -", "TORONTO --". The place is the
    /// gazetteer's when its name in title case is one, else an unknown place.
    private func dateline(_ scan: Scan, into cands: inout [Candidate], _ pool: inout Pool) {
        let tokens = scan.tokens
        var k = 0
        while k < min(tokens.count, 4), tokens[k].isWord, tokens[k].flags.contains(.allUpper),
              scan.text(k).unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 { k += 1 }
        guard k > 0, k < tokens.count else { return }
        // The dash that ends a dateline stands apart ("NAIROBI, Kenya -- Kenyan ..."), within a few words.
        // ("--" may be two tokens.)
        func dashPart(_ j: Int) -> Bool { ["--", "-", "—", "–", "―"].contains(scan.text(j)) }
        func isDash(_ j: Int) -> Bool {
            guard dashPart(j), tokens[j].spaceBefore else { return false }
            var e = j + 1
            while e < tokens.count && dashPart(e) && !tokens[e].spaceBefore { e += 1 }
            return e >= tokens.count || tokens[e].spaceBefore
        }
        let next = scan.text(k)
        guard (next == "," && !tokens[k].spaceBefore && (k + 1..<min(tokens.count, k + 9)).contains(where: isDash)) || isDash(k) else { return }
        let words = (0..<k).map { j -> String in
            let w = scan.text(j)
            return w.prefix(1) + w.dropFirst().lowercased()
        }
        let ids = words.map { gazetteer.words.id($0) }
        if !ids.contains(-1), let match = gazetteer.phrases.longestMatch(from: 0, count: k, word: { ids[$0] }), match.length == k,
           case let info = gazetteer.phraseInfo[Int(match.value)], info.hasBest, info.form == .name, info.kind == .place || info.kind == .country {
            cands.append(Candidate(lo: 0, hi: k, kind: info.kind, form: .name, label: .entry(match.value),
                                   countries: Pool.phraseCountries(Int(match.value)), priority: 7))
        } else {
            let name = words.joined(separator: " ")
            cands.append(Candidate(lo: 0, hi: k, kind: .place, form: .name, label: pool.name(Slug.make(name, prefix: "place/"), name),
                                   countries: -1, priority: 7))
        }
    }

    /// Whether token `i` lies inside a capitalised gazetteer phrase that starts before it ("Angeles" in "Los Angeles").
    private func insidePhrase(_ scan: Scan, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && j >= i - 4 {
            if scan.phraseLength(j) > i - j && scan.tokens[j].isCapitalized { return true }
            j -= 1
        }
        return false
    }

    /// Whether token `k`, just before a given name, is an unknown first name ("Hernan" in "Hernan Dario
    /// Gomez"): a capitalised word no lexicon knows (or a surname), not at a sentence start, and not
    /// itself after another capitalised word.
    private func leadsName(_ scan: Scan, _ k: Int) -> Bool {
        let t = scan.tokens[k]
        guard t.isWord, t.isCapitalized, !t.sentenceStart, !t.isAllCaps, !t.isInitial,
              t.word < 0 || t.wordFlags.contains(.surname),
              t.wordFlags.isDisjoint(with: [.stopword, .placeHead, .organizationHead, .organizationLead, .regionWord, .nameParticle, .connector]),
              !t.lowerFlags.contains(.country), !t.lowerFlags.contains(.titleStart), scan.phraseLength(k) == 0, !insidePhrase(scan, k)
        else { return false }
        // After punctuation ("After the match, Hernan Dario Gomez"): after a word it may well qualify the
        // name ("featuring Scientologist Tom Cruise").
        return k > 0 && !scan.tokens[k - 1].isWord
    }

    /// Whether tokens from `j` are ".org", ".com"... glued to the word before: a web site, not a mention.
    private func isWebDomain(_ scan: Scan, _ j: Int) -> Bool {
        let tokens = scan.tokens
        guard j + 1 < tokens.count, tokens[j].word == WordTable.period, !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
              tokens[j + 1].isLowercase else { return false }
        return Lexicon.webDomains.contains(scan.text(j + 1))
    }

    /// Where a title mention starting at `i` ends, when the title stands for a person ("the Kremlin
    /// spokesman", "the US president", "Russia's foreign minister", "US President"); nil when it does not
    /// (no determiner or country before it, a plural, a deputy or former holder, or a title of something
    /// unnamed: "the president of the club"). `end` is where a name after it would have started.
    private func titleMention(_ scan: Scan, at i: Int, end: Int) -> Int? {
        let tokens = scan.tokens
        let hi = i + scan.titleLength(i)
        guard i > 0 else { return nil }
        if end == hi, hi < tokens.count {
            let w = tokens[hi].word
            if w == WordTable.of || w == WordTable.for_ || w == WordTable.to || w == WordTable.at { return nil }
        }
        // Part of a longer title ("Vice President"), or another holder of it.
        if scan.titleLength(i - 1) > 1 { return nil }
        if gazetteer.otherHolder.contains(tokens[i - 1].lower) { return nil }
        if gazetteer.titles.values[Int(scan.matches[i].titleValue)].plural { return nil }
        let p = tokens[i - 1]
        if p.lower == WordTable.the || p.word == WordTable.s || (p.isCapitalized && gazetteer.words.hasCountry(p.lower)) { return hi }
        if i >= 2, tokens[i - 2].lower == WordTable.the, p.isCapitalized, p.isWord { return hi }
        return nil
    }

    private func isPlaceOrOrg(_ scan: Scan, _ i: Int) -> Bool {
        guard i < scan.count, scan.phraseLength(i) > 0 else { return false }
        return gazetteer.phraseInfo[scan.phraseValue(i)].countryOrOrganization
    }

    /// Where a personal name starting at `from` ends: capitalised words, initials, hyphenated
    /// parts and particles, at most five tokens.
    private func nameSpan(_ tokens: [WordToken], from: Int) -> Int {
        var j = from
        var count = 0
        while j < tokens.count && count < 5 {
            let t = tokens[j]
            if t.isInitial || (t.isCapitalized && t.isWord && !t.wordFlags.contains(.stopword) && !t.isAllCaps) {
                if count > 0 && t.sentenceStart { break }
                // A head word makes the run a place or an organisation ("Centre", "Kennedy Airport"), except a
                // common surname ending a three-word name ("Marc Lamont Hill") with no more name after it.
                if !t.wordFlags.isDisjoint(with: count > 0 ? [.placeHead, .organizationHead, .regionWord] : [.organizationHead, .regionWord]) {
                    let next = j + 1 < tokens.count ? tokens[j + 1] : nil
                    if count >= 2 && t.wordFlags.contains(.surnameHead) && !t.wordFlags.contains(.organizationHead)
                        && tokens[from].wordFlags.contains(.givenName) && !(next?.isCapitalized ?? false) {
                        j += 1
                        break
                    }
                    return from
                }
                j += 1
                count += 1
                continue
            }
            if t.word == WordTable.hyphen && !t.spaceBefore && j + 1 < tokens.count && !tokens[j + 1].spaceBefore && tokens[j + 1].isWord && count > 0 {
                // "Jean-Luc" and "Lung-bin" join; "Putin-Witkoff" (two people) is split later by coreference.
                // A longer lower-case word is no name part ("a Booker Prize-winner").
                if tokens[j + 1].isLowercase {
                    if tokens[j + 1].end - tokens[j + 1].start > 3 { break }
                    j += 2
                    continue
                }
                j += 1
                continue
            }
            if t.wordFlags.contains(.nameParticle) && count > 0 && j + 1 < tokens.count && tokens[j + 1].isCapitalized {
                j += 1
                continue
            }
            break
        }
        // Never end on a particle or hyphen, nor keep a trailing initial alone.
        // ("Lung-bin" keeps its particle: it is glued to the name by the hyphen.)
        while j > from && (tokens[j - 1].word == WordTable.hyphen || tokens[j - 1].wordFlags.contains(.nameParticle)) {
            if j - 2 > from && tokens[j - 2].word == WordTable.hyphen && !tokens[j - 1].spaceBefore && !tokens[j - 2].spaceBefore
                && tokens[j - 1].isLowercase { break }
            j -= 1
        }
        return j
    }

    /// The country named just before a title ("Russian Foreign Minister", "Ukraine's President"):
    /// its index in `WordTable.countries`, or -1.
    private func affiliation(_ tokens: [WordToken], before i: Int) -> Int32 {
        let words = gazetteer.words
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 3 {
            let w = tokens[k].word
            if w == WordTable.apostrophe || w == WordTable.rightQuote || w == WordTable.s { k -= 1; continue }
            let country = words.countryIndex(tokens[k].lower)
            if country >= 0, tokens[k].isCapitalized { return country }
            if !tokens[k].isCapitalized { break }
            k -= 1
            steps += 1
        }
        return -1
    }

    /// Runs of capitalised words classified as organisations or places (by their head word),
    /// people (by given names, surnames or a reporting verb next to them), or names of other
    /// things that hide the entities inside them ("Fan Expo Canada", "Google Science Fair").
    private func capitalizedRuns(_ scan: Scan, into out: inout [Candidate], _ pool: inout Pool) {
        let tokens = scan.tokens
        let n = tokens.count
        func capital(_ u: WordToken) -> Bool { u.isWord && (u.isCapitalized || u.isAllCaps || u.flags.contains(.numberWithLetter)) }
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.isWord && (t.isCapitalized || t.isAllCaps) else { i += 1; continue }
            var j = i + 1
            while j < n {
                let u = tokens[j]
                if capital(u) && !u.sentenceStart { j += 1; continue }
                if u.isInitial { j += 1; continue }
                if u.wordFlags.contains(.connector) && j + 1 < n {
                    // "Bank of England", "Daughters of the American Revolution"
                    var k = j + 1
                    if tokens[k].word == WordTable.the && k + 1 < n { k += 1 }
                    // ("... Court of Cassation on July 8": a date is no part of the name.)
                    if tokens[k].isCapitalized && tokens[k].isWord
                        && (!tokens[k].wordFlags.contains(.stopword) || tokens[k].wordFlags.contains(.nameModifier)
                            || (k + 1 < n && tokens[k + 1].isCapitalized && tokens[k + 1].isWord)) { j = k; continue }
                }
                if u.word == WordTable.hyphen && !u.spaceBefore && j + 1 < n && !tokens[j + 1].spaceBefore && tokens[j + 1].isCapitalized { j += 1; continue }
                // "Aviators' Union", "Workers' Party", "Patients' Voice Alliance": a plural possessive before
                // capitalised words that end in an organisation word (one or two of them before it).
                if !u.isWord, !u.spaceBefore, j + 1 < n, tokens[j + 1].isCapitalized,
                   (j + 1..<min(n, j + 4)).prefix(while: { tokens[$0].isCapitalized && tokens[$0].isWord }).contains(where: { tokens[$0].wordFlags.contains(.organizationHead) }),
                   case let mark = scan.text(j), mark == "'" || mark == "’", scan.text(j - 1).hasSuffix("s") { j += 1; continue }
                break
            }
            var lo = i
            // A name that ends in an organisation or place word may open with a modifier ("Supreme Court",
            // "National Science Foundation"); otherwise a sentence-initial function word is not part of
            // the name ("The", "In", "According").
            let headed = !tokens[j - 1].wordFlags.isDisjoint(with: [.organizationHead, .placeHead]) || orgByConnector(tokens, i, j)
            while lo < j {
                let f = tokens[lo].wordFlags
                guard f.contains(.stopword) && !f.contains(.organizationHead) && !f.contains(.organizationLead) else { break }
                if headed && f.contains(.nameModifier) && lo + 1 < j { break }
                lo += 1
            }
            while lo < j && tokens[lo].wordFlags.contains(.connector) { lo += 1 }
            if lo < j { classifyRun(scan, lo: lo, hi: j, into: &out, &pool) }
            i = max(j, i + 1)
        }
    }

    /// Whether tokens [lo, hi) hold an organisation word followed by "of", "for" or "on" and more of the
    /// name: "Massachusetts Institute of Technology", "Centre for Control of Iodine Deficiency Disorders",
    /// "Joint Council for the Welfare of Immigrants".
    private func orgByConnector(_ tokens: [WordToken], _ lo: Int, _ hi: Int) -> Bool {
        // Not when it ends in a demonym: that qualifies what comes next ("Council on American - Islamic ...").
        if hi > lo, tokens[hi - 1].lowerFlags.contains(.country), case let v = gazetteer.phrases.single(tokens[hi - 1].word), v >= 0,
           gazetteer.phraseInfo[Int(v)].form == .demonym { return false }
        var k = lo
        while k + 2 < hi {
            if !tokens[k].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead]) && tokens[k].isCapitalized {
                let w = tokens[k + 1].word
                if w == WordTable.of || w == WordTable.for_ || w == WordTable.on { return true }
            }
            k += 1
        }
        return false
    }

    /// A country's name as it reads after "of": "the Philippines", "the United Kingdom", "France".
    static func withArticle(_ country: String) -> String {
        let plural = country.hasSuffix("s") && !["Laos", "Belarus", "Cyprus", "Mauritius", "Barbados", "Honduras"].contains(country)
        let compound = ["United ", "Republic", "Kingdom", "Federation", "Emirates", "Union"].contains { country.contains($0) }
        return plural || compound ? "the " + country : country
    }

    private func isTitle(_ scan: Scan, _ k: Int) -> Bool {
        scan.titleLength(k) > 0 && scan.tokens[k].isCapitalized
    }

    private func classifyRun(_ scan: Scan, lo: Int, hi: Int, into out: inout [Candidate], _ pool: inout Pool) {
        let words = gazetteer.words
        let tokens = scan.tokens
        if let kind = kindByNoun(scan, lo: lo, hi: hi) {
            let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
            let name = scan.name(lo, hi)
            out.append(Candidate(lo: lo, hi: hi, kind: kind, form: .name,
                                 label: kind == .place ? .place : pool.name("org:" + Slug.make(name), name),
                                 countries: pool.countries(country.map { [$0] } ?? []), priority: 4, byNoun: kind == .organization))
            return
        }
        // "Fenwick & Marsh", "Procter & Gamble": an ampersand joins one company's name.
        if let amp = (lo + 1..<hi).first(where: { tokens[$0].word == WordTable.ampersand }), amp + 1 < hi, hi - lo <= 6,
           scan.phraseLength(lo) < hi - lo {
            let name = scan.name(lo, hi)
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: pool.name("org:" + Slug.make(name), name),
                                 countries: -1, priority: 3))
            return
        }
        // "and" lists names: "Russia and Ukraine", "Jean-Luc Moreau and J.D. Vance" are read one by one.
        if let and = (lo..<hi).first(where: { tokens[$0].word == WordTable.and || tokens[$0].word == WordTable.ampersand }) {
            // ... except inside "Union of Rationalist Atheists and Agnostics": after "Lead of ...", one or two
            // more unknown words with no head of their own belong to the same name.
            if and - lo >= 3, tokens[lo].wordFlags.contains(.organizationLead), tokens[lo + 1].word == WordTable.of,
               (1...2).contains(hi - and - 1), (and + 1..<hi).allSatisfy({ k in
                   tokens[k].isCapitalized && scan.phraseLength(k) == 0 && !insidePhrase(scan, k)
                       && tokens[k].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead, .placeHead, .stopword])
                       && !tokens[k].lowerFlags.contains(.country)
               }) {
                let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization,
                                     countries: pool.countries(country.map { [$0] } ?? []), priority: 2))
                return
            }
            if and > lo { classifyRun(scan, lo: lo, hi: and, into: &out, &pool) }
            var next = and + 1
            if next < hi && tokens[next].word == WordTable.the { next += 1 }
            if next < hi { classifyRun(scan, lo: next, hi: hi, into: &out, &pool) }
            return
        }
        // "Dr. Kerry-Ann Lockhart of the Caribbean Ocean Science Centre": a person's name, then the body
        // they belong to; neither is part of the other.
        if hi - lo >= 4, let of = (lo + 2..<hi).first(where: { tokens[$0].word == WordTable.of }), of + 1 < hi {
            let title = scan.titleLength(lo) > 0 ? scan.titleLength(lo) : 0
            let first = lo + title
            let nameWords = first..<of
            let capitals = nameWords.filter { tokens[$0].isWord }.count
            if (1...3).contains(capitals), nameWords.count <= 5,
               nameWords.allSatisfy({ !tokens[$0].isWord || (tokens[$0].isCapitalized && tokens[$0].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead, .placeHead, .stopword]) && !tokens[$0].lowerFlags.contains(.country)) }),
               tokens[first].isWord, tokens[of - 1].isWord, capitals >= 2 || title > 0,
               title > 0 || tokens[first].wordFlags.contains(.givenName) || (lo > 0 && Lexicon.personNouns.contains(scan.text(lo - 1))) {
                classifyRun(scan, lo: lo, hi: of, into: &out, &pool)
                var next = of + 1
                if next < hi && tokens[next].word == WordTable.the { next += 1 }
                if next < hi { classifyRun(scan, lo: next, hi: hi, into: &out, &pool) }
                return
            }
        }
        var lo = lo
        // Titles lead into names but are not part of them ("President Donald Trump").
        while lo < hi, scan.titleLength(lo) > 0, lo + scan.titleLength(lo) <= hi {
            let len = scan.titleLength(lo)
            let heads = !tokens[hi - 1].wordFlags.isDisjoint(with: [.organizationHead, .placeHead]) || orgByConnector(tokens, lo + len, hi)
            if !heads {
                lo += len
                // "CEO of the Refugee Council": the title's "of the" goes with it.
                while lo < hi && tokens[lo].wordFlags.contains(.connector) { lo += 1 }
                continue
            }
            // "Director of the Second CIS Department": the title and its "of the" go, the body stays.
            var k = lo + len
            guard k < hi, tokens[k].word == WordTable.of else { break }
            k += 1
            if k < hi && tokens[k].word == WordTable.the { k += 1 }
            guard k < hi else { break }
            lo = k
        }
        guard lo < hi else { return }
        let count = hi - lo
        let headFlags = tokens[hi - 1].wordFlags
        let leadsOrg = count >= 3 && tokens[lo].wordFlags.contains(.organizationLead) && tokens[lo + 1].word == WordTable.of
        // "Refugee Council Enver Solomon told": an organisation and the person speaking for it, side by side.
        if count >= 4, let k = (lo + 1..<hi - 2).last(where: { tokens[$0].wordFlags.contains(.organizationHead) }),
           (k + 1..<hi).allSatisfy({ tokens[$0].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead, .placeHead, .connector, .stopword])
               && tokens[$0].isCapitalized && scan.phraseLength($0) == 0 }),
           tokens[k + 1].wordFlags.contains(.givenName) || (hi < tokens.count && Lexicon.reportingVerbs.contains(scan.text(hi))) {
            classifyRun(scan, lo: lo, hi: k + 1, into: &out, &pool)
            out.append(Candidate(lo: k + 1, hi: hi, kind: .person, form: .name, label: .person, countries: -1, priority: 3))
            return
        }
        // "Irving, Texas", "from Mountain View, California": a town named with its region or country.
        if count <= 3, lo > 0, hi + 1 < tokens.count, tokens[hi].word == WordTable.comma, scan.phraseLength(hi + 1) > 0,
           case let info = gazetteer.phraseInfo[scan.phraseValue(hi + 1)], info.form == .name, info.kind == .place || info.kind == .country,
           case let before = tokens[lo - 1].lower, before == WordTable.in_ || before == WordTable.from || before == WordTable.at || before == WordTable.near,
           (lo..<hi).allSatisfy({ tokens[$0].wordFlags.isDisjoint(with: [.organizationHead, .stopword]) && !tokens[$0].lowerFlags.contains(.country) }) {
            out.append(Candidate(lo: lo, hi: hi, kind: .place, form: .name, label: .place,
                                 countries: Pool.phraseCountries(scan.phraseValue(hi + 1)), priority: 2))
            return
        }
        // "Team Estonia", "Group G": a side and a group of a tournament.
        if count >= 2, tokens[lo].word == WordTable.team, scan.phraseLength(lo + 1) == count - 1,
           let country = gazetteer.countryEntry[scan.phraseValue(lo + 1)] {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization,
                                 countries: pool.countries([country]), priority: 2))
            return
        }
        if count == 2, tokens[lo].word == WordTable.group, tokens[hi - 1].end - tokens[hi - 1].start == 1, tokens[hi - 1].isCapitalized {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization, countries: -1, priority: 2))
            return
        }
        let schoolDistrict = count >= 2 && tokens[hi - 1].word == WordTable.district && tokens[hi - 2].word == WordTable.school
        // "Doctor Who Society of Canada": the organisation, with the country named after it.
        if let ofIndex = (lo..<hi).first(where: { tokens[$0].word == WordTable.of }) {
            let of = ofIndex - lo
            let k = lo + of + 1
            if of >= 2, tokens[lo + of - 1].wordFlags.contains(.organizationHead), k < scan.count, scan.phraseLength(k) > 0,
               k + scan.phraseLength(k) == hi, let country = gazetteer.countryEntry[scan.phraseValue(k)] {
                out.append(Candidate(lo: lo, hi: lo + of, kind: .organization, form: .name, label: .organization,
                                     countries: pool.countries([country]), priority: 2))
                return
            }
        }
        // Organisations by their head word; government bodies get their country.
        if headFlags.contains(.organizationHead) || leadsOrg || schoolDistrict || orgByConnector(tokens, lo, hi) || (lo..<hi).contains(where: {
            let w = tokens[$0].word
            return w == WordTable.ministry || w == WordTable.agency || w == WordTable.department
        }) {
            // A government body needs a country named first ("Russian Foreign Ministry").
            var countries: [String] = []
            var body: String? = nil
            if let id = words.country(tokens[lo].lower) {
                countries = [id]
                var bodyWords = (lo + 1..<hi).map { scan.text($0) }
                if bodyWords.first == "'" || bodyWords.first == "’" { bodyWords = Array(bodyWords.dropFirst(2)) }
                body = Lexicon.governmentBodies[bodyWords.joined(separator: " ")]
            }
            if let body, let country = countries.first, let countryName = gazetteer.countryNames[country] {
                let name = "\(body) of \(Self.withArticle(countryName))"
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: pool.name("org:" + Slug.make(name), name),
                                     countries: pool.countries(countries), priority: 3))
            } else if count >= 2 {
                // An unknown organisation; a country or demonym in it gives its country.
                let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization,
                                     countries: pool.countries(country.map { [$0] } ?? []), priority: 2))
            }
            return
        }
        if count >= 2 && headFlags.contains(.placeHead) {
            let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
            out.append(Candidate(lo: lo, hi: hi, kind: .place, form: .name, label: .place,
                                 countries: pool.countries(country.map { [$0] } ?? []), priority: 2))
            return
        }
        // People: two or three name-like words with evidence.
        if (2...3).contains(count) {
            let nameLike = (lo..<hi).allSatisfy { k in
                let t = tokens[k]
                let f = t.wordFlags
                return !f.contains(.stopword) && !t.lowerFlags.contains(.country) && t.isCapitalized
                    && !t.flags.contains(.allUpper) && !f.contains(.placeHead)
            } && !(lo..<hi).contains(where: { isTitle(scan, $0) })
            let known = scan.phraseLength(lo) > 0 && scan.phraseLength(lo) >= count
            if nameLike && !known {
                let next = hi < tokens.count ? scan.text(hi) : ""
                let next2 = hi + 1 < tokens.count ? scan.text(hi + 1) : ""
                let prev = lo > 0 ? scan.text(lo - 1) : ""
                // A verb right after the name ("Nacer Chadli replaced", "Sassi scored") makes it a doer.
                let verbNext = next.count >= 4 && next.first?.isLowercase == true && (next.hasSuffix("ed") || Lexicon.reportingVerbs.contains(next))
                // Apposition: "Nunzio Galantino, has called", "Jane Roe, who ...", "John Doe, the ...".
                let context = verbNext || (next == "," && ["who", "whose", "the", "a", "an", "has", "had", "is", "was", "said", "says", "told"].contains(next2))
                    || ["by", "with", "said", "told", "says"].contains(prev) || Lexicon.personNouns.contains(prev)
                    // "Its spokesman, Davies Mumba, described ...": set off after a role, or before a reporting verb.
                    || (next == "," && Lexicon.reportingVerbs.contains(next2))
                    || (prev == "," && lo >= 2 && Lexicon.personNouns.contains(scan.text(lo - 2)) && next == ",")
                    // "Mercy Kirui on Friday denied": a day between the name and its verb.
                    || (next == "on" && Lexicon.weekdays.contains(next2) && hi + 2 < tokens.count
                        && Lexicon.reportingVerbs.contains(scan.text(hi + 2)))
                let evidence = tokens[lo].wordFlags.contains(.givenName) || context || tokens[lo].isInitial
                    || (tokens[hi - 1].wordFlags.contains(.surname) && scan.text(lo).count <= 3)
                if evidence {
                    out.append(Candidate(lo: lo, hi: hi, kind: .person, form: .name, label: .person, countries: -1, priority: 2))
                    return
                }
            }
        }
        // Otherwise a longer name that contains known names hides them ("Fan Expo Canada 2016").
        guard count >= 2 else { return }
        var containsKnown = false, joined = false, titled = false, unknown = false
        for k in lo..<hi {
            let t = tokens[k]
            let f = t.wordFlags
            let known = scan.phraseLength(k) > 0
            let title = isTitle(scan, k)
            if known { containsKnown = true }
            if f.contains(.connector) { joined = true }
            if title { titled = true }
            if t.isWord && !f.contains(.stopword) && !known && !f.contains(.connector) && !t.lowerFlags.contains(.country) && !title {
                unknown = true
            }
        }
        if containsKnown && unknown && !joined && !titled {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .blocking, countries: -1, priority: 0, blocks: true))
        }
    }

    /// The kind a lower-case noun right before an unknown name gives it: "the newspaper De
    /// Telegraaf", "research firm Peilpunt" (an organisation); "the fishing town of Masinloc"
    /// (a place). Not for a known name, a title, a person's given name, a day or a month.
    private func kindByNoun(_ scan: Scan, lo: Int, hi: Int) -> EntityKind? {
        let tokens = scan.tokens
        guard hi - lo <= 5, lo >= 1 || hi - lo == 1 else { return nil }
        // (The word before first: most runs have no such noun, and the rest is not looked at.)
        var kind: EntityKind? = nil
        if lo >= 1, tokens[lo - 1].isLowercase, Lexicon.organizationNouns.contains(scan.text(lo - 1)) {
            kind = .organization
        } else if hi - lo == 1, lo >= 2, tokens[lo - 1].word == WordTable.comma, hi < tokens.count, tokens[hi].word == WordTable.comma,
                  tokens[lo - 2].isLowercase, Lexicon.organizationNouns.contains(scan.text(lo - 2)) {
            // "his restaurant, Fiamma, was": one unknown word set off by commas after the noun.
            kind = .organization
        } else if hi - lo == 1, tokens[lo].flags.contains(.allUpper), (3...5).contains(tokens[lo].end - tokens[lo].start), hi < tokens.count,
                  ["'s", "’s", "'", "’"].contains(scan.text(hi)) || Lexicon.organizationRoles.contains(scan.text(hi)) {
            // "APD's own data", "APD spokesman Leon Ortiz": an unknown acronym that owns something or has a spokesman.
            kind = .organization
        } else if lo >= 2, tokens[lo - 1].word == WordTable.of, tokens[lo - 2].isLowercase, Lexicon.placeNouns.contains(scan.text(lo - 2)),
                  tokens[hi - 1].wordFlags.isDisjoint(with: [.organizationHead]) {
            kind = .place
        }
        guard let kind, scan.phraseLength(lo) < hi - lo, !isTitle(scan, lo), !tokens[lo].wordFlags.contains(.givenName),
              !(lo..<hi).contains(where: { Lexicon.weekdays.contains(scan.text($0)) || Lexicon.months.contains(scan.text($0)) }),
              // ("Comic Corps of Canada": the country after "of" is its own mention.)
              !(lo + 1..<hi).contains(where: { tokens[$0 - 1].word == WordTable.of && tokens[$0].lowerFlags.contains(.country) }) else { return nil }
        return kind
    }

    // MARK: - Overlaps

    /// Longest first, then leftmost, then the rule with the stronger evidence. A name that
    /// hides others never hides a person found by a title or a given name. Returns the indices
    /// of the candidates kept, in text order.
    /// Arrays `resolve` works in, kept from segment to segment.
    private struct ResolveBuffers {
        var strong: [(lo: Int, hi: Int)] = []
        var order: [Int] = []
        var taken: [Bool] = []
        var kept: [Int] = []
    }

    private func resolve(_ cands: [Candidate], _ b: inout ResolveBuffers) {
        b.strong.removeAll(keepingCapacity: true)
        b.order.removeAll(keepingCapacity: true)
        b.kept.removeAll(keepingCapacity: true)
        var maxHi = 0
        // Candidates are plain values (no strings), so the ordering reads them in place.
        cands.withUnsafeBufferPointer { cands in
            for k in cands.indices {
                if cands[k].kind == .person && cands[k].priority >= 5 && !cands[k].blocks { b.strong.append((cands[k].lo, cands[k].hi)) }
                maxHi = max(maxHi, cands[k].hi)
            }
            // Tokens inside a strong person: a name that hides others may not overlap them
            // (marked token by token, so the test stays linear in the text). `taken` is all
            // false between uses: what is marked is cleared again, span by span.
            if b.taken.count < maxHi { b.taken.append(contentsOf: repeatElement(false, count: maxHi - b.taken.count)) }
            for s in b.strong { for t in s.lo..<s.hi { b.taken[t] = true } }
            for k in cands.indices {
                if !cands[k].blocks || !(cands[k].lo..<cands[k].hi).contains(where: { b.taken[$0] }) { b.order.append(k) }
            }
            for s in b.strong { for t in s.lo..<s.hi { b.taken[t] = false } }
            b.order.sort { x, y in
                let alo = cands[x].lo, clo = cands[y].lo
                let la = cands[x].hi - alo, lc = cands[y].hi - clo
                if la != lc { return la > lc }
                if alo != clo { return alo < clo }
                return cands[x].priority > cands[y].priority
            }
            for k in b.order {
                let lo = cands[k].lo, hi = cands[k].hi
                if (lo..<hi).contains(where: { b.taken[$0] }) { continue }
                for i in lo..<hi { b.taken[i] = true }
                b.kept.append(k)
            }
            for k in b.kept { for i in cands[k].lo..<cands[k].hi { b.taken[i] = false } }
            b.kept.sort { cands[$0].lo < cands[$1].lo }
        }
    }
}
