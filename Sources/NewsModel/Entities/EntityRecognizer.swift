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
/// Linear in the text: gazetteer lookups walk a trie from each token.
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
        var key: String
        var name: String
        var countries: [String]
        /// Breaks ties between spans of equal length: rules with stronger evidence win.
        var priority: Int
        /// A name of something else (an event, a product) that hides the entities inside it.
        var blocks = false
    }

    /// The text segments of an article that carry prose: title (-1), standfirst (-2), paragraphs.
    static func segments(of article: Article) -> [(index: Int, text: String, start: Int, kind: ParagraphKind)] {
        var out: [(Int, String, Int, ParagraphKind)] = []
        if !article.title.isEmpty { out.append((-1, article.title, article.titleRange.lowerBound, .heading)) }
        if !article.standfirst.isEmpty { out.append((-2, article.standfirst, article.standfirstRange.lowerBound, .body)) }
        for p in article.paragraphs where p.kind != .source { out.append((p.index, p.text, p.start, p.kind)) }
        return out
    }

    /// All mentions of an article, in text order.
    func recognize(_ article: Article) -> [RawMention] {
        var perSegment: [(segment: (index: Int, text: String, start: Int, kind: ParagraphKind), tokens: [Token], cands: [Candidate])] = []
        for segment in Self.segments(of: article) {
            // Very long "paragraphs" are scanned in full but bounded per token, so time stays linear.
            let tokens = Tokenizer.tokenize(segment.text)
            perSegment.append((segment, tokens, candidates(tokens, allCaps: isShouting(tokens))))
        }
        // In a sports report, countries in sentences about play are national teams.
        let sports = isSportsReport(perSegment.map(\.tokens))
        if sports {
            // Every nation named as a side (not as a location: "in Russia", "from Brazil").
            for k in perSegment.indices {
                let tokens = perSegment[k].tokens
                for c in perSegment[k].cands.indices {
                    let cand = perSegment[k].cands[c]
                    let nation = cand.kind == .country || (cand.kind == .place && Lexicon.sportingNations.contains(cand.name))
                    guard nation && cand.form == .name && !cand.blocks else { continue }
                    if cand.lo > 0 && ["in", "at", "from", "to", "across", "throughout"].contains(tokens[cand.lo - 1].text.lowercased()) { continue }
                    perSegment[k].cands[c].kind = .organization
                    perSegment[k].cands[c].key = "org:" + Slug.make(cand.name + " national team")
                    perSegment[k].cands[c].name = cand.name + " national team"
                }
            }
        }
        // Document-level coreference: surnames (and first names) of people named in full, and the
        // short names of organisations ("Scientology" after "Church of Scientology").
        var surnameToPerson: [String: (key: String, name: String)] = [:]
        var firstNames: [String: [(key: String, name: String)]] = [:]
        var personCountries: [String: Set<String>] = [:]
        var orgAliases: [String: (key: String, name: String, countries: [String])] = [:]
        for (_, tokens, cands) in perSegment {
            for c in cands where c.kind == .person && c.hi - c.lo >= 2 && !c.blocks {
                surnameToPerson[NameKey.surname(c.name)] = surnameToPerson[NameKey.surname(c.name)] ?? (c.key, c.name)
                if let first = c.name.split(separator: " ").first.map(String.init), gazetteer.givenNames.contains(first),
                   !(firstNames[first] ?? []).contains(where: { $0.key == c.key }) {
                    firstNames[first, default: []].append((c.key, c.name))
                }
                personCountries[c.key, default: []].formUnion(c.countries)
            }
            for c in cands where c.kind == .organization && !c.blocks && c.hi - c.lo == 3 {
                let lead = tokens[c.lo].text, tail = tokens[c.hi - 1].text
                if Lexicon.organizationLeads.contains(lead), tokens[c.lo + 1].text == "of", !Lexicon.organizationHeads.contains(tail),
                   gazetteer.phrases.longestMatch([tail], from: 0) == nil {
                    orgAliases[tail] = (c.key, c.name, c.countries)
                }
            }
        }
        var out: [RawMention] = []
        for (segment, tokens, initial) in perSegment {
            var cands = initial
            // Surname-only person candidates resolve to the full name seen in the article, which
            // wins over the gazetteer's guess ("Trump" after "Melania Trump").
            for i in cands.indices where cands[i].kind == .person && cands[i].hi - cands[i].lo == 1 && cands[i].form == .name {
                let surface = tokens[cands[i].lo].text
                if let full = surnameToPerson[NameKey.surname(surface)] {
                    cands[i].key = full.key
                    cands[i].name = full.name
                }
            }
            // A lone capitalised word that is a known surname is that person ("Putin", "Witkoff");
            // a first name shared by one person only is that person too ("Daniel").
            for (i, t) in tokens.enumerated() where t.isCapitalized && t.isWord {
                if gazetteer.stopwords.contains(t.text) { continue }
                if let full = surnameToPerson[NameKey.surname(t.text)] {
                    cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .name, key: full.key, name: full.name, countries: [], priority: 1))
                } else if let people = firstNames[t.text], people.count == 1, i + 1 >= tokens.count || !tokens[i + 1].isCapitalized {
                    cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .name, key: people[0].key, name: people[0].name, countries: [], priority: 1))
                } else if let org = orgAliases[t.text] {
                    cands.append(Candidate(lo: i, hi: i + 1, kind: .organization, form: .name, key: org.key, name: org.name, countries: org.countries, priority: 1))
                }
            }
            for c in resolve(cands) where !c.blocks {
                let first = tokens[c.lo], last = tokens[c.hi - 1]
                var countries = c.countries
                if c.kind == .person { countries = Array(personCountries[c.key] ?? Set(countries)).sorted() }
                out.append(RawMention(
                    kind: c.kind, form: c.form, key: c.key, name: c.name, countries: countries,
                    paragraph: segment.index, start: segment.start + first.start, end: segment.start + last.end,
                    text: Self.slice(segment.text, first.start, last.end)))
            }
        }
        return out
    }

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

    /// Four or more distinct terms of play across the article.
    private func isSportsReport(_ segments: [[Token]]) -> Bool {
        var seen: Set<String> = []
        for tokens in segments {
            for t in tokens where Lexicon.sportsTerms.contains(t.text.lowercased()) { seen.insert(t.text.lowercased()) }
            if seen.count >= 4 { return true }
        }
        return false
    }

    /// Headlines in capitals ("100 DAYS OF HOAXES") carry no case evidence.
    private func isShouting(_ tokens: [Token]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard words.count >= 3 else { return false }
        return words.filter(\.isAllCaps).count * 10 >= words.count * 7
    }

    // MARK: - Candidates

    private func candidates(_ tokens: [Token], allCaps: Bool) -> [Candidate] {
        let words = tokens.map(\.text)
        var cands: [Candidate] = []
        let n = tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            let t = tokens[i]
            guard t.isWord || t.text.hasPrefix("@") else { continue }
            // Gazetteer phrases.
            if t.isCapitalized, let (len, entries) = gazetteer.phrases.longestMatch(words, from: i), let entry = best(entries) {
                let single = len == 1
                // "US$ 20,000" is money, not the country.
                let currency = i + len < n && (words[i + len] == "$" || words[i + len] == "€") && !tokens[i + len].spaceBefore
                let skip = currency || single && (t.sentenceStart && gazetteer.stopwords.contains(t.text))
                if !skip && !(allCaps && !entryIsAcronym(entry, words[i])) {
                    cands.append(Candidate(lo: i, hi: i + len, kind: entry.kind, form: entry.form, key: entry.id, name: entry.name,
                                           countries: entry.countries, priority: entry.form == .demonym ? 2 : 4))
                }
            }
            if allCaps { continue }
            // Titles followed by a name: "Foreign Minister Sergey Lavrov", "spokesman Dmitry Peskov".
            if let (len, title) = gazetteer.titles.longestMatch(words, from: i, key: { $0.lowercased() }) {
                var start = i + len
                var countries = title.honorific ? [] : affiliation(tokens, before: i, words: words)
                // "Ambassador to the United States Hamdullah Mohib", "Minister of Defence X".
                if start + 1 < n, ["to", "of", "for"].contains(words[start]) {
                    var k = start + 1
                    if k < n && words[k] == "the" { k += 1 }
                    if let (glen, entries) = gazetteer.phrases.longestMatch(words, from: k), let e = best(entries), e.kind == .country || e.kind == .organization {
                        start = k + glen
                        if countries.isEmpty { countries = e.countries }
                    }
                }
                let nameEnd = nameSpan(tokens, from: start)
                if nameEnd > start {
                    let name = personName(tokens, start, nameEnd)
                    cands.append(Candidate(lo: start, hi: nameEnd, kind: .person, form: .name, key: "person:" + NameKey.person(name),
                                           name: name, countries: countries, priority: 6))
                }
            }
            // A given name followed by more name words: "Kirill Dmitriev".
            if t.isCapitalized, gazetteer.givenNames.contains(t.text), !(t.sentenceStart && gazetteer.stopwords.contains(t.text)) {
                let end = nameSpan(tokens, from: i)
                if (i..<end).filter({ tokens[$0].isWord }).count >= 2 && !isPlaceOrOrg(words, i + 1) {
                    let name = personName(tokens, i, end)
                    cands.append(Candidate(lo: i, hi: end, kind: .person, form: .name, key: "person:" + NameKey.person(name),
                                           name: name, countries: affiliation(tokens, before: i, words: words), priority: 5))
                }
            }
            // Handles: "@generalkellogg".
            if t.text.hasPrefix("@") && t.text.count > 1 {
                cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .handle, key: "handle:" + t.text.lowercased(),
                                       name: t.text, countries: [], priority: 3))
            }
            // "Kursk region", "Sumy Oblast".
            if t.isCapitalized, i + 1 < n, Lexicon.regionWords.contains(words[i + 1]), !gazetteer.stopwords.contains(t.text) {
                let base = t.text
                let country = placeCountry(base)
                if country != nil || words[i + 1].first?.isUppercase == true {
                    let name = base + " " + (words[i + 1].lowercased() == "oblast" ? "Oblast" : words[i + 1].lowercased())
                    cands.append(Candidate(lo: i, hi: i + 2, kind: .place, form: .name, key: "place/" + Slug.make(base + " region"),
                                           name: name, countries: country.map { [$0] } ?? [], priority: 5))
                }
            }
        }
        if !allCaps { cands += capitalizedRuns(tokens, words: words) }
        return cands
    }

    private func best(_ entries: [GazetteerEntry]) -> GazetteerEntry? {
        let order: [EntityKind: Int] = [.country: 0, .organization: 1, .place: 2, .person: 3]
        return entries.min { a, b in
            (a.form == .demonym ? 1 : 0, order[a.kind] ?? 9) < (b.form == .demonym ? 1 : 0, order[b.kind] ?? 9)
        }
    }

    private func entryIsAcronym(_ entry: GazetteerEntry, _ word: String) -> Bool {
        word.count <= 5 && word.allSatisfy { $0.isUppercase || $0 == "." }
    }

    private func isPlaceOrOrg(_ words: [String], _ i: Int) -> Bool {
        guard let (_, entries) = gazetteer.phrases.longestMatch(words, from: i) else { return false }
        return entries.contains { $0.kind == .country || $0.kind == .organization }
    }

    /// The country of a known place name ("Kursk" -> Russia).
    private func placeCountry(_ name: String) -> String? {
        guard let (_, entries) = gazetteer.phrases.longestMatch([name], from: 0) else { return nil }
        return entries.first { $0.kind == .place || $0.kind == .country }?.countries.first
    }

    /// Where a personal name starting at `from` ends: capitalised words, initials, hyphenated
    /// parts and particles, at most five tokens.
    private func nameSpan(_ tokens: [Token], from: Int) -> Int {
        var j = from
        var words = 0
        while j < tokens.count && words < 5 {
            let t = tokens[j]
            if t.isInitial || (t.isCapitalized && t.isWord && !gazetteer.stopwords.contains(t.text) && !t.isAllCaps) {
                if words > 0 && t.sentenceStart { break }
                if words > 0 && (Lexicon.placeHeads.contains(t.text) || Lexicon.organizationHeads.contains(t.text)) { return from }
                j += 1
                words += 1
                continue
            }
            if t.text == "-" && !t.spaceBefore && j + 1 < tokens.count && !tokens[j + 1].spaceBefore && tokens[j + 1].isWord && words > 0 {
                // "Jean-Luc" and "Lung-bin" join; "Putin-Witkoff" (two people) is split later by coreference.
                if tokens[j + 1].isLowercase {
                    j += 2
                    continue
                }
                j += 1
                continue
            }
            if Lexicon.nameParticles.contains(t.text) && words > 0 && j + 1 < tokens.count && tokens[j + 1].isCapitalized {
                j += 1
                continue
            }
            break
        }
        // Never end on a particle or hyphen, nor keep a trailing initial alone.
        while j > from && (tokens[j - 1].text == "-" || Lexicon.nameParticles.contains(tokens[j - 1].text)) { j -= 1 }
        return j
    }

    private func personName(_ tokens: [Token], _ lo: Int, _ hi: Int) -> String {
        var name = ""
        for k in lo..<hi {
            if k > lo && tokens[k].spaceBefore { name += " " }
            name += tokens[k].text
        }
        return name
    }

    /// Countries named just before a title: "Russian Foreign Minister", "Ukraine's President".
    private func affiliation(_ tokens: [Token], before i: Int, words: [String]) -> [String] {
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 3 {
            if words[k] == "'" || words[k] == "’" || words[k] == "s" { k -= 1; continue }
            if let id = gazetteer.countryLookup[words[k].lowercased()], tokens[k].isCapitalized { return [id] }
            if !tokens[k].isCapitalized { break }
            k -= 1
            steps += 1
        }
        return []
    }

    /// Runs of capitalised words classified as organisations or places (by their head word),
    /// people (by given names, surnames or a reporting verb next to them), or names of other
    /// things that hide the entities inside them ("Fan Expo Canada", "Google Science Fair").
    private func capitalizedRuns(_ tokens: [Token], words: [String]) -> [Candidate] {
        var out: [Candidate] = []
        let n = tokens.count
        func isTitle(_ k: Int) -> Bool {
            gazetteer.titles.longestMatch(words, from: k, key: { $0.lowercased() }) != nil && tokens[k].isCapitalized
        }
        func capital(_ u: Token) -> Bool { u.isWord && (u.isCapitalized || u.isAllCaps || u.text.first?.isNumber == true && u.text.contains { $0.isLetter }) }
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.isWord && (t.isCapitalized || t.isAllCaps) else { i += 1; continue }
            var j = i + 1
            while j < n {
                let u = tokens[j]
                if capital(u) && !u.sentenceStart { j += 1; continue }
                if u.isInitial { j += 1; continue }
                if Lexicon.connectors.contains(u.text) && j + 1 < n {
                    // "Bank of England", "Daughters of the American Revolution"
                    var k = j + 1
                    if tokens[k].text == "the" && k + 1 < n { k += 1 }
                    if tokens[k].isCapitalized && tokens[k].isWord { j = k; continue }
                }
                if u.text == "-" && !u.spaceBefore && j + 1 < n && !tokens[j + 1].spaceBefore && tokens[j + 1].isCapitalized { j += 1; continue }
                break
            }
            var lo = i
            // A sentence-initial function word is not part of the name ("The", "In", "According").
            while lo < j && gazetteer.stopwords.contains(tokens[lo].text) && !Lexicon.organizationHeads.contains(tokens[lo].text)
                && !Lexicon.organizationLeads.contains(tokens[lo].text) { lo += 1 }
            while lo < j && Lexicon.connectors.contains(tokens[lo].text) { lo += 1 }
            if lo < j { classifyRun(tokens, words: words, lo: lo, hi: j, isTitle: isTitle, into: &out) }
            i = max(j, i + 1)
        }
        return out
    }

    private func classifyRun(_ tokens: [Token], words: [String], lo: Int, hi: Int, isTitle: (Int) -> Bool, into out: inout [Candidate]) {
        // "and" lists names: "Russia and Ukraine", "Jean-Luc Moreau and J.D. Vance" are read one by one.
        if let and = (lo..<hi).first(where: { words[$0] == "and" || words[$0] == "&" }) {
            if and > lo { classifyRun(tokens, words: words, lo: lo, hi: and, isTitle: isTitle, into: &out) }
            var next = and + 1
            if next < hi && words[next] == "the" { next += 1 }
            if next < hi { classifyRun(tokens, words: words, lo: next, hi: hi, isTitle: isTitle, into: &out) }
            return
        }
        var lo = lo
        // Titles lead into names but are not part of them ("President Donald Trump").
        while lo < hi, let (len, _) = gazetteer.titles.longestMatch(words, from: lo, key: { $0.lowercased() }), lo + len <= hi {
            let heads = Lexicon.organizationHeads.contains(words[hi - 1]) || Lexicon.placeHeads.contains(words[hi - 1])
            if !heads { lo += len; continue }
            // "Director of the Second CIS Department": the title and its "of the" go, the body stays.
            var k = lo + len
            guard k < hi, words[k] == "of" else { break }
            k += 1
            if k < hi && words[k] == "the" { k += 1 }
            guard k < hi else { break }
            lo = k
        }
        guard lo < hi else { return }
        let runWords = Array(words[lo..<hi])
        let text = personName(tokens, lo, hi)
        guard let head = runWords.last else { return }
        let leadsOrg = runWords.count >= 3 && Lexicon.organizationLeads.contains(runWords[0]) && runWords[1] == "of"
        // "Doctor Who Society of Canada": the organisation, with the country named after it.
        if let of = runWords.firstIndex(of: "of"), of >= 2, Lexicon.organizationHeads.contains(runWords[of - 1]),
           let (glen, entries) = gazetteer.phrases.longestMatch(words, from: lo + of + 1), lo + of + 1 + glen == hi,
           let country = entries.first(where: { $0.kind == .country })?.id {
            let name = personName(tokens, lo, lo + of)
            out.append(Candidate(lo: lo, hi: lo + of, kind: .organization, form: .name, key: "org:" + Slug.make(name), name: name,
                         countries: [country], priority: 2))
            return
        }
        // Organisations by their head word; government bodies get their country.
        if Lexicon.organizationHeads.contains(head) || leadsOrg || runWords.contains(where: { ["Ministry", "Agency", "Department"].contains($0) }) {
            var countries: [String] = []
            var bodyWords = runWords
            if let id = gazetteer.countryLookup[runWords[0].lowercased()] {
                countries = [id]
                bodyWords = Array(runWords.dropFirst())
                if bodyWords.first == "'" || bodyWords.first == "’" { bodyWords = Array(bodyWords.dropFirst(2)) }
            }
            let bodyText = bodyWords.joined(separator: " ")
            if let body = Lexicon.governmentBodies[bodyText], let country = countries.first, let countryName = gazetteer.countryNames[country] {
                let name = "\(body) of \(countryName)"
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, key: "org:" + Slug.make(name), name: name, countries: countries, priority: 3))
            } else if runWords.count >= 2 {
                // An unknown organisation; a country or demonym in it gives its country.
                let country = runWords.compactMap { gazetteer.countryLookup[$0.lowercased()] }.first
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, key: "org:" + Slug.make(text), name: text,
                                     countries: country.map { [$0] } ?? [], priority: 2))
            }
            return
        }
        if runWords.count >= 2 && Lexicon.placeHeads.contains(head) {
            let country = runWords.compactMap { gazetteer.countryLookup[$0.lowercased()] }.first
            out.append(Candidate(lo: lo, hi: hi, kind: .place, form: .name, key: "place/" + Slug.make(text), name: text,
                                 countries: country.map { [$0] } ?? [], priority: 2))
            return
        }
        // People: two or three name-like words with evidence.
        let nameLike = runWords.allSatisfy { w in
            !gazetteer.stopwords.contains(w) && gazetteer.countryLookup[w.lowercased()] == nil && w.first?.isUppercase == true
                && !(w.count > 1 && w.allSatisfy { $0.isUppercase }) && !Lexicon.placeHeads.contains(w)
        } && !(lo..<hi).contains(where: isTitle)
        let known = gazetteer.phrases.longestMatch(words, from: lo).map { $0.length >= hi - lo } == true
        if nameLike && !known && (2...3).contains(runWords.count) {
            let next = hi < words.count ? words[hi] : ""
            let next2 = hi + 1 < words.count ? words[hi + 1] : ""
            let prev = lo > 0 ? words[lo - 1] : ""
            let first = runWords[0], last = runWords[runWords.count - 1]
            // A verb right after the name ("Nacer Chadli replaced", "Sassi scored") makes it a doer.
            let verbNext = next.count >= 4 && next.first?.isLowercase == true && (next.hasSuffix("ed") || Lexicon.reportingVerbs.contains(next))
            let context = verbNext || (next == "," && ["who", "the", "a", "an"].contains(next2))
                || ["by", "with", "said", "told", "says"].contains(prev)
            let evidence = gazetteer.givenNames.contains(first) || context || tokens[lo].isInitial
                || (gazetteer.surnames.contains(last) && first.count <= 3)
            if evidence {
                out.append(Candidate(lo: lo, hi: hi, kind: .person, form: .name, key: "person:" + NameKey.person(text), name: text, countries: [], priority: 2))
                return
            }
        }
        // Otherwise a longer name that contains known names hides them ("Fan Expo Canada 2016").
        let unknownWords = (lo..<hi).filter { k in
            tokens[k].isWord && !gazetteer.stopwords.contains(words[k]) && gazetteer.phrases.longestMatch(words, from: k) == nil
                && !Lexicon.connectors.contains(words[k]) && gazetteer.countryLookup[words[k].lowercased()] == nil && !isTitle(k)
        }
        let containsKnown = (lo..<hi).contains { gazetteer.phrases.longestMatch(words, from: $0) != nil }
        let joined = (lo..<hi).contains { Lexicon.connectors.contains(words[$0]) }
        if hi - lo >= 2 && containsKnown && !unknownWords.isEmpty && !joined && !(lo..<hi).contains(where: isTitle) {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, key: "", name: text, countries: [], priority: 0, blocks: true))
        }
    }

    // MARK: - Overlaps

    /// Longest first, then leftmost, then the rule with the stronger evidence. A name that
    /// hides others never hides a person found by a title or a given name.
    private func resolve(_ cands: [Candidate]) -> [Candidate] {
        let strongPeople = cands.filter { $0.kind == .person && $0.priority >= 5 && !$0.blocks }
        let cands = cands.filter { c in !c.blocks || !strongPeople.contains { $0.lo < c.hi && c.lo < $0.hi } }
        let sorted = cands.sorted { a, b in
            let la = a.hi - a.lo, lb = b.hi - b.lo
            if la != lb { return la > lb }
            if a.lo != b.lo { return a.lo < b.lo }
            return a.priority > b.priority
        }
        var taken: [Bool] = []
        let maxHi = cands.map(\.hi).max() ?? 0
        taken = Array(repeating: false, count: maxHi)
        var kept: [Candidate] = []
        for c in sorted {
            if (c.lo..<c.hi).contains(where: { taken[$0] }) { continue }
            for k in c.lo..<c.hi { taken[k] = true }
            kept.append(c)
        }
        return kept.sorted { $0.lo < $1.lo }
    }
}
