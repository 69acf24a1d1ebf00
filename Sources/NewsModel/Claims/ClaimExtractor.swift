/// Finds who claimed what in an article: quotations with their attribution, reporting clauses
/// ("X said that ...", "according to X"), embedded posts, and mutual accusations. Pronouns and
/// role phrases ("he", "the Russian diplomat", "the report") resolve to earlier speakers.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// What the extractor needs to know about canonical entities.
    public struct EntityInfo: Sendable {
        public var name: @Sendable (String) -> String?
        public var kind: @Sendable (String) -> EntityKind?
        public init(name: @escaping @Sendable (String) -> String?, kind: @escaping @Sendable (String) -> EntityKind?) {
            self.name = name
            self.kind = kind
        }
    }

    /// Who spoke, as resolved.
    struct Speaker: Equatable {
        var name: String
        var entity: String?
        var kind: EntityKind?
    }

    /// The running context of an article: the people and speakers seen so far.
    private struct Salience {
        var lastPerson: Speaker?
        var lastSpeaker: Speaker?
        var lastReporter: Speaker?
        var lastOrganizations: [Speaker] = []
        var postAuthor: Speaker?
    }

    private struct LocalMention {
        var mention: Mention
        var start: Int
        var end: Int
    }

    public func extract(_ analyzed: AnalyzedArticle, entities: EntityInfo) -> [Claim] {
        var claims: [Claim] = []
        var salience = Salience()
        let article = analyzed.article
        var mentionsByParagraph: [Int: [Mention]] = [:]
        for m in analyzed.mentions { mentionsByParagraph[m.paragraph, default: []].append(m) }
        let paragraphs = article.paragraphs
        var lastFalseLabelled: [String] = []
        for (pi, p) in paragraphs.enumerated() {
            let mentions = (mentionsByParagraph[p.index] ?? []).map { LocalMention(mention: $0, start: $0.start - p.start, end: $0.end - p.start) }
            switch p.kind {
            case .body, .post:
                break
            case .postAttribution, .caption, .heading:
                // They name people (salience) but claim nothing themselves.
                note(mentions, entities: entities, into: &salience)
                continue
            default:
                continue
            }
            if p.kind == .post {
                // The author is named on the attribution line that follows.
                if pi + 1 < paragraphs.count, paragraphs[pi + 1].kind == .postAttribution,
                   let author = (mentionsByParagraph[paragraphs[pi + 1].index] ?? []).first(where: { $0.kind == .person }) {
                    salience.postAuthor = speaker(for: author, entities: entities)
                }
            }
            // Fact-check layouts: "HOAX: X claimed ..." answered by "FACT: ...".
            switch FactCheckLabel.of(p.text) {
            case .some(.answer(let labelLength)) where !lastFalseLabelled.isEmpty:
                let scalars = Array(p.text.unicodeScalars)
                var lo = labelLength
                while lo < scalars.count && scalars[lo].properties.isWhitespace { lo += 1 }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lo...])
                let text = String(view)
                let about = Array(Set(mentions.filter { $0.start >= lo }.map(\.mention.entity))).sorted()
                let speaker = article.outlet ?? "the article"
                for answered in lastFalseLabelled {
                    claims.append(Claim(
                        id: "\(article.id)#\(claims.count + 1)", speaker: speaker, speakerEntity: nil, cue: "fact-check", text: text,
                        quoted: false, paragraph: p.index, start: p.start + lo, end: p.end, article: article.id, about: about,
                        disputes: true, answers: answered))
                }
                lastFalseLabelled = []
                continue
            case .some(.falseClaim):
                let before = claims.count
                extract(paragraph: p, mentions: mentions, article: article.id, entities: entities, salience: &salience, into: &claims)
                lastFalseLabelled = claims.count > before ? [claims[before].id] : []
                continue
            default:
                lastFalseLabelled = []
            }
            extract(paragraph: p, mentions: mentions, article: article.id, entities: entities, salience: &salience, into: &claims)
        }
        return claims
    }

    private func speaker(for m: Mention, entities: EntityInfo) -> Speaker {
        Speaker(name: entities.name(m.entity) ?? m.text, entity: m.entity, kind: m.kind)
    }

    private func note(_ mentions: [LocalMention], entities: EntityInfo, into s: inout Salience) {
        for lm in mentions {
            let isPerson = lm.mention.kind == .person && lm.mention.form != .handle
            guard isPerson || lm.mention.kind == .organization else { continue }
            let sp = speaker(for: lm.mention, entities: entities)
            if isPerson { s.lastPerson = sp }
            if lm.mention.kind == .organization {
                s.lastOrganizations.removeAll { $0.entity == sp.entity }
                s.lastOrganizations.append(sp)
            }
        }
    }

    // MARK: - One paragraph

    private func extract(paragraph p: Paragraph, mentions: [LocalMention], article: String, entities: EntityInfo,
                         salience: inout Salience, into claims: inout [Claim]) {
        let scalars = ClaimWords.scalars(p.text)
        let tokens = Tokenizer.tokenize(p.text)
        // Each token lower-cased once.
        let lower = tokens.map(ClaimWords.lower)
        // What each token can cue (a reporting verb's cue, a mutual accusation), looked up once.
        let cues = lower.map(CueWords.lookUp)
        // Tokens, mentions and sentences are looked up by offset with binary searches, so a long
        // paragraph costs time in proportion to its length, not to its length squared.
        let ranges = OffsetIndex(tokens: tokens, lower: lower, cues: cues, mentions: mentions)
        let quotes = quoteSpans(scalars).filter { q in
            ranges.tokens(in: q.lowerBound, q.upperBound).filter { tokens[$0].isWord }.count >= 4
        }
        let sentences = SentenceSplitter.split(scalars)
        var tokenInQuote = [Bool](repeating: false, count: tokens.count)
        for q in quotes {
            var i = ranges.firstToken(startingAtOrAfter: q.lowerBound)
            while i < tokens.count && tokens[i].start < q.upperBound { tokenInQuote[i] = true; i += 1 }
        }
        // An ASCII paragraph's scalar offsets are its UTF-8 offsets.
        let ascii = p.text.utf8.count == scalars.count
        func text(_ r: Range<Int>) -> String {
            if ascii {
                var t = p.text
                return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
            }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[r])
            return String(v)
        }
        func add(_ sp: Speaker, cue: String, range: Range<Int>, quoted: Bool, mutual: [String] = []) {
            var r = range
            while r.lowerBound < r.upperBound && scalars[r.lowerBound].isSpaceFast { r = (r.lowerBound + 1)..<r.upperBound }
            while r.upperBound > r.lowerBound && scalars[r.upperBound - 1].isSpaceFast { r = r.lowerBound..<(r.upperBound - 1) }
            guard r.count >= 8 else { return }
            let t = text(r)
            let about = Array(Set(ranges.mentions(in: r.lowerBound, r.upperBound).map(\.mention.entity))).sorted()
            // (Negations are words: tokens that start with a letter.)
            let disputes = ReportingCues.disputingCues.contains(cue) || ClaimWords.words(t).contains { ReportingCues.negations.contains($0.lower) }
            claims.append(Claim(
                id: "\(article)#\(claims.count + 1)", speaker: sp.name, speakerEntity: sp.entity, cue: cue, text: t, quoted: quoted,
                paragraph: p.index, start: p.start + r.lowerBound, end: p.start + r.upperBound, article: article,
                about: about, disputes: disputes, mutualParties: mutual))
            salience.lastSpeaker = sp
            if cue == "reported" || cue == "according to" { salience.lastReporter = sp }
            if sp.kind == .person { salience.lastPerson = sp }
        }

        // Quotations first, at paragraph level: a quote may span sentences. Its attribution sits
        // after it in the sentence where it ends ("...," he added) or before it where it starts.
        func sentenceIndex(_ offset: Int) -> Int {
            // The first sentence ending at or after the offset, if it starts at or before it.
            var lo = 0, hi = sentences.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences[mid].upperBound < offset { lo = mid + 1 } else { hi = mid }
            }
            if lo < sentences.count && sentences[lo].lowerBound <= offset { return lo }
            return max(0, sentences.count - 1)
        }
        var handled: Set<Int> = []
        let inQuote = { (i: Int) -> Bool in tokenInQuote[i] }
        for q in quotes where !sentences.isEmpty {
            let first = sentenceIndex(q.lowerBound), last = sentenceIndex(q.upperBound)
            let after = ranges.tokens(in: q.upperBound, sentences[last].upperBound).filter { !inQuote($0) }
            var attributed = attribution(after: after, tokens: tokens, mentions: ranges, entities: entities, salience: salience)
            if attributed == nil {
                let before = ranges.tokens(in: sentences[first].lowerBound, q.lowerBound).filter { !inQuote($0) }
                attributed = attribution(before: before, tokens: tokens, mentions: ranges, entities: entities, salience: salience)
            }
            if attributed == nil, p.kind == .post, let author = salience.postAuthor { attributed = (author, "post") }
            guard let (sp, cue) = attributed else { continue }
            for s in SentenceSplitter.split(Array(scalars[q])) {
                add(sp, cue: cue, range: (q.lowerBound + s.lowerBound)..<(q.lowerBound + s.upperBound), quoted: true)
            }
            for k in first...max(first, last) { handled.insert(k) }
        }

        for (si, sentence) in sentences.enumerated() {
            let sTokens = ranges.tokens(in: sentence.lowerBound, sentence.upperBound).filter { !inQuote($0) }
            let sentenceMentions = ranges.mentions(in: sentence.lowerBound, sentence.upperBound)
            defer { note(sentenceMentions, entities: entities, into: &salience) }
            if handled.contains(si) { continue }
            if p.kind == .post, let author = salience.postAuthor {
                add(author, cue: "post", range: sentence, quoted: true)
                continue
            }
            // Mutual accusations: "both Russia and Ukraine accuse each other of ...".
            if let k = sTokens.firstIndex(where: { cues[$0].mutual }),
               k + 2 < sTokens.count, tokens[sTokens[k + 1]].text == "each", tokens[sTokens[k + 2]].text == "other" {
                let parties = sentenceMentions.filter { $0.end <= tokens[sTokens[k]].start && ($0.mention.kind == .country || $0.mention.kind == .person || $0.mention.kind == .organization) }
                let ids = Array(Set(parties.map(\.mention.entity))).sorted()
                if ids.count >= 2 {
                    let names = parties.map { entities.name($0.mention.entity) ?? $0.mention.text }
                    var seen: [String] = []
                    for n in names where !seen.contains(n) { seen.append(n) }
                    let start = parties.map(\.start).min() ?? sentence.lowerBound
                    // From the first party ("both" included) to the end of the sentence.
                    var lo = start
                    if let both = sTokens.last(where: { tokens[$0].end <= start && lower[$0] == "both" }) { lo = tokens[both].start }
                    add(Speaker(name: seen.joined(separator: " and "), entity: nil, kind: nil), cue: "accused", range: lo..<sentence.upperBound, quoted: false, mutual: ids)
                    continue
                }
            }
            // "According to X, ..." / "..., according to X."
            if let k = sTokens.firstIndex(where: { lower[$0] == "according" }), k + 1 < sTokens.count,
               lower[sTokens[k + 1]] == "to" {
                var np: [Int] = []
                var j = k + 2
                while j < sTokens.count && tokens[sTokens[j]].text != "," && tokens[sTokens[j]].text != "." && np.count < 8 { np.append(sTokens[j]); j += 1 }
                // The source is the first name after "according to" ("According to Rathbun the property ...").
                let lo = np.first.map { tokens[$0].start } ?? 0
                let hi = np.last.map { tokens[$0].end } ?? 0
                if let first = ranges.mentions(in: lo, hi).filter({ m in m.mention.form != .demonym }).min(by: { $0.start < $1.start }),
                   let k = np.lastIndex(where: { t in tokens[t].end <= first.end }) {
                    np = Array(np[...k])
                }
                if let sp = resolve(np, tokens: tokens, mentions: ranges, entities: entities, salience: salience) {
                    add(sp, cue: "according to", range: sentence, quoted: false)
                }
                continue
            }
            // "X said (that) ...", "X accused Y of ...", "X ruled out ..."
            for (n, i) in sTokens.enumerated() {
                let word = lower[i]
                var cue = cues[i].verb
                if word == "ruled", n + 1 < sTokens.count, tokens[sTokens[n + 1]].text == "out" { cue = "ruled out" }
                if word == "pointed", n + 1 < sTokens.count, tokens[sTokens[n + 1]].text == "out" { cue = "said" }
                guard let c = cue, !word.hasSuffix("ing") else { continue }
                let subject = subjectTokens(before: n, in: sTokens, tokens: tokens, lower: lower)
                if let sp = resolve(subject, tokens: tokens, mentions: ranges, entities: entities, salience: salience) {
                    add(sp, cue: c, range: sentence, quoted: false)
                }
                break
            }
        }
    }

    /// A paragraph's tokens and mentions found by offset range, in their original order.
    private struct OffsetIndex {
        let tokens: [Token]
        /// Each token's text lower-cased, and what it cues.
        let lower: [String]
        let cues: [CueWords.Entry]
        let mentions: [LocalMention]
        /// Mention indices sorted by start.
        let byStart: [Int]

        init(tokens: [Token], lower: [String], cues: [CueWords.Entry], mentions: [LocalMention]) {
            self.tokens = tokens
            self.lower = lower
            self.cues = cues
            self.mentions = mentions
            byStart = mentions.indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
        }

        /// The first token whose start is at or after `offset` (tokens are in text order).
        func firstToken(startingAtOrAfter offset: Int) -> Int {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// Indices of the tokens inside lo..<hi (start >= lo, end <= hi), in order.
        func tokens(in lo: Int, _ hi: Int) -> [Int] {
            var out: [Int] = []
            var i = firstToken(startingAtOrAfter: lo)
            while i < tokens.count && tokens[i].start <= hi {
                if tokens[i].end <= hi { out.append(i) }
                i += 1
            }
            return out
        }

        /// The mentions inside lo..<hi (start >= lo, end <= hi), in their original order.
        func mentions(in lo: Int, _ hi: Int) -> [LocalMention] {
            var a = 0, b = byStart.count
            while a < b {
                let mid = (a + b) / 2
                if mentions[byStart[mid]].start < lo { a = mid + 1 } else { b = mid }
            }
            var found: [Int] = []
            while a < byStart.count && mentions[byStart[a]].start <= hi {
                if mentions[byStart[a]].end <= hi { found.append(byStart[a]) }
                a += 1
            }
            return found.sorted().map { mentions[$0] }
        }
    }

    // MARK: - Quotes and attribution

    /// Ranges of quoted text (inside the marks). Curly quotes pair up; straight quotes toggle.
    func quoteSpans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        var straightOpen: Int? = nil
        for (i, c) in s.enumerated() {
            switch c {
            case "“", "«": if open == nil { open = i }
            case "”", "»":
                if let o = open { out.append((o + 1)..<i); open = nil }
            case "\"":
                if let o = straightOpen { out.append((o + 1)..<i); straightOpen = nil } else { straightOpen = i }
            default: break
            }
        }
        // A quote that runs on to the next paragraph.
        if let o = open ?? straightOpen, s.count - o > 20 { out.append((o + 1)..<s.count) }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `...," Trump wrote` / `...," said Trump` / `...," the Russian diplomat emphasized`.
    private func attribution(after idx: [Int], tokens: [Token], mentions: OffsetIndex, entities: EntityInfo, salience: Salience) -> (Speaker, String)? {
        let window = Array(idx.prefix(10))
        let cues = mentions.cues
        guard let v = window.firstIndex(where: { cues[$0].verb != nil }) else { return nil }
        let cue = cues[window[v]].verb ?? "said"
        var np = Array(window[..<v]).filter { tokens[$0].isWord || tokens[$0].text.hasPrefix("@") || tokens[$0].text == "-" || tokens[$0].text == "’" || tokens[$0].text == "'" }
        if np.isEmpty {
            // "said Trump", "added the spokesman"
            np = Array(window[(v + 1)...]).prefix { tokens[$0].isWord && tokens[$0].text != "that" }.prefix(5).map { $0 }
        }
        guard let sp = resolve(np, tokens: tokens, mentions: mentions, entities: entities, salience: salience) else { return nil }
        return (sp, cue)
    }

    /// `X said: "..."` / `X refuted this on X, writing, "..."` / `X told Y that "..."`.
    private func attribution(before idx: [Int], tokens: [Token], mentions: OffsetIndex, entities: EntityInfo, salience: Salience) -> (Speaker, String)? {
        // "Secretary of State Marco Rubio: “...”" — a name and a colon introduce the quote.
        var idx = idx
        let lower = mentions.lower
        while let last = idx.last, Self.openingQuotes.contains(tokens[last].text) { idx.removeLast() }
        if let last = idx.last, tokens[last].text == ":", idx.count >= 2,
           !idx.contains(where: { mentions.cues[$0].verb != nil }) {
            let np = Array(idx.dropLast().suffix(12))
            if let sp = resolve(np, tokens: tokens, mentions: mentions, entities: entities, salience: salience), sp.entity != nil {
                return (sp, "said")
            }
        }
        let cues = mentions.cues
        guard let n = idx.firstIndex(where: { cues[$0].verb != nil && !lower[$0].hasSuffix("ing") })
                ?? idx.firstIndex(where: { cues[$0].verb != nil }) else { return nil }
        let cue = cues[idx[n]].verb ?? "said"
        let subject = subjectTokens(before: n, in: idx, tokens: tokens, lower: lower)
        guard let sp = resolve(subject, tokens: tokens, mentions: mentions, entities: entities, salience: salience) else { return nil }
        return (sp, cue)
    }

    /// The noun phrase before a verb: back to the previous comma or clause word, skipping
    /// auxiliaries and adverbs next to the verb ("had reported", "has also said").
    private static let skippedBeforeVerb: Set<String> = ["had", "has", "have", "also", "earlier", "previously", "similarly", "later", "reportedly",
                                                         "repeatedly", "again", "already", "then", "publicly", "once", "further", "separately"]
    private static let passiveAuxiliaries: Set<String> = ["is", "was", "were", "are", "been", "be", "being"]
    private static let subjectBoundaries: Set<String> = [",", ";", ":", "that", "as", "while", "but", "and", "when", "after", "which", "who", "where",
                                                         "because", "since", "if", "“", "\"", "(", ")", "—", "–"]
    static let mutualVerbs: Set<String> = ["accuse", "accused", "accusing", "blame", "blamed"]
    private static let openingQuotes: Set<String> = ["“", "\"", "«", "‘", "'"]
    private static let subjectPronouns: Set<String> = ["he", "she", "they", "it"]
    private static let bodyHeads: Set<String> = ["ministry", "agency", "service", "department", "government", "kremlin", "office", "committee"]
    private static let pronouns: Set<String> = ["i", "we", "you", "this", "that", "these", "those", "which", "who", "there", "his", "her", "its", "their"]
    private static let prepositions: Set<String> = ["to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "about", "and", "or"]

    private func subjectTokens(before n: Int, in idx: [Int], tokens: [Token], lower: [String]) -> [Int] {
        var k = n - 1
        let skip = Self.skippedBeforeVerb
        while k >= 0 && (skip.contains(lower[idx[k]]) || (tokens[idx[k]].isLowercase && tokens[idx[k]].text.hasSuffix("ly"))) { k -= 1 }
        // "was rejected", "were reported": passive, the subject is not the speaker.
        if k >= 0, Self.passiveAuxiliaries.contains(lower[idx[k]]) { return [] }
        var out: [Int] = []
        let boundaries = Self.subjectBoundaries
        while k >= 0 && out.count < 10 {
            let t = tokens[idx[k]].text
            if boundaries.contains(t) || boundaries.contains(lower[idx[k]]) && !(t == "and" && out.isEmpty) { break }
            out.insert(idx[k], at: 0)
            k -= 1
        }
        return out
    }

    /// Turns a speaker phrase into a speaker: an entity in it, a pronoun or role resolved from
    /// context, or the source as written ("state news agencies").
    private func resolve(_ np: [Int], tokens: [Token], mentions: OffsetIndex, entities: EntityInfo, salience: Salience) -> Speaker? {
        guard let first = np.first, let last = np.last else { return nil }
        let lo = tokens[first].start, hi = tokens[last].end
        let inside = mentions.mentions(in: lo, hi)
        let words = np.map { tokens[$0].text }
        let lower = np.map { mentions.lower[$0] }
        // A pronoun right before the verb is the subject ("... where they claimed").
        if let lastWord = lower.last, Self.subjectPronouns.contains(lastWord), lower.count > 1 {
            return resolve([np[np.count - 1]], tokens: tokens, mentions: mentions, entities: entities, salience: salience)
        }
        // The head of the phrase: the name nearest the verb ("Trump's envoy Keith Kellogg" -> Kellogg).
        if let m = inside.filter({ $0.mention.form != .demonym }).max(by: { $0.end < $1.end }) {
            return speaker(for: m.mention, entities: entities)
        }
        if lower.count == 1 {
            switch lower[0] {
            case "he", "she": return salience.lastPerson
            case "they": return salience.lastSpeaker
            case "it": return salience.lastOrganizations.last ?? salience.lastSpeaker
            default: break
            }
        }
        guard let head = lower.last, lower.count <= 6 else { return nil }
        if ReportingCues.reportNouns.contains(head) { return salience.lastReporter ?? salience.lastOrganizations.last }
        if ReportingCues.personRoles.contains(head), lower.first == "the" || lower.first == "his" || lower.first == "her" {
            return salience.lastPerson
        }
        if Self.bodyHeads.contains(head), lower.first == "the" {
            return salience.lastOrganizations.last { ($0.name.lowercased()).contains(head) } ?? salience.lastOrganizations.last
        }
        // A named source as written: at least one content word, no pronoun, no preposition, a noun
        // head ("state news agencies", "Scientology officials"), not a lone function word.
        let pronouns = Self.pronouns, prepositions = Self.prepositions
        if lower.contains(where: { pronouns.contains($0) || prepositions.contains($0) }) { return nil }
        guard words.contains(where: { $0.count >= 3 }), words.first?.first?.isNumber != true else { return nil }
        // A lone word must be a plural noun ("officials", "sources"); a lone capitalised word that no
        // rule knows as a name is more likely a sentence start than a source.
        if words.count == 1 && !(words[0].first?.isLowercase == true && head.hasSuffix("s")) { return nil }
        var text = ""
        for i in np {
            if !text.isEmpty && tokens[i].spaceBefore { text += " " }
            text += tokens[i].text
        }
        return Speaker(name: text, entity: nil, kind: nil)
    }
}

/// The words that cue a claim (reporting verbs, mutual accusations), found with one hash lookup
/// per token, and for most tokens none: a bit table of word hashes rules them out first.
enum CueWords {
    struct Entry {
        /// The reporting cue of a reporting verb ("said" for "says").
        var verb: String?
        /// An accusation verb of "accuse each other".
        var mutual = false
    }

    static let none = Entry(verb: nil)

    static let entries: [String: Entry] = {
        var out: [String: Entry] = [:]
        for (w, cue) in ReportingCues.verbs { out[w, default: none].verb = cue }
        for w in ClaimExtractor.mutualVerbs { out[w, default: none].mutual = true }
        return out
    }()

    /// Bits set at the hashes of the words in `entries`.
    static let filter: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for w in entries.keys { let h = hash(w); bits[h >> 6] |= 1 << UInt64(h & 63) }
        return bits
    }()

    /// A 12-bit FNV-1a hash of the word's bytes.
    @inline(__always) static func hash(_ w: String) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in w.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int((h ^ (h >> 12) ^ (h >> 24)) & 4095)
    }

    static func lookUp(_ w: String) -> Entry {
        let h = hash(w)
        guard filter[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return none }
        return entries[w] ?? none
    }
}
