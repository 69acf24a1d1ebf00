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
        /// The party the speaker speaks for ("The army's spokesman, X": the army), an entity id
        /// or the party as written.
        var side: String? = nil
        /// The role word the speaker was named with ("A senior official in the Alliance": "official"),
        /// until the claim is added; "the official" later is this speaker.
        var role: String? = nil

        /// How the speaker stands for a side of its own: its entity id, or its name as written.
        var asSide: String { entity ?? name }
    }

    /// The running context of an article: the people and speakers seen so far.
    private struct Salience {
        var lastPerson: Speaker?
        var lastSpeaker: Speaker?
        var lastReporter: Speaker?
        var lastOrganizations: [Speaker] = []
        /// Person entity -> the side they speak for, once a role phrase said it.
        var sides: [String: String] = [:]
        var postAuthor: Speaker?
        /// Who last spoke "in a statement" (a document noun -> its speaker, and the paragraph):
        /// "the statement said" next speaks for them.
        var documentBy: [String: (speaker: Speaker, paragraph: Int)] = [:]
        /// Role word -> the latest speaker named with it.
        var roleSpeakers: [String: Speaker] = [:]
        /// A body named as written, by its head noun, as first named ("The finance ministry"):
        /// "the ministry" later is the same body.
        var bodies: [String: String] = [:]

        /// The body a written name stands for: the first one named with its head noun, when the
        /// name is "the" and lower-case words ending in a body noun (not "the Philippine ministry").
        mutating func body(_ written: String) -> String? {
            let words = ClaimWords.lowercased(written).split(separator: " ")
            guard words.count >= 2, words.count <= 4, words[0] == "the", let head = words.last, ClaimExtractor.bodyNouns.contains(String(head)),
                  written.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase }) else { return nil }
            if let first = bodies[String(head)] { return first }
            bodies[String(head)] = written
            return written
        }
        /// The person who was the subject of (or spoke in) the latest sentence that had one: "he"
        /// prefers them to whoever was named last.
        var lastSubject: Speaker?
        /// The latest group, organisation or document that spoke or was a sentence's subject:
        /// "they" prefers it to a single person.
        var lastGroup: Speaker?
        /// The current sentence's own subject, for pronouns later in the same sentence
        /// ("Officials went to the station, where they claimed ...").
        var currentPerson: Speaker?
        var currentGroup: Speaker?
        /// A quote or an attribution ("X stated,") left open at the end of the previous paragraph:
        /// a quotation opening the next paragraph without attribution of its own continues it.
        var pendingQuote: (speaker: Speaker, cue: String)?
        /// The people named lately, latest last, and the sex the article gives each (by entity).
        var recentPeople: [Speaker] = []
        var sexes = LazySexes()

        mutating func noteRecent(_ sp: Speaker) {
            recentPeople.removeAll { $0 == sp }
            recentPeople.append(sp)
            if recentPeople.count > 8 { recentPeople.removeFirst() }
        }

        /// The person a pronoun stands for: this sentence's subject, the last sentence's, the last
        /// person named, in that order, but passing over anyone the article gives the other sex,
        /// to the latest person of the pronoun's sex.
        func person(for pronoun: String) -> Speaker? {
            let preferred = [currentPerson, lastSubject, lastPerson].compactMap { $0 }
            guard let want = PersonSex(pronoun: pronoun) else { return preferred.first }
            func sex(_ sp: Speaker) -> PersonSex? { sp.entity.flatMap { sexes.of($0) } }
            if let first = preferred.first, sex(first) == nil || sex(first) == want { return first }
            if let match = preferred.first(where: { sex($0) == want }) ?? recentPeople.last(where: { sex($0) == want }) { return match }
            return preferred.first { sex($0) == nil } ?? preferred.first
        }
    }

    /// The sex the article gives a person, worked out for the people a pronoun is weighed
    /// against only: a marker right before a mention ("Ms", "Mr", "spokeswoman"), else a given
    /// name that is nearly always one sex.
    final class LazySexes {
        private let analyzed: AnalyzedArticle?
        private let name: (String) -> String?
        private var known: [String: PersonSex?] = [:]

        init(_ analyzed: AnalyzedArticle? = nil, name: @escaping (String) -> String? = { _ in nil }) {
            self.analyzed = analyzed
            self.name = name
        }

        func of(_ entity: String) -> PersonSex? {
            if let sex = known[entity] { return sex }
            let sex = work(entity)
            known[entity] = sex
            return sex
        }

        private func work(_ entity: String) -> PersonSex? {
            guard let analyzed else { return nil }
            for m in analyzed.mentions where m.entity == entity && m.kind == .person && m.form == .name {
                guard let p = analyzed.article.paragraphs.first(where: { $0.index == m.paragraph }) else { continue }
                // The word before the mention ("Ms", "Mr.", "spokeswoman").
                let view = p.text.unicodeScalars
                let offset = m.start - p.start
                guard offset > 0, offset <= view.count else { continue }
                var i = view.index(view.startIndex, offsetBy: offset)
                while i > view.startIndex, case let c = view[view.index(before: i)], c == " " || c == "." { i = view.index(before: i) }
                let end = i
                while i > view.startIndex, view[view.index(before: i)].properties.isAlphabetic { i = view.index(before: i) }
                if i < end, let sex = PersonSex.markers[String(view[i..<end]).lowercased()] { return sex }
            }
            guard let full = name(entity), let given = full.split(separator: " ").first else { return nil }
            return PersonSex.givenNames[String(given)]
        }
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
        salience.sexes = LazySexes(analyzed, name: entities.name)
        for (pi, p) in paragraphs.enumerated() {
            let mentions = (mentionsByParagraph[p.index] ?? []).map { LocalMention(mention: $0, start: $0.start - p.start, end: $0.end - p.start) }
            let pending = salience.pendingQuote
            salience.pendingQuote = nil
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
                let scalars = ClaimWords.scalars(p.text)
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
                extract(paragraph: p, mentions: mentions, article: article.id, entities: entities, pending: pending, salience: &salience, into: &claims)
                lastFalseLabelled = claims.count > before ? [claims[before].id] : []
                continue
            default:
                lastFalseLabelled = []
            }
            extract(paragraph: p, mentions: mentions, article: article.id, entities: entities, pending: pending, salience: &salience, into: &claims)
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
            if isPerson { s.lastPerson = sp; s.noteRecent(sp) }
            if lm.mention.kind == .organization {
                s.lastOrganizations.removeAll { $0.entity == sp.entity }
                s.lastOrganizations.append(sp)
            }
        }
    }

    // MARK: - One paragraph

    private func extract(paragraph p: Paragraph, mentions: [LocalMention], article: String, entities: EntityInfo,
                         pending: (speaker: Speaker, cue: String)?, salience: inout Salience, into claims: inout [Claim]) {
        let scalars = ClaimWords.scalars(p.text)
        let tokens = Tokenizer.tokenize(p.text)
        // Each token lower-cased once.
        let lower = tokens.map(ClaimWords.lower)
        // What each token can be to the clause rules, from one look-up: most tokens are nothing.
        let bits = lower.map { Self.wordBits[$0] ?? 0 }
        // Tokens, mentions and sentences are looked up by offset with binary searches, so a long
        // paragraph costs time in proportion to its length, not to its length squared.
        let ranges = OffsetIndex(tokens: tokens, lower: lower, mentions: mentions)
        let quotes = quoteSpans(scalars).filter { q in
            ranges.tokens(in: q.lowerBound, q.upperBound).filter { tokens[$0].isWord }.count >= 4
        }
        let sentences = SentenceSplitter.split(scalars)
        var tokenInQuote = [Bool](repeating: false, count: tokens.count)
        for q in quotes {
            var i = ranges.firstToken(startingAtOrAfter: q.lowerBound)
            while i < tokens.count && tokens[i].start < q.upperBound { tokenInQuote[i] = true; i += 1 }
        }
        // Tokens inside a name ("The Globe and Mail"): no clause boundary there.
        var tokenInName = [Bool](repeating: false, count: tokens.count)
        for m in mentions {
            var i = ranges.firstToken(startingAtOrAfter: m.start)
            while i < tokens.count && tokens[i].start < m.end { tokenInName[i] = true; i += 1 }
        }
        // An ASCII paragraph's scalar offsets are its UTF-8 offsets.
        let ascii = p.text.utf8.count == scalars.count
        // Scalar offset -> UTF-8 offset, for paragraphs that are not ASCII (worked out on first use):
        // slicing the bytes is far cheaper than appending scalars one by one.
        var utf8Offsets: [Int] = []
        func text(_ r: Range<Int>) -> String {
            if !ascii && utf8Offsets.isEmpty {
                utf8Offsets.reserveCapacity(scalars.count + 1)
                var o = 0
                for c in scalars { utf8Offsets.append(o); o += UTF8.width(c) }
                utf8Offsets.append(o)
            }
            let bytes = ascii ? r : utf8Offsets[r.lowerBound]..<utf8Offsets[r.upperBound]
            var t = p.text
            return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
        }
        /// Where what was said starts at token `k` of `s`: after a lower-case "that" opening it.
        func skippingThat(_ k: Int, in s: [Int]) -> Int {
            k + 1 < s.count && lower[s[k]] == "that" && tokens[s[k]].isLowercase ? k + 1 : k
        }
        var paragraphSpeaker: Speaker? = nil
        var sentenceSpeaker: Speaker? = nil
        @discardableResult
        func add(_ sp: Speaker, cue: String, range: Range<Int>, quoted: Bool, mutual: [String] = []) -> Bool {
            var sp = sp
            if let role = sp.role {
                sp.role = nil
                salience.roleSpeakers[role] = sp
            }
            if let e = sp.entity {
                if let side = sp.side { salience.sides[e] = side } else { sp.side = salience.sides[e] }
            }
            // "The ministry said in a statement ... The statement said ...": the document speaks for the ministry.
            let written = sp.entity == nil ? ClaimWords.lowercased(sp.name).split(separator: " ") : []
            if written.count == 2, written[0] == "the", let by = salience.documentBy[String(written[1])],
               by.paragraph >= p.index - 2, sp.side == nil, by.speaker != sp {
                sp.side = by.speaker.side ?? by.speaker.asSide
            }
            // "The ministry", "the finance ministry", "ministry spokesman X": one body, named as first written.
            if sp.entity == nil, sp.side == nil, let body = salience.body(sp.name), body != sp.name { sp.side = body }
            if let side = sp.side, !side.contains("/"), let body = salience.body(side) { sp.side = body }
            var r = range
            while r.lowerBound < r.upperBound && scalars[r.lowerBound].properties.isWhitespace { r = (r.lowerBound + 1)..<r.upperBound }
            while r.upperBound > r.lowerBound && scalars[r.upperBound - 1].properties.isWhitespace { r = r.lowerBound..<(r.upperBound - 1) }
            // A quote cut at its attribution ("…Ukraine," he said) ends with the comma that led to it.
            while r.upperBound > r.lowerBound && (scalars[r.upperBound - 1] == "," || scalars[r.upperBound - 1] == ";")
                    && r.upperBound <= scalars.count { r = r.lowerBound..<(r.upperBound - 1) }
            guard r.count >= 8 else { return false }
            let t = text(r)
            let about = Array(Set(ranges.mentions(in: r.lowerBound, r.upperBound).map(\.mention.entity))).sorted()
            // (Negations are words: tokens that start with a letter.)
            let disputes = ReportingCues.disputingCues.contains(cue)
                || ranges.tokens(in: r.lowerBound, r.upperBound).contains { tokens[$0].isWord && ReportingCues.negations.contains(lower[$0]) }
            claims.append(Claim(
                id: "\(article)#\(claims.count + 1)", speaker: sp.name, speakerEntity: sp.entity, speakerSide: sp.side, cue: cue, text: t, quoted: quoted,
                paragraph: p.index, start: p.start + r.lowerBound, end: p.start + r.upperBound, article: article,
                about: about, disputes: disputes, mutualParties: mutual))
            salience.lastSpeaker = sp
            // (The document nouns of the claim's sentence outside the claim: "said in a statement".)
            if written.count != 2 || written[0] != "the" || !Self.issuedDocuments.contains(String(written[1])) {
                let sentence = sentences[sentenceIndex(r.lowerBound)]
                for k in ranges.tokens(in: sentence.lowerBound, sentence.upperBound)
                where Self.issuedDocuments.contains(lower[k]) && (tokens[k].end <= r.lowerBound || tokens[k].start >= r.upperBound) && !tokenInQuote[k] {
                    salience.documentBy[lower[k]] = (sp, p.index)
                }
            }
            // A country's body as written ("Rwanda's foreign ministry") is what "the ministry" stands for next.
            if sp.entity == nil, sp.side != nil, !salience.lastOrganizations.contains(sp) { salience.lastOrganizations.append(sp) }
            if cue == "reported" || cue == "according to" { salience.lastReporter = sp }
            if sp.kind == .person { salience.lastPerson = sp; salience.noteRecent(sp) }
            if mutual.isEmpty { paragraphSpeaker = sp; sentenceSpeaker = sp }
            return true
        }

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
        /// Only white space and opening quotation marks in lo..<hi.
        func blank(_ lo: Int, _ hi: Int) -> Bool {
            var k = lo
            while k < hi {
                let c = scalars[k]
                if !(c.properties.isWhitespace || c == "\"" || c == "“" || c == "«" || c == "‘" || c == "'") { return false }
                k += 1
            }
            return true
        }
        let inQuote = { (i: Int) -> Bool in tokenInQuote[i] }
        let context = Context(tokens: tokens, lower: lower, mentions: ranges, inName: tokenInName, entities: entities)

        // Quotations are attributed in text order with the sentences, so that a pronoun after a
        // quote ("..., he said") sees the speakers of the sentences before it. A quote's
        // attribution sits after it in the sentence where it ends ("...," he added), before it
        // where it starts, or, for a quote with none, comes from the quote it continues.
        var quotesByFirst: [Int: [Int]] = [:]
        if !sentences.isEmpty { for (qi, q) in quotes.enumerated() { quotesByFirst[sentenceIndex(q.lowerBound), default: []].append(qi) } }
        var handled: Set<Int> = []
        // A quote inside a reported clause ('X told Y any process "must be ..."') makes the clause
        // the claim; the part of the sentence before that clause is still read for its own cue.
        var clauseStart: [Int: Int] = [:]
        var claimedUpTo = 0
        var lastQuote: (speaker: Speaker, sentence: Int)? = nil
        var openAttribution: (speaker: Speaker, cue: String)? = nil

        func attributeQuote(_ q: Range<Int>) {
            let first = sentenceIndex(q.lowerBound), last = sentenceIndex(q.upperBound)
            if q.lowerBound < claimedUpTo {
                for k in first...max(first, last) { handled.insert(k) }
                return
            }
            let after = ranges.tokens(in: q.upperBound, sentences[last].upperBound).filter { !inQuote($0) }
            var attributed = attribution(after: after, context, salience: salience)
            var nested: Int? = nil
            if attributed == nil {
                let before = ranges.tokens(in: sentences[first].lowerBound, q.lowerBound).filter { !inQuote($0) }
                if let found = attribution(before: before, context, salience: salience) {
                    attributed = (found.speaker, found.cue)
                    if found.gerund { clauseStart[first] = min(clauseStart[first] ?? Int.max, found.clauseStart) }
                    // Words between the cue and the quote: the quote closes a reported clause.
                    if let c = found.cueEnd, let pos = before.firstIndex(of: c) {
                        let rest = before[(pos + 1)...]
                        let words = rest.filter { tokens[$0].isWord && lower[$0] != "that" }
                        if let colon = rest.last(where: { tokens[$0].text == ":" }) {
                            // 'X told Y the plan is bad: "..."': the paraphrase before the colon.
                            if rest.filter({ tokens[$0].isWord && tokens[$0].end <= tokens[colon].start }).count >= 3 {
                                clauseStart[first] = min(clauseStart[first] ?? Int.max, tokens[colon].start)
                            }
                        } else if words.count >= 2, let firstWord = rest.first(where: { tokens[$0].isWord }) {
                            nested = max(tokens[firstWord].start, claimedUpTo)
                            clauseStart[first] = min(clauseStart[first] ?? Int.max, found.clauseStart)
                        }
                    }
                }
            }
            if attributed == nil, p.kind == .post, let author = salience.postAuthor { attributed = (author, "post") }
            if attributed == nil, blank(sentences[first].lowerBound, q.lowerBound) {
                // A quotation standing alone: it continues the quote or attribution before it.
                if blank(0, q.lowerBound), let pending { attributed = pending
                } else if let ps = paragraphSpeaker { attributed = (ps, "quote") }
            }
            guard let (sp, cue) = attributed else { return }
            if let from = nested {
                // Through the closing quotation mark, and on through the rest of the reported clause
                // ('... "driven by a stronger cedi" rather than by policy'), up to a second cue of the
                // same speaker (', and warned that ...'), which is a claim of its own.
                var end = min(scalars.count, q.upperBound + 1)
                let sentenceEnd = sentences[last].upperBound
                let rest = ranges.tokens(in: end, sentenceEnd).filter { !inQuote($0) }
                var second: (cue: String, start: Int)? = nil
                if rest.contains(where: { tokens[$0].isWord }), attribution(after: rest, context, salience: salience) == nil {
                    // The clause goes on to the first comma (", saying ...", ", the government recommending ..."
                    // are clauses of their own); "and <cue>" there or just after it starts the second claim.
                    let comma = rest.firstIndex(where: { tokens[$0].text == "," }) ?? rest.count
                    if comma > 0 { end = comma < rest.count ? tokens[rest[comma]].start : sentenceEnd }
                    for i in 0..<min(rest.count, comma + 2) where lower[rest[i]] == "and" && tokens[rest[i]].isLowercase && i + 1 < rest.count {
                        guard let (c, cueEnd) = self.cue(at: i + 1, in: rest, context), Self.assertingCues.contains(c), cueEnd + 2 < rest.count else { continue }
                        end = min(end, tokens[rest[i]].start)
                        let k = skippingThat(cueEnd + 1, in: rest)
                        second = (c, tokens[rest[k]].start)
                        break
                    }
                }
                add(sp, cue: cue, range: from..<end, quoted: false)
                if let second { add(sp, cue: second.cue, range: second.start..<sentenceEnd, quoted: false) }
                claimedUpTo = second == nil ? min(scalars.count, q.upperBound + 1) : sentenceEnd
                for k in first...max(first, last) { handled.insert(k) }
            } else {
                for s in SentenceSplitter.split(Array(scalars[q])) {
                    add(sp, cue: cue, range: (q.lowerBound + s.lowerBound)..<(q.lowerBound + s.upperBound), quoted: true)
                }
                for k in first...max(first, last) { handled.insert(k) }
            }
            lastQuote = (sp, last)
        }

        func sentenceClaims(_ si: Int, _ wholeSentence: Range<Int>, _ sTokensAll: [Int], _ sentenceMentions: [LocalMention]) {
            var sTokens = sTokensAll
            var sentence = wholeSentence
            if handled.contains(si) {
                // Only the part before a reported clause that a quote made a claim of.
                guard let limit = clauseStart[si] else { return }
                sTokens = sTokens.filter { tokens[$0].end <= limit }
                if let (sp, c) = mainClause(sTokens, minWords: 3) {
                    add(sp, cue: c, range: sentence.lowerBound..<limit, quoted: false)
                }
                return
            }
            if p.kind == .post, let author = salience.postAuthor {
                add(author, cue: "post", range: sentence, quoted: true)
                return
            }
            // Mutual accusations: "both Russia and Ukraine accuse each other of ...".
            if let k = sTokens.firstIndex(where: { bits[$0] & Self.mutualBit != 0 }),
               k + 2 < sTokens.count, tokens[sTokens[k + 1]].text == "each", tokens[sTokens[k + 2]].text == "other" {
                // (The parties are in the clause of "each other": not a dateline's country or a clause before a comma.)
                let clauseStart = sTokens[..<k].last(where: { tokens[$0].text == "," || Self.dashes.contains(tokens[$0].text) }).map { tokens[$0].end } ?? 0
                let parties = sentenceMentions.filter { $0.start >= clauseStart && $0.end <= tokens[sTokens[k]].start
                    && ($0.mention.kind == .country || $0.mention.kind == .person || $0.mention.kind == .organization) }
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
                    // "19 were killed, officials said, as the army and the rebels blamed each other": the
                    // clause before the comma is read on its own.
                    guard clauseStart > sentence.lowerBound, let comma = sTokens[..<k].last(where: { tokens[$0].end == clauseStart }) else { return }
                    sentence = sentence.lowerBound..<tokens[comma].start
                    sTokens = sTokens.filter { tokens[$0].end <= tokens[comma].start }
                }
            }
            // "According to X, ..." / "..., according to X." / "... learned that according to X, ..."
            if let k = sTokens.firstIndex(where: { bits[$0] & Self.accordingBit != 0 }), k + 1 < sTokens.count,
               lower[sTokens[k + 1]] == "to" {
                var np: [Int] = []
                var j = k + 2
                while j < sTokens.count && tokens[sTokens[j]].text != "," && tokens[sTokens[j]].text != "." && np.count < 12 { np.append(sTokens[j]); j += 1 }
                np = headPhrase(np, context)
                // The source is the first name after "according to" ("According to Rathbun the property ...").
                let lo = np.first.map { tokens[$0].start } ?? 0
                let hi = np.last.map { tokens[$0].end } ?? 0
                // A person named after a title beats the country in it ("Ambassador to the United States X").
                let named = ranges.mentions(in: lo, hi).filter { m in m.mention.form != .demonym }
                let firstNamed = named.min(by: { $0.start < $1.start })
                let firstPerson = named.filter { $0.mention.kind == .person }.min(by: { $0.start < $1.start })
                let source = firstNamed.map { $0.mention.kind == .country || $0.mention.kind == .place ? (firstPerson ?? $0) : $0 }
                if let first = source,
                   let k = np.lastIndex(where: { t in tokens[t].end <= first.end }),
                   !(np.last.map { ReportingCues.documentNouns.contains(lower[$0]) } ?? false) {
                    np = Array(np[...k])
                }
                if let sp = resolve(np, context, salience: salience) ?? source.map({ speaker(for: $0.mention, entities: entities) }) {
                    // ("According to the figures the police department publishes": the body that publishes them.)
                    add(sp, cue: "according to", range: sentence, quoted: false)
                }
                return
            }
            // "X said (that) ...", "X accused Y of ...", "X ruled out ...", and the clauses hung on
            // them: "..., which X rejects", "X, who had told Y ...", "..., with X saying ...".
            var main: (Speaker, String)? = nil
            var mainEnd = sentence.upperBound
            var lastRelative = -100
            // Where a relative clause's claim starts ("..., which the ministry rejects").
            var relativeStart = sentence.upperBound
            var mainCueEnd = 0
            var mainContentStart: Int? = nil
            // The speaker of the last ", saying ..." clause, for an "and accusing ..." after it.
            var lastGerund: Speaker? = nil
            var n = 0
            while n < sTokens.count {
                defer { n += 1 }
                guard bits[sTokens[n]] != 0 else { continue }
                let word = lower[sTokens[n]]
                if word == "which" || word == "who" || word == "whom" { lastRelative = n; continue }
                // ", a claim X denies" opens a clause of its own, like "which".
                // (Not the verb after an appositive: "Mr Castellano, 54, claims the publications ...".)
                let verbAfterAppositive = n >= 1 && tokens[sTokens[n - 1]].text == "," && ReportingCues.verbs[word] != nil
                    && n + 1 < sTokens.count && tokens[sTokens[n + 1]].isLowercase
                if bits[sTokens[n]] & Self.pointingBit != 0, n >= 1, !verbAfterAppositive,
                   tokens[sTokens[n - 1]].text == "," || (n >= 2 && ["a", "an", "the"].contains(lower[sTokens[n - 1]]) && tokens[sTokens[n - 2]].text == ",") {
                    lastRelative = n
                    continue
                }
                guard let (c, cueEnd) = cue(at: n, in: sTokens, context) else { continue }
                // "X accused Y of ... and said ...": a second verb of the same subject is a claim of its own.
                if let m = main, !word.hasSuffix("ing"), n >= 2, lower[sTokens[n - 1]] == "and", tokens[sTokens[n - 1]].isLowercase,
                   Self.assertingCues.contains(c),
                   cueEnd + 2 < sTokens.count, mainEnd == sentence.upperBound {
                    let from = tokens[sTokens[n - 1]].start
                    // "... and added that repairs would finish": what was added, without "that".
                    let k = skippingThat(cueEnd + 1, in: sTokens)
                    if add(m.0, cue: c, range: tokens[sTokens[k]].start..<sentence.upperBound, quoted: false) {
                        mainEnd = from
                    }
                    continue
                }
                // After the main clause only gerund and relative clauses can add a claim.
                if main != nil, !word.hasSuffix("ing"), n - lastRelative > 13 { continue }
                if word.hasSuffix("ing") {
                    // ", saying ..." goes on with the clause's speaker; "with X saying ..." gives X.
                    guard cueEnd + 1 < sTokens.count else { continue }
                    var sp: Speaker? = nil
                    var from = n
                    if n > 0, tokens[sTokens[n - 1]].text == ",", let m = main {
                        sp = m.0
                        from = n - 1
                    } else if n > 2, tokens[sTokens[n - 1]].text == ",", main == nil, relativeStart == sentence.upperBound,
                              // (A relative clause between that reports nothing: "..., which has 11,000 members, saying ...".)
                              n - lastRelative > 13 || (lastRelative >= 0 && !sTokens[(lastRelative + 1)..<n].contains { bits[$0] & Self.cueBit != 0 }),
                              case let lead = leadingSubject(sTokens, context), !lead.isEmpty,
                              let own = resolve(lead, context, salience: salience) {
                        // "The regulator ordered the advert withdrawn, saying ...": the sentence's subject says it.
                        sp = own
                        from = n - 1
                    } else if n > 1, lower[sTokens[n - 1]] == "as", main == nil,
                              let q = (max(1, n - 10)..<n).last(where: { lower[sTokens[$0]] == "quoted" }),
                              ["was", "were", "is", "are", "been"].contains(lower[sTokens[q - 1]]) {
                        // "Kooijmans was quoted by De Telegraaf as saying ...": the one quoted says it.
                        let (np, _) = subjectTokens(before: q - 1, in: sTokens, context)
                        if !np.isEmpty { sp = resolve(np, context, salience: salience) }
                        if sp == nil, let named = appositiveSubject(sTokens) { sp = speaker(for: named.mention, entities: entities) }
                        if sp == nil, case let lead = leadingSubject(sTokens, context), !lead.isEmpty { sp = resolve(lead, context, salience: salience) }
                        from = q - 1
                    } else if n > 0, lower[sTokens[n - 1]] == "and", let g = lastGerund {
                        // "..., saying X and accusing Y of Z": the second verb is a claim of the same speaker.
                        sp = g
                        from = n - 1
                    } else if let w = (max(0, n - 6)..<n).last(where: { lower[sTokens[$0]] == "with" }), w + 1 < n,
                              !sTokens[(w + 1)..<n].contains(where: { tokens[$0].text == "," }) {
                        sp = resolve(Array(sTokens[(w + 1)..<n]), context, salience: salience)
                        from = w > 0 && tokens[sTokens[w - 1]].text == "," ? w - 1 : w
                    }
                    // The claim ends where "and <another -ing cue>" starts one of its own.
                    var end = sentence.upperBound
                    if let k = sTokens.indices.dropFirst(cueEnd + 1).first(where: { k in
                        k + 1 < sTokens.count && lower[sTokens[k]] == "and" && lower[sTokens[k + 1]].hasSuffix("ing")
                            && bits[sTokens[k + 1]] & Self.cueBit != 0 && cue(at: k + 1, in: sTokens, context) != nil
                    }) {
                        end = tokens[sTokens[k]].start
                    }
                    let k = skippingThat(cueEnd + 1, in: sTokens)
                    if let sp, add(sp, cue: c, range: tokens[sTokens[k]].start..<end, quoted: false) {
                        mainEnd = min(mainEnd, tokens[sTokens[from]].start)
                        lastGerund = sp
                    }
                    continue
                }
                let (subject, boundary) = subjectTokens(before: n, in: sTokens, context)
                let bword = boundary.map { tokens[sTokens[$0]].isLowercase ? lower[sTokens[$0]] : "" } ?? ""
                // "..., a claim Moscow denies": the noun phrase pointing back is the claim, by its own source.
                let refAt = subject.first.map { ["a", "an", "the"].contains(lower[$0]) ? 1 : 0 } ?? 0
                if let b = boundary, tokens[sTokens[b]].text == ",", subject.count > refAt + 1,
                   Self.pointingNouns.contains(lower[subject[refAt]]), tokens[subject[refAt]].isLowercase {
                    if let sp = resolve(Array(subject[(refAt + 1)...]), context, salience: salience) {
                        let end = sTokens[(cueEnd + 1)...].first(where: { tokens[$0].text == "," }).map { tokens[$0].start } ?? sentence.upperBound
                        if add(sp, cue: c, range: tokens[subject[0]].start..<end, quoted: false) {
                            relativeStart = min(relativeStart, tokens[subject[0]].start)
                            mainEnd = min(mainEnd, tokens[sTokens[b]].start)
                        }
                    }
                    continue
                }
                if !subject.isEmpty, bword == "which" || bword == "whom" {
                    // "..., which the ministry today rejects": the relative clause is the claim
                    // (not "which is not accused of": a verb in the subject means no source there).
                    if !subject.contains(where: { Self.auxiliaries.contains(lower[$0]) }), let sp = resolve(subject, context, salience: salience) {
                        // "..., in which she alleged that workers at X, a café, were underpaid": what follows "that" is the claim.
                        if cueEnd + 2 < sTokens.count, lower[sTokens[cueEnd + 1]] == "that", tokens[sTokens[cueEnd + 1]].isLowercase {
                            if add(sp, cue: c, range: tokens[sTokens[cueEnd + 2]].start..<sentence.upperBound, quoted: false) {
                                relativeStart = min(relativeStart, tokens[sTokens[boundary!]].start)
                                if boundary! > 0, tokens[sTokens[boundary! - 1]].text == "," { mainEnd = min(mainEnd, tokens[sTokens[boundary! - 1]].start) }
                            }
                            continue
                        }
                        let end = sTokens[(cueEnd + 1)...].first(where: { tokens[$0].text == "," }).map { tokens[$0].start } ?? sentence.upperBound
                        if add(sp, cue: c, range: tokens[sTokens[boundary!]].start..<end, quoted: false) {
                            relativeStart = min(relativeStart, tokens[sTokens[boundary!]].start)
                            // The clause before "which" is no part of the main claim.
                            if boundary! > 0, tokens[sTokens[boundary! - 1]].text == "," { mainEnd = min(mainEnd, tokens[sTokens[boundary! - 1]].start) }
                        }
                    }
                    continue
                }
                if subject.isEmpty, bword == "which", let b = boundary, b >= 2, tokens[sTokens[b - 1]].text == ",",
                   let t = sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 5)].firstIndex(where: { lower[$0] == "that" && tokens[$0].isLowercase }),
                   t + 2 < sTokens.count {
                    // "Harwood Peak, which confirmed on Monday that it had made three approaches, said ...":
                    // the body before "which" claims what follows "that", up to the clause's end.
                    let (np, _) = subjectTokens(before: b - 1, in: sTokens, context)
                    if !np.isEmpty, !hasVerb(np, context), let sp = resolve(np, context, salience: salience) {
                        let end = sTokens[(t + 1)...].first(where: { tokens[$0].text == "," }).map { tokens[$0].start } ?? sentence.upperBound
                        add(sp, cue: c, range: tokens[sTokens[t + 1]].start..<end, quoted: false)
                    }
                    continue
                }
                if subject.isEmpty, bword == "who", let b = boundary, b >= 2, tokens[sTokens[b - 1]].text == "," {
                    // "Devocht, who had told him he would help, said ...": the relative clause is the claim.
                    let (np, _) = subjectTokens(before: b - 1, in: sTokens, context)
                    if let sp = resolve(np, context, salience: salience), cueEnd + 1 < sTokens.count {
                        let end = sTokens[(cueEnd + 1)...].first(where: { tokens[$0].text == "," }).map { tokens[$0].start } ?? sentence.upperBound
                        add(sp, cue: c, range: tokens[sTokens[cueEnd + 1]].start..<end, quoted: false)
                    }
                    continue
                }
                guard main == nil else { continue }
                var sp: Speaker? = nil
                // The speaker's phrase opens the sentence, set off by commas: what was said comes after the cue.
                var setOff = false
                if subject.isEmpty, let b = boundary, tokens[sTokens[b]].text == "," {
                    // "Professor X, Director of Y, says ...": the name before the appositive.
                    sp = appositiveSpeaker(endingAt: b, in: sTokens, context, salience: salience)
                    // "The ministry, which drafted the bill, said": a source before a relative clause.
                    if sp == nil, let c1 = sTokens[..<b].firstIndex(where: { tokens[$0].text == "," }), c1 >= 1, c1 + 1 < b,
                       ["which", "who", "whose"].contains(lower[sTokens[c1 + 1]]) {
                        let (np, inner) = subjectTokens(before: c1, in: sTokens, context)
                        if inner == nil, !np.isEmpty, !hasVerb(np, context) { sp = resolve(np, context, salience: salience) }
                    }
                    // (Only when the sentence opens with that phrase: no quotation or clause before it.)
                    setOff = sp != nil && tokens[sTokens[0]].isWord
                        && !sTokens[..<n].contains(where: { Self.openingQuotes.contains(tokens[$0].text) || ["\"", "”", "“"].contains(tokens[$0].text) })
                        && sTokens[..<n].filter({ tokens[$0].text == "," }).count <= 3
                } else if !hasVerb(subject, context) {
                    sp = resolve(subject, context, salience: salience)
                } else if bword == "who", let b = boundary {
                    // "A senior official who was not authorised to speak said ...": the phrase before "who".
                    let (np, _) = subjectTokens(before: b, in: sTokens, context)
                    if !np.isEmpty, !hasVerb(np, context) { sp = resolve(np, context, salience: salience) }
                }
                guard let sp else { continue }
                // Content: words after the cue, or before the subject ("The talks failed, he said").
                let after = sTokens[(cueEnd + 1)...].filter { tokens[$0].isWord }.count
                let before = setOff ? 0 : sTokens[..<max(0, n - subject.count)].filter { tokens[$0].isWord }.count
                // (An opening phrase set off by a comma, "Hours later, the committee ...", is said by nobody.)
                let opener = sTokens.prefix(5).firstIndex(where: { tokens[$0].text == "," }).map { $0 + 1 } ?? 0
                let beforeContent = setOff ? 0 : sTokens[min(opener, max(0, n - subject.count))..<max(0, n - subject.count)].filter { tokens[$0].isWord }.count
                var tail = sentence.upperBound
                while tail > sentence.lowerBound && scalars[tail - 1].properties.isWhitespace { tail -= 1 }
                // "The council rejects that.": a denial needs no more than what it points at.
                let pointsBack = after == 1 && ReportingCues.disputingCues.contains(c) && cueEnd + 1 < sTokens.count
                    && ReportingCues.pointingPronouns.contains(lower[sTokens[cueEnd + 1]])
                if ((after < 2 && before < 2) && !pointsBack) || (tail > sentence.lowerBound && scalars[tail - 1] == ":") {
                    // "Rathbun stated," closing the paragraph: the quote comes in the next one.
                    if si == sentences.count - 1 { openAttribution = (sp, c) }
                    break
                }
                main = (sp, c)
                mainCueEnd = cueEnd
                // The claimed content starts after the cue ("... said (that) X" -> "X"; "told reporters that X",
                // "said in a statement that X" -> "X"); a denial or accusation keeps its clause.
                // ("The KPA put its losses at three and said ...": what comes before "and said" is said too;
                // not so an act: "The committee kept its rate at 24 percent and said X" says X.)
                // ("..., fisherman X, 52, said by phone that Y": after "said ... that", Y is what was said, whatever came before.)
                let thatFollows = sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 4)].contains { lower[$0] == "that" && tokens[$0].isLowercase }
                    && !sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 4)].contains { tokens[$0].text == "," }
                if after >= 3, beforeContent < 2 || (thatFollows && n >= 1 && tokens[sTokens[n - 1]].text == ","), !ReportingCues.disputingCues.contains(c), c != "accused", c != "criticized",
                   n == 0 || lower[sTokens[n - 1]] != "and" || !sTokens[..<(n - 1)].contains(where: { Self.statingVerbs.contains(lower[$0]) }) {
                    var k = cueEnd + 1
                    if let t = sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 12)].firstIndex(where: { lower[$0] == "that" && tokens[$0].isLowercase }),
                       t > cueEnd + 1, t + 2 < sTokens.count,
                       c == "told" || c == "warned" || Self.prepositions.contains(lower[sTokens[cueEnd + 1]]),
                       !sTokens[(cueEnd + 1)..<t].contains(where: { tokens[$0].text == "," || tokens[$0].text == "\"" }) {
                        k = t + 1
                    } else if k < sTokens.count, lower[sTokens[k]] == "that", tokens[sTokens[k]].isLowercase, k + 2 < sTokens.count {
                        k += 1
                    } else if c == "told", k + 3 < sTokens.count, Self.audiences.contains(lower[sTokens[k]]), tokens[sTokens[k]].isLowercase {
                        // "told reporters he was innocent": what was told, without whom it was told to.
                        k = skippingThat(k + 1, in: sTokens)
                    } else if c == "told", k + 3 < sTokens.count, lower[sTokens[k]] == "the",
                              let h = (k + 1..<min(sTokens.count - 2, k + 4)).first(where: { Self.audienceHeads.contains(lower[sTokens[$0]]) }),
                              tokens[sTokens[h + 1]].isLowercase, tokens[sTokens[h + 1]].isWord {
                        // "told the Federal Court she spoke to 11 employees", "told the committee it was wrong".
                        k = skippingThat(h + 1, in: sTokens)
                    } else if c == "told", k + 3 < sTokens.count, tokens[sTokens[k]].isCapitalized,
                              let m = ranges.mentions(in: tokens[sTokens[k]].start, sentence.upperBound).first(where: {
                                  $0.start == tokens[sTokens[k]].start && ($0.mention.kind == .organization || $0.mention.kind == .person) }),
                              let after = sTokens[k...].firstIndex(where: { tokens[$0].start >= m.end }), after + 2 < sTokens.count,
                              tokens[sTokens[after]].isLowercase, tokens[sTokens[after]].isWord,
                              !["and", "of", "on", "in", "at", "last", "this", "about"].contains(lower[sTokens[after]]) {
                        // "told Reuters the plan was dead": the outlet or person told is no part of it.
                        k = skippingThat(after, in: sTokens)
                    }
                    if k < sTokens.count, tokens[sTokens[k]].start < mainEnd { mainContentStart = tokens[sTokens[k]].start }
                }
            }
            if let (sp, c) = main {
                // "X dismissed a newspaper report that ... as nonsense": the report's claim, then X's denial of it.
                if ReportingCues.disputingCues.contains(c), let (source, that) = reportedObject(after: mainCueEnd, in: sTokens),
                   tokens[sTokens[that]].start < mainEnd, that + 3 < sTokens.count {
                    let split = tokens[sTokens[that]].start
                    // The denial is the whole clause (its "as nonsense" too); the report's claim ends before " as ...".
                    var reportEnd = mainEnd
                    if let k = sTokens.indices.dropFirst(that + 2).first(where: { lower[sTokens[$0]] == "as" && tokens[sTokens[$0]].start < mainEnd }) {
                        reportEnd = tokens[sTokens[k]].start
                    }
                    let reportStart = tokens[sTokens[that + 1]].start
                    if add(sp, cue: c, range: sentence.lowerBound..<max(mainEnd, sentence.lowerBound), quoted: false), reportStart < reportEnd {
                        add(source, cue: "reported", range: reportStart..<max(reportEnd, split + 1), quoted: false)
                    }
                } else {
                    // (A clause cut later may end the claim before the content found at the cue starts.)
                    let end = max(mainEnd, sentence.lowerBound)
                    let start = mainContentStart.map { $0 < end ? $0 : sentence.lowerBound } ?? sentence.lowerBound
                    add(sp, cue: c, range: start..<end, quoted: false)
                }
            } else if !sentenceSpeakerSet() || relativeStart < sentence.upperBound,
                      let k = sTokens.firstIndex(where: { lower[$0] == "reportedly" }),
                      tokens[sTokens[k]].start < relativeStart {
                // "X was reportedly rejected (, which the ministry denies)": reports say so.
                add(Speaker(name: "reports", entity: nil, kind: nil), cue: lower[sTokens[k]], range: sentence.lowerBound..<relativeStart, quoted: false)
            }
        }
        func sentenceSpeakerSet() -> Bool { sentenceSpeaker != nil }

        /// A person named between the sentence's first two commas after a short lower-case opening
        /// ("Her mother, Karen Mitchell, ...", "One of the hikers, 27-year-old Aroha Mitchell, ...").
        func appositiveSubject(_ sTokens: [Int]) -> LocalMention? {
            guard let c1 = sTokens.prefix(7).firstIndex(where: { tokens[$0].text == "," }), c1 >= 1,
                  let c2 = sTokens[(c1 + 1)...].prefix(8).firstIndex(where: { tokens[$0].text == "," }), c2 > c1 + 1 else { return nil }
            guard !sTokens[..<c1].dropFirst().contains(where: { tokens[$0].isCapitalized && !context.inName[$0] }) else { return nil }
            let lo = tokens[sTokens[c1 + 1]].start, hi = tokens[sTokens[c2 - 1]].end
            guard let m = ranges.mentions(in: lo, hi).last(where: { $0.mention.kind == .person }), m.end == hi else { return nil }
            return m
        }

        /// A person of a sentence with no person for subject, named and then described by ", who"
        /// or ", whose": the one person so introduced.
        func introducedPerson(_ sTokens: [Int], _ mentions: [LocalMention]) -> LocalMention? {
            var found: LocalMention? = nil
            for (k, t) in sTokens.enumerated() where k + 1 < sTokens.count && tokens[t].text == ","
                && ["who", "whose"].contains(lower[sTokens[k + 1]]) && tokens[sTokens[k + 1]].isLowercase && k > 0 {
                guard let m = mentions.last(where: { $0.end == tokens[sTokens[k - 1]].end && $0.mention.kind == .person }) else { continue }
                if found != nil { return nil }
                found = m
            }
            return found
        }

        /// After a denial's cue: "(a newspaper) report(s) that", "claims that", "allegations that" —
        /// the report as an unnamed source, and the position of "that".
        func reportedObject(after cueEnd: Int, in sTokens: [Int]) -> (Speaker, Int)? {
            var k = cueEnd + 1
            let from = k
            while k < sTokens.count && k - from <= 3 && tokens[sTokens[k]].isWord && lower[sTokens[k]] != "that" { k += 1 }
            guard k < sTokens.count, k > from, lower[sTokens[k]] == "that", Self.reportedNouns.contains(lower[sTokens[k - 1]]) else { return nil }
            var words = (from..<k).map { tokens[sTokens[$0]].text }
            if ["a", "an", "the"].contains(words[0].lowercased()), words.count > 1 { words.removeFirst() }
            return (Speaker(name: words.joined(separator: " "), entity: nil, kind: nil), k)
        }

        /// The main reporting clause of tokens with at least `minWords` words after its cue.
        func mainClause(_ sTokens: [Int], minWords: Int) -> (Speaker, String)? {
            var n = 0
            while n < sTokens.count {
                defer { n += 1 }
                guard bits[sTokens[n]] & Self.cueBit != 0, let (c, cueEnd) = cue(at: n, in: sTokens, context),
                      !lower[sTokens[n]].hasSuffix("ing") else { continue }
                guard sTokens[(cueEnd + 1)...].filter({ tokens[$0].isWord }).count >= minWords else { return nil }
                let (subject, boundary) = subjectTokens(before: n, in: sTokens, context)
                if subject.isEmpty, let b = boundary, tokens[sTokens[b]].text == "," {
                    if let sp = appositiveSpeaker(endingAt: b, in: sTokens, context, salience: salience) { return (sp, c) }
                } else if !hasVerb(subject, context), let sp = resolve(subject, context, salience: salience) {
                    return (sp, c)
                }
            }
            return nil
        }

        for (si, sentence) in sentences.enumerated() {
            var sTokens = ranges.tokens(in: sentence.lowerBound, sentence.upperBound).filter { !inQuote($0) }
            // A dateline ("ELDORET, Kenya -- ", "SYDNEY - ") opening the sentence is no part of its clauses.
            if si == 0, let first = sTokens.first, tokens[first].isAllCaps, tokens[first].text.count >= 3,
               let dash = sTokens.prefix(10).lastIndex(where: { Self.dashes.contains(tokens[$0].text) }),
               dash + 3 < sTokens.count {
                sTokens.removeFirst(dash + 1)
            }
            let sentenceMentions = ranges.mentions(in: sentence.lowerBound, sentence.upperBound)
            sentenceSpeaker = nil
            // This sentence's own subject, for pronouns later in it.
            salience.currentPerson = nil
            salience.currentGroup = nil
            let lead = leadingSubject(sTokens, context)
            if !lead.isEmpty, !Self.subjectPronouns.contains(lower[lead[0]]), let sp = resolve(lead, context, salience: salience) {
                if sp.kind == .person { salience.currentPerson = sp } else if isGroup(sp, lead, context) { salience.currentGroup = sp }
            } else if let named = appositiveSubject(sTokens) {
                // "Her mother, Karen Mitchell, who raised the alarm, thanked ...": the name between the commas.
                salience.currentPerson = speaker(for: named.mention, entities: entities)
            }
            for qi in quotesByFirst[si] ?? [] { attributeQuote(quotes[qi]) }
            sentenceClaims(si, sentence, sTokens, sentenceMentions)
            note(sentenceMentions, entities: entities, into: &salience)
            if let sp = sentenceSpeaker, sp.kind == .person { salience.lastSubject = sp } else if let sp = salience.currentPerson { salience.lastSubject = sp }
            else if sentenceSpeaker == nil, let m = introducedPerson(sTokens, sentenceMentions) {
                // "The court heard from X, who managed the kitchen. She told ...": X, introduced with a
                // relative clause, is whom the next sentence is about.
                salience.lastSubject = speaker(for: m.mention, entities: entities)
            }
            if let sp = sentenceSpeaker, sp.kind != .person { salience.lastGroup = sp } else if let sp = salience.currentGroup { salience.lastGroup = sp }
        }
        salience.currentPerson = nil
        salience.currentGroup = nil
        // What the next paragraph may continue.
        if let lq = lastQuote, lq.sentence == sentences.count - 1 {
            salience.pendingQuote = (lq.speaker, "quote")
        } else if let open = openAttribution {
            salience.pendingQuote = open
        }
    }

    /// What the rules need of a paragraph.
    private struct Context {
        let tokens: [Token]
        let lower: [String]
        let mentions: OffsetIndex
        let inName: [Bool]
        let entities: EntityInfo
    }

    private static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those",
                                                    "this", "such", "new", "many", "some", "no", "any", "of", "whose"]

    /// The reporting cue at position n (the cue and the position of its last token), if the word
    /// there is used as a verb.
    private func cue(at n: Int, in s: [Int], _ cx: Context) -> (String, Int)? {
        let word = cx.lower[s[n]]
        var cue = ReportingCues.verbs[word]
        var end = n
        let next = n + 1 < s.count ? cx.lower[s[n + 1]] : ""
        if word == "ruled", next == "out" { cue = "ruled out"; end = n + 1 }
        if word == "pointed", next == "out" { cue = "said"; end = n + 1 }
        if word == "call" || word == "calls" || word == "called" || word == "calling", next == "for" { cue = "called for"; end = n + 1 }
        // "put it to her that ...": a question in court that asserts.
        if word == "put" || word == "puts", next == "it", n + 3 < s.count, cx.lower[s[n + 2]] == "to" { cue = "suggested"; end = n + 3 }
        // "maintained that ...", "hit back, saying": verbs that report only before a clause.
        if (word == "maintained" || word == "maintains") && next == "that" { cue = "insisted" }
        guard let c = cue, !ReportingCues.quoteOnly.contains(word) else { return nil }
        // A noun, not a verb: "the claims", "his calls", "new reports".
        if n > 0, Self.determiners.contains(cx.lower[s[n - 1]]) { return nil }
        return (c, end)
    }

    /// The subject at the start of a sentence (after an opening phrase such as "On Friday,"):
    /// names, capitalised words and "of"/"the" between them, and a plural noun closing them.
    private func leadingSubject(_ s: [Int], _ cx: Context) -> [Int] {
        var j = 0
        while j < s.count && !cx.tokens[s[j]].isWord { j += 1 }
        if j < s.count, ["but", "and", "so", "yet"].contains(cx.lower[s[j]]) { j += 1 }
        if j < s.count, Self.openingWords.contains(cx.lower[s[j]]),
           let comma = s[j..<min(s.count, j + 10)].firstIndex(where: { cx.tokens[$0].text == "," }) {
            j = comma + 1
        } else if j < s.count, !cx.inName[s[j]], case let w = cx.lower[s[j]], w.count > 4, w.hasSuffix("ed") || w.hasSuffix("ing"),
                  ReportingCues.verbs[w] == nil,
                  let comma = s[j..<min(s.count, j + 16)].firstIndex(where: { cx.tokens[$0].text == "," }) {
            // "Asked about the Chinese account, Dimaculangan was blunt": an opening participle's clause.
            j = comma + 1
        }
        var out: [Int] = []
        while j < s.count {
            let t = cx.tokens[s[j]], w = cx.lower[s[j]]
            if cx.inName[s[j]] || t.isCapitalized || t.isAllCaps || Self.inNounPhrase.contains(w) || (t.isLowercase && out.isEmpty == false && ReportingCues.personRoles.contains(w)) {
                out.append(s[j])
                j += 1
            } else { break }
        }
        // "Scientology officials went": one lower-case plural noun heads the phrase.
        if j + 1 < s.count, cx.tokens[s[j]].isLowercase, ReportingCues.groupNouns.contains(cx.lower[s[j]]), cx.tokens[s[j + 1]].isLowercase {
            out.append(s[j])
            j += 1
        }
        // "The ministry hit back", "The central bank's statement": a lower-case body after "The".
        if out.count == 1, cx.lower[out[0]] == "the", cx.tokens[out[0]].isCapitalized {
            var k = j
            while k < s.count && k - j < 3 && cx.tokens[s[k]].isLowercase && cx.tokens[s[k]].isWord && !Self.bodyNouns.contains(cx.lower[s[k]]) { k += 1 }
            if k < s.count, k - j < 3, cx.tokens[s[k]].isLowercase, Self.bodyNouns.contains(cx.lower[s[k]]),
               k + 1 < s.count, cx.tokens[s[k + 1]].isLowercase || cx.tokens[s[k + 1]].text == "," {
                out.append(contentsOf: s[j...k])
                return out
            }
        }
        while let l = out.last, Self.inNounPhrase.contains(cx.lower[l]) { out.removeLast() }
        guard j < s.count, cx.tokens[s[j]].isLowercase || cx.tokens[s[j]].text == "," else { return [] }
        return out
    }
    private static let openingWords: Set<String> = ["on", "in", "at", "after", "before", "during", "since", "last", "earlier", "meanwhile",
                                                    "however", "today", "yesterday", "separately", "following", "later", "also", "then", "but"]
    private static let inNounPhrase: Set<String> = ["the", "a", "an", "of", "'s", "’s", "-", "for", "and"]

    /// A speaker that "they" can stand for: an organisation, a country, or a group or document named as written.
    private func isGroup(_ sp: Speaker, _ np: [Int], _ cx: Context) -> Bool {
        if sp.kind == .organization || sp.kind == .country { return true }
        guard sp.entity == nil, let head = np.last else { return false }
        return ReportingCues.groupNouns.contains(cx.lower[head])
    }

    /// "Professor X, Director of Y, and Chairman of Z, says": the verb follows a comma; the speaker
    /// is the name at the start of the chain of appositives before it.
    private func appositiveSpeaker(endingAt b: Int, in s: [Int], _ cx: Context, salience: Salience) -> Speaker? {
        // The commas of the chain, nearest first, at most three appositives of at most 20 tokens.
        var commas: [Int] = []
        var k = b - 1
        while k >= 0 && b - k <= 60 && commas.count < 3 {
            let t = cx.tokens[s[k]].text
            if t == "," { commas.append(k) }
            if t == ";" || t == ":" || (cx.tokens[s[k]].isLowercase && (cx.lower[s[k]] == "that" || cx.lower[s[k]] == "said")) { break }
            k -= 1
        }
        // "The chief engineer of the Roads Authority, Declan Moore, said": a role phrase, then the person's
        // name alone between the last two commas: the person speaks, for the body of the role.
        if let c = commas.first, c >= 2, c + 1 < b, let firstName = s.indices.contains(c + 1) ? s[c + 1] : nil,
           let m = cx.mentions.mentions.first(where: { $0.start == cx.tokens[firstName].start && $0.end == cx.tokens[s[b - 1]].end && $0.mention.kind == .person }) {
            // (The role phrase from the comma before it, or the sentence start: "and" may be inside it.)
            let role = Array(s[(commas.count > 1 ? commas[1] + 1 : 0)..<c])
            let lowerRole = role.map { cx.lower[$0] }
            if role.count <= 12, lowerRole.contains(where: { ReportingCues.personRoles.contains($0) || Self.sideRoles.contains($0) }), let first = role.first,
               !cx.mentions.mentions.contains(where: { $0.mention.kind == .person && $0.start >= cx.tokens[first].start && $0.end <= cx.tokens[role.last!].end }) {
                var sp = speaker(for: m.mention, entities: cx.entities)
                sp.side = side(of: role, cx, salience: salience)
                return sp
            }
        }
        // The earliest segment that is a plain name phrase ending in a name.
        for c in commas.reversed() {
            var (np, boundary) = subjectTokens(before: c, in: s, cx)
            // ("..., fisherman Romeo Dacanay, 52, said": a lower-case description before a person's name is no part of it.)
            if let last = np.last, let m = cx.mentions.mentions.first(where: { $0.end == cx.tokens[last].end && $0.mention.kind == .person }),
               let from = np.firstIndex(where: { cx.tokens[$0].start >= m.start }), from > 0,
               np[..<from].allSatisfy({ cx.tokens[$0].isLowercase }) {
                np = Array(np[from...])
            }
            // ("Meanwhile, X, director of Y, told ...": an opening phrase's comma is no appositive's.)
            let opener = boundary.map { b in b <= 4 && !s[..<b].contains { cx.tokens[$0].text == "," } } ?? false
            // ("..., fisherman Romeo Dacanay, 52, said": a name and its age right before the verb start the clause.)
            let aged = c + 2 == b && cx.tokens[s[c + 1]].text.allSatisfy(\.isNumber)
            guard let last = np.last, boundary == nil || cx.tokens[s[boundary!]].text != "," || opener || aged else { continue }
            guard cx.mentions.mentions.contains(where: { $0.end == cx.tokens[last].end && ($0.mention.kind == .person || $0.mention.kind == .organization) }) else { continue }
            guard !np.contains(where: { cx.tokens[$0].isLowercase && !Self.inNounPhrase.contains(cx.lower[$0]) && !ReportingCues.personRoles.contains(cx.lower[$0]) && !Self.prepositions.contains(cx.lower[$0]) }) else { continue }
            if let first = np.first, Self.openingWords.contains(cx.lower[first]) { continue }
            if var sp = resolve(np, cx, salience: salience) {
                // "Name, the company's vice-president, said": the appositive after the name gives the side.
                if sp.kind == .person, sp.side == nil {
                    let role = Array(s[(c + 1)..<(commas.first(where: { $0 > c }) ?? b)])
                    sp.side = side(of: role, cx, salience: salience)
                }
                return sp
            }
        }
        // "A senior official, who spoke on condition of anonymity, said": the phrase before the "who" clause.
        if let c = commas.last, c + 1 < b, cx.lower[s[c + 1]] == "who", cx.tokens[s[c + 1]].isLowercase {
            let (np, boundary) = subjectTokens(before: c, in: s, cx)
            if !np.isEmpty, boundary == nil || cx.tokens[s[boundary!]].text != ",", !hasVerb(np, cx),
               let sp = resolve(np, cx, salience: salience) {
                return sp
            }
        }
        // "The army's spokesman, Colonel Pascal Mbuyi, said": the name is the appositive itself.
        var (np, before) = subjectTokens(before: b, in: s, cx)
        // "Daniel Okonkwo KC", "Jane Roe MP": letters after the name are no part of it.
        if np.count >= 3, let last = np.last, cx.tokens[last].isAllCaps, cx.tokens[last].text.count <= 3 { np.removeLast() }
        // "..., Dr. Samuel Osei-Bonsu of the Global Reef Monitoring Consortium, said": the name before "of".
        if let cut = np.firstIndex(where: { ["of", "at", "from"].contains(cx.lower[$0]) && cx.tokens[$0].isLowercase }), cut > 0,
           cx.mentions.mentions.contains(where: { $0.end == cx.tokens[np[cut - 1]].end && $0.mention.kind == .person }) {
            np = Array(np[..<cut])
        }
        // "..., retired teacher Linda Harcourt, said": a lowercase description before the name is no part of it.
        if let last = np.last, np.contains(where: { cx.tokens[$0].isLowercase && !cx.inName[$0] }),
           let m = cx.mentions.mentions.first(where: { $0.end == cx.tokens[last].end && $0.mention.kind == .person }),
           let from = np.firstIndex(where: { cx.tokens[$0].start >= m.start }), from > 0,
           np[..<from].allSatisfy({ !cx.tokens[$0].isCapitalized && !cx.tokens[$0].isAllCaps }) {
            np = Array(np[from...])
        }
        if let last = np.last, !np.contains(where: { cx.tokens[$0].isLowercase && !cx.inName[$0] }),
           cx.mentions.mentions.contains(where: { $0.end == cx.tokens[last].end && $0.mention.kind == .person }),
           var sp = resolve(np, cx, salience: salience) {
            if let c = before, sp.side == nil {
                let (role, _) = subjectTokens(before: c, in: s, cx)
                sp.side = side(of: role, cx, salience: salience)
            }
            return sp
        }
        return nil
    }

    /// Roles that speak for a body and nothing else.
    private static let spokesRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

    /// Verbs by which a clause before "and said" states something itself ("put its losses at three").
    private static let statingVerbs: Set<String> = ["put", "puts", "estimated", "estimates", "gave", "gives", "counted", "counts",
                                                    "reported", "reports", "confirmed", "confirms", "admitted", "admits", "acknowledged",
                                                    "acknowledges", "conceded", "concedes", "claimed", "claims", "maintained", "maintains"]

    /// Documents a source speaks in ("in a statement"), which "the statement" then stands for.
    private static let issuedDocuments: Set<String> = ["statement", "letter", "filing", "submission", "release", "memo"]

    /// Role nouns beyond `ReportingCues.personRoles` that say whom a person speaks for.
    private static let sideRoles: Set<String> = [
        "lawyer", "lawyers", "attorney", "counsel", "chairman", "chairwoman", "chair", "head", "executive", "manager", "officer",
        "representative", "deputy", "organiser", "organizer", "coordinator", "founder", "owner", "boss", "captain", "coach",
        "agent", "campaigner", "member", "vice-president", "vice", "economist", "analyst", "researcher", "scientist", "expert",
        "barrister", "solicitor", "attorneys", "chairperson", "doctor", "editor", "engineer", "partner", "treasurer",
    ]

    /// Those a claim is told to ("told reporters ..."), as one word.
    private static let audiences: Set<String> = ["reporters", "journalists", "jurors", "lawmakers", "legislators", "senators", "delegates",
                                                 "supporters", "parliament", "residents", "shareholders", "investors", "parents", "students", "me", "us", "him", "her", "them"]

    /// Heads of a body a claim is told to ("told the Federal Court ...").
    private static let audienceHeads: Set<String> = ["court", "jury", "committee", "tribunal", "inquiry", "hearing", "panel", "parliament",
                                                     "senate", "assembly", "council", "conference", "briefing", "meeting", "commission", "board"]

    /// Cues that assert (not "urged", "called for", "promised"): a second one joined by "and" is a claim.
    private static let assertingCues: Set<String> = ["said", "told", "added", "argued", "claimed", "accused", "denied", "refuted", "rejected", "disputed",
                                                     "warned", "insisted", "noted", "stressed", "described", "confirmed", "admitted", "stated"]

    /// Verbs that make a would-be subject a clause ("which is not accused").
    private static let auxiliaries: Set<String> = ["is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "does", "did"]

    /// Lawyers: whoever's they are, they speak for the defence.
    private static let counselRoles: Set<String> = ["lawyer", "lawyers", "barrister", "solicitor", "counsel", "attorney", "attorneys"]

    /// Common nouns for a body whose spokesperson speaks ("a company spokeswoman", "the army spokesman").
    private static let sideBodies: Set<String> = ["company", "army", "union", "ministry", "government", "police", "party", "club",
                                                  "council", "court", "agency", "firm", "group", "campaign", "commission", "board",
                                                  "department", "military", "embassy", "hospital", "school", "university", "airline"]
    /// Bodies "the <noun>" stands for the last organisation named as ("the company said").
    private static let firmLike: Set<String> = ["company", "firm", "airline", "carrier", "club"]
    /// Bodies a spokesperson's role stands for the organisation just named by ("a company spokeswoman");
    /// "the group said" is too often a campaign group to be the firm.
    private static let companyLike: Set<String> = firmLike.union(["group"])

    /// The side a role phrase gives its holder: "The army's regional spokesman" -> the army,
    /// "its spokesman" -> the organisation just named, "a spokeswoman for the mission" -> the mission.
    private func side(of seg: [Int], _ cx: Context, salience: Salience) -> String? {
        guard !seg.isEmpty, seg.count <= 12 else { return nil }
        let lower = seg.map { cx.lower[$0] }
        // The two sides of a courtroom.
        if lower.contains(where: { $0.hasPrefix("prosecut") }) { return "the prosecution" }
        if lower.contains(where: { $0 == "defence" || $0 == "defense" }) { return "the defence" }
        guard lower.contains(where: { ReportingCues.personRoles.contains($0) || Self.sideRoles.contains($0) }) else { return nil }
        if lower[0] == "its" || lower[0] == "their" {
            return (salience.lastOrganizations.last ?? salience.lastGroup)?.asSide
        }
        // "Her lawyer, Samuel Njoroge": whoever "her" is, the lawyer speaks for them.
        if lower[0] == "his" || lower[0] == "her", let person = salience.person(for: lower[0]) {
            return person.asSide
        }
        // The possessive may come as "'s" or as "'" and "s".
        if let k = lower.indices.first(where: { lower[$0] == "'s" || lower[$0] == "’s" || ((lower[$0] == "'" || lower[$0] == "’") && $0 + 1 < lower.count && lower[$0 + 1] == "s") }),
           k > 0, let sp = resolve(Array(seg[..<k]), cx, salience: salience) {
            // A person's lawyer speaks for the defence.
            if sp.kind == .person, lower.contains(where: { Self.counselRoles.contains($0) }) { return "the defence" }
            return sp.asSide
        }
        // "Chinese coast guard spokesman Liu Zhenhai": a country named in the role is the side.
        if let first = seg.first, let last = seg.last,
           let m = cx.mentions.mentions(in: cx.tokens[first].start, cx.tokens[last].end).first(where: { $0.mention.kind == .country }) {
            return m.mention.entity
        }
        // "Harlow Rovers coach X", "the TRA's chief adviser": an organisation named in the role is the side;
        // so is a person ("Trump adviser X").
        if !lower.contains("former"), let first = seg.first, let last = seg.last,
           let m = cx.mentions.mentions(in: cx.tokens[first].start, cx.tokens[last].end).last(where: { $0.mention.kind == .organization || $0.mention.kind == .person }) {
            return m.mention.entity
        }
        // "coast guard spokesman X" after "the Philippine Coast Guard": the organisation just named with that word.
        if let r = lower.firstIndex(where: { ReportingCues.personRoles.contains($0) || Self.sideRoles.contains($0) }), r > 0,
           !Self.sideBodies.contains(lower[r - 1]), lower[r - 1].count >= 4, cx.tokens[seg[r - 1]].isLowercase,
           let org = salience.lastOrganizations.last(where: { sp in ClaimWords.lowercased(sp.name).split(separator: " ").contains { $0 == lower[r - 1] } }) {
            return org.asSide
        }
        // "A company spokeswoman": a body named by its common noun just before the role.
        if let r = lower.firstIndex(where: { ReportingCues.personRoles.contains($0) || Self.sideRoles.contains($0) }), r > 0,
           Self.sideBodies.contains(lower[r - 1]) {
            return salience.lastOrganizations.last { ClaimWords.lowercased($0.name).contains(lower[r - 1]) }?.asSide
                ?? salience.lastOrganizations.last.flatMap { org -> String? in
                    // "the airline" is the last organisation named unless that one is plainly another kind of body (a union).
                    let name = ClaimWords.lowercased(org.name)
                    guard Self.companyLike.contains(lower[r - 1]), !Self.sideBodies.contains(where: { name.contains($0) }) else { return nil }
                    return org.asSide
                }
                ?? "the " + lower[r - 1]
        }
        if let k = lower.firstIndex(where: { $0 == "for" || $0 == "of" || $0 == "at" }), k + 1 < seg.count,
           let sp = resolve(Array(seg[(k + 1)...]), cx, salience: salience) {
            return sp.asSide
        }
        // "Colombia says ... Foreign Minister Adriana Mejía Castro told ...": a government title with no
        // country of its own, right after a country spoke, is that country's.
        if lower.contains(where: { Self.governmentRoles.contains($0) }), !lower.contains(where: { $0 == "former" || $0 == "opposition" }),
           let last = salience.lastSpeaker, last.kind == .country {
            return last.asSide
        }
        return nil
    }
    /// Titles of a government's own officials.
    private static let governmentRoles: Set<String> = ["minister", "president", "premier", "chancellor", "ambassador", "envoy", "secretary"]

    /// A paragraph's tokens and mentions found by offset range, in their original order.
    private struct OffsetIndex {
        let tokens: [Token]
        /// Each token's text lower-cased.
        let lower: [String]
        let mentions: [LocalMention]
        /// Mention indices sorted by start.
        let byStart: [Int]

        init(tokens: [Token], lower: [String], mentions: [LocalMention]) {
            self.tokens = tokens
            self.lower = lower
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

    /// `...," Trump wrote` / `...," said Trump` / `...," the Russian diplomat emphasized` /
    /// `"..." - Matthew Ingram` (a pull quote signed with a dash).
    private func attribution(after idx: [Int], _ cx: Context, salience: Salience) -> (Speaker, String)? {
        let lower = cx.lower, tokens = cx.tokens
        let window = Array(idx.drop(while: { Self.openingQuotes.contains(tokens[$0].text) || tokens[$0].text == "”" || tokens[$0].text == "’" }).prefix(10))
        if let d = window.first, Self.dashes.contains(tokens[d].text), window.count >= 2 {
            // '"..." — Curtis Hollands, candidate for the council, in a video': the name up to the first comma.
            let signed = window.dropFirst().prefix { tokens[$0].text != "," }
            if signed.count <= 6, !signed.contains(where: { ReportingCues.verbs[lower[$0]] != nil }) {
                let np = signed.filter { tokens[$0].isWord || tokens[$0].text == "." }
                if let sp = resolve(Array(np.filter { tokens[$0].isWord }), cx, salience: salience), sp.entity != nil { return (sp, "quote") }
            }
        }
        guard let v = window.firstIndex(where: { ReportingCues.verbs[lower[$0]] != nil }) else { return nil }
        let cue = ReportingCues.verbs[lower[window[v]]] ?? "said"
        var np = Array(window[..<v]).filter { tokens[$0].isWord || tokens[$0].text.hasPrefix("@") || tokens[$0].text == "-" || tokens[$0].text == "’" || tokens[$0].text == "'" }
        if np.isEmpty {
            // "said Trump", "added the spokesman", "said the post by an unknown author"
            np = Array(window[(v + 1)...]).prefix { tokens[$0].isWord && tokens[$0].text != "that" }.prefix(5).map { $0 }
            if let by = np.firstIndex(where: { lower[$0] == "by" }), by > 0, by + 1 < np.count,
               np[..<by].contains(where: { ReportingCues.documentNouns.contains(lower[$0]) }) {
                let rest = Array(window[(v + 1)...]).prefix { tokens[$0].isWord }
                var author: [Int] = []
                for t in rest.drop(while: { $0 != np[by] }).dropFirst() {
                    if !author.isEmpty && Self.prepositions.contains(lower[t]) { break }
                    author.append(t)
                }
                np = author
            }
        }
        guard let sp = resolve(np, cx, salience: salience) else { return nil }
        return (sp, cue)
    }

    private struct Attribution {
        var speaker: Speaker
        var cue: String
        /// The token that ends the cue.
        var cueEnd: Int?
        /// Where the reporting clause starts (its cue, or "with"/"," before a gerund).
        var clauseStart: Int
        /// The clause is a gerund after the main clause ('X said ..., adding, "..."').
        var gerund = false
    }

    /// `X said: "..."` / `X refuted this on X, writing, "..."` / `X told Y that "..."` /
    /// `..., with one poster writing "..."`.
    private func attribution(before idx: [Int], _ cx: Context, salience: Salience) -> Attribution? {
        // "Secretary of State Marco Rubio: “...”" — a name and a colon introduce the quote.
        var idx = idx
        let lower = cx.lower, tokens = cx.tokens
        while let last = idx.last, Self.openingQuotes.contains(tokens[last].text) { idx.removeLast() }
        if let last = idx.last, tokens[last].text == ":", idx.count >= 2,
           !idx.contains(where: { ReportingCues.verbs[lower[$0]] != nil }) {
            // "Sunak defended the plan ...: '...'": the subject of the clause, not the name nearest the colon.
            let lead = leadingSubject(idx, cx)
            if let leadEnd = lead.last, let v = idx.firstIndex(where: { tokens[$0].start >= tokens[leadEnd].end }), v < idx.count - 1,
               tokens[idx[v]].isLowercase, !cx.inName[idx[v]],
               lower[idx[v]].hasSuffix("ed") || lower[idx[v]].hasSuffix("s") || Self.finiteVerbs.contains(lower[idx[v]]),
               let sp = resolve(lead, cx, salience: salience), sp.entity != nil, sp.kind == .person || sp.kind == .organization {
                return Attribution(speaker: sp, cue: "said", cueEnd: nil, clauseStart: tokens[last].start)
            }
            let np = Array(idx.dropLast().suffix(12))
            if let sp = resolve(np, cx, salience: salience), sp.entity != nil {
                return Attribution(speaker: sp, cue: "said", cueEnd: nil, clauseStart: tokens[last].start)
            }
        }
        // The cue nearest the quote when it is a gerund with its own subject ("with X writing");
        // else the first finite cue, else a gerund.
        if let g = idx.lastIndex(where: { ReportingCues.verbs[lower[$0]] != nil }), lower[idx[g]].hasSuffix("ing"),
           let w = (max(0, g - 6)..<g).last(where: { lower[idx[$0]] == "with" }), w + 1 < g,
           !idx[(w + 1)..<g].contains(where: { tokens[$0].text == "," }),
           let sp = resolve(Array(idx[(w + 1)..<g]), cx, salience: salience) {
            let from = w > 0 && tokens[idx[w - 1]].text == "," ? w - 1 : w
            return Attribution(speaker: sp, cue: ReportingCues.verbs[lower[idx[g]]] ?? "said", cueEnd: idx[g], clauseStart: tokens[idx[from]].start, gerund: true)
        }
        // The cue nearest the quote: words after it make the quote part of a reported clause
        // ('said it was "damning"'); a gerund after a comma (", adding, "...") opens a clause of its own.
        var nearEnd: Int? = nil
        var nearStart: Int? = nil
        var gerundStart: Int? = nil
        if let g = idx.lastIndex(where: { ReportingCues.verbs[lower[$0]] != nil }) {
            nearEnd = idx[g]
            nearStart = tokens[idx[g > 0 && (lower[idx[g - 1]] == "and" || tokens[idx[g - 1]].text == ",") ? g - 1 : g]].start
            if lower[idx[g]].hasSuffix("ing"), g > 0, tokens[idx[g - 1]].text == "," { gerundStart = tokens[idx[g - 1]].start }
        }
        var candidates: [Int] = []
        for (n, i) in idx.enumerated() where ReportingCues.verbs[lower[i]] != nil && !lower[i].hasSuffix("ing") { candidates.append(n) }
        if candidates.isEmpty, let g = idx.firstIndex(where: { ReportingCues.verbs[lower[$0]] != nil }) { candidates = [g] }
        for n in candidates {
            let word = lower[idx[n]]
            var cueEnd = n
            var cue = ReportingCues.verbs[word] ?? "said"
            if ["call", "calls", "called", "calling"].contains(word), n + 1 < idx.count, lower[idx[n + 1]] == "for" { cue = "called for"; cueEnd = n + 1 }
            if n > 0, Self.determiners.contains(lower[idx[n - 1]]) { continue }
            let (subject, boundary) = subjectTokens(before: n, in: idx, cx)
            var sp: Speaker? = nil
            if subject.isEmpty, let b = boundary, tokens[idx[b]].text == "," {
                sp = appositiveSpeaker(endingAt: b, in: idx, cx, salience: salience)
            } else if !hasVerb(subject, cx) {
                sp = resolve(subject, cx, salience: salience)
            }
            if let sp {
                var end = nearEnd.map { max($0, idx[cueEnd]) } ?? idx[cueEnd]
                // "X said Velthuis had told her that '...'": a later cue with a subject of its own is
                // part of what X said, which starts after X's cue.
                if let near = nearEnd, near != idx[cueEnd], !lower[near].hasSuffix("ing"),
                   let k = idx.firstIndex(of: near), k > cueEnd + 1,
                   idx[(cueEnd + 1)..<k].contains(where: { tokens[$0].isWord && !["and", "that", "also", "then"].contains(lower[$0]) }) {
                    end = idx[cueEnd]
                }
                return Attribution(speaker: sp, cue: cue, cueEnd: end, clauseStart: gerundStart ?? max(tokens[idx[n]].start, nearStart ?? 0),
                                   gerund: gerundStart != nil)
            }
        }
        return nil
    }

    /// The noun phrase before a verb: back to the previous comma or clause word, skipping
    /// auxiliaries and adverbs next to the verb ("had reported", "has also said").
    private static let skippedBeforeVerb: Set<String> = ["had", "has", "have", "also", "earlier", "previously", "similarly", "later", "reportedly",
                                                         "repeatedly", "again", "already", "then", "publicly", "once", "further", "separately",
                                                         "today", "now", "still", "yesterday"]
    private static let passiveAuxiliaries: Set<String> = ["is", "was", "were", "are", "been", "be", "being"]
    /// Verbs inside a would-be subject: the cue word is then a noun after a verb ("The report has prompted calls").
    private static let finiteVerbs: Set<String> = ["has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should", "can",
                                                   "may", "might", "must", "did", "does", "do", "shall"]
    private static let subjectBoundaries: Set<String> = [",", ";", ":", "that", "as", "while", "but", "and", "when", "after", "which", "who", "whom", "where",
                                                         "because", "since", "if", "“", "\"", "(", ")", "—", "–"]
    private static let mutualVerbs: Set<String> = ["accuse", "accused", "accusing", "blame", "blamed"]

    /// Bits of `wordBits`: a reporting cue's first word, a verb of mutual accusation, "according",
    /// a relative pronoun, a noun pointing back.
    static let cueBit: UInt8 = 1, mutualBit: UInt8 = 2, accordingBit: UInt8 = 4, relativeBit: UInt8 = 8, pointingBit: UInt8 = 16
    /// Lower-cased words the clause rules react to, with what they can be.
    static let wordBits: [String: UInt8] = {
        var bits: [String: UInt8] = [:]
        for w in ReportingCues.verbs.keys { bits[w, default: 0] |= cueBit }
        for w in ["ruled", "pointed", "call", "calls", "called", "calling", "maintained", "maintains", "put", "puts"] { bits[w, default: 0] |= cueBit }
        for w in mutualVerbs { bits[w, default: 0] |= mutualBit }
        bits["according", default: 0] |= accordingBit
        for w in ["which", "who", "whom"] { bits[w, default: 0] |= relativeBit }
        for w in pointingNouns { bits[w, default: 0] |= pointingBit }
        return bits
    }()
    private static let openingQuotes: Set<String> = ["“", "\"", "«", "‘", "'"]
    private static let subjectPronouns: Set<String> = ["he", "she", "they", "it"]
    /// Lower-case head nouns of a body that speaks ("The ministry", "the central bank"); once the body is
    /// named, "the <noun>" stands for it.
    static let bodyNouns: Set<String> = bodyHeads.union(sideBodies).union(["bank", "regulator", "commissioner", "panel",
                                                                                  "authority", "watchdog", "federation", "association",
                                                                                  "committee", "administration", "secretariat"])
    /// Dashes that sign a quote or close a dateline.
    private static let dashes: Set<String> = ["-", "—", "–", "--"]
    /// Reports a denial names with their content ("denied reports that ...").
    /// (Only reports with a source of their own: "rejects any suggestion that ..." quotes nobody.)
    private static let reportedNouns: Set<String> = ["report", "reports", "rumour", "rumours", "rumor", "rumors", "story", "stories"]
    /// Nouns for people an unnamed source is ("a person familiar with ...", "officials close to ...").
    private static let anonymousHeads: Set<String> = ["person", "people", "official", "officials", "source", "sources", "diplomat",
                                                       "diplomats", "executive", "executives", "aide", "aides", "insider", "insiders",
                                                       "adviser", "advisers", "advisor", "advisors", "member", "members", "employee", "employees"]
    /// Words that tie an unnamed source to what it knows.
    private static let anonymousLinks: Set<String> = ["familiar", "close", "briefed", "knowledgeable"]
    private static let bodyHeads: Set<String> = ["ministry", "agency", "service", "department", "government", "kremlin", "office", "committee"]
    private static let pronouns: Set<String> = ["i", "we", "you", "this", "that", "these", "those", "which", "who", "there", "his", "her", "its", "their"]
    private static let headPrepositions: Set<String> = ["of", "at", "for", "from", "with", "in"]
    private static let prepositions: Set<String> = ["to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "about", "and", "or"]

    /// The subject tokens before the cue at position n of idx, and the position of the boundary
    /// that ended them (nil at the start or at the length limit).
    private func subjectTokens(before n: Int, in idx: [Int], _ cx: Context) -> ([Int], Int?) {
        let tokens = cx.tokens, lower = cx.lower
        var k = n - 1
        let skip = Self.skippedBeforeVerb
        while k >= 0 && (skip.contains(lower[idx[k]]) || (tokens[idx[k]].isLowercase && tokens[idx[k]].text.hasSuffix("ly"))) { k -= 1 }
        // "X on Monday accused": the day is no part of the subject.
        if k >= 1, Lexicon.weekdays.contains(tokens[idx[k]].text), lower[idx[k - 1]] == "on" { k -= 2 }
        // "Mejía, in turn, accused": a short aside between commas is no part of it either.
        if k >= 2, tokens[idx[k]].text == ",", let open = (max(0, k - 4)..<k).last(where: { tokens[idx[$0]].text == "," }), open >= 1,
           open + 1 < k, (open + 1..<k).allSatisfy({ tokens[idx[$0]].isLowercase && tokens[idx[$0]].isWord }) {
            k = open - 1
        }
        while k >= 0 && (skip.contains(lower[idx[k]]) || (tokens[idx[k]].isLowercase && tokens[idx[k]].text.hasSuffix("ly"))) { k -= 1 }
        // "was rejected", "were reported": passive, the subject is not the speaker.
        if k >= 0, Self.passiveAuxiliaries.contains(lower[idx[k]]) { return ([], nil) }
        var out: [Int] = []
        let boundaries = Self.subjectBoundaries
        while k >= 0 && out.count < 16 {
            let t = tokens[idx[k]].text
            // "The World Health Organisation (WHO) recommends": the parenthesis belongs to the name.
            if t == ")", let open = idx[..<k].lastIndex(where: { tokens[$0].text == "(" }), k - open <= 4 {
                k = open - 1
                continue
            }
            // A capitalised "WHO" or "AS" and the "and" of "The Globe and Mail" end no clause.
            let isBoundary = (boundaries.contains(t) || (!tokens[idx[k]].isAllCaps && boundaries.contains(lower[idx[k]]))) && !cx.inName[idx[k]]
            if isBoundary && !(t == "and" && out.isEmpty) { return (out, k) }
            out.insert(idx[k], at: 0)
            k -= 1
        }
        return (out, nil)
    }

    /// A verb inside a would-be subject: the cue word after it is a noun ("The report has prompted calls").
    private func hasVerb(_ subject: [Int], _ cx: Context) -> Bool {
        subject.contains { cx.tokens[$0].isLowercase && Self.finiteVerbs.contains(cx.lower[$0]) }
    }

    /// The head part of a noun phrase: before a participle or relative modifier ("a letter seen
    /// by Sky News" -> "a letter", "an Internet posting made ..." -> "an Internet posting").
    private func headPhrase(_ np: [Int], _ cx: Context) -> [Int] {
        guard np.count >= 2 else { return np }
        for j in 1..<np.count {
            let t = cx.tokens[np[j]], w = cx.lower[np[j]]
            guard t.isLowercase, !cx.inName[np[j]] else { continue }
            if w == "who" || w == "which" || w == "that" { return Array(np[..<j]) }
            // "A food critic being sued by X": the phrase ends before "being".
            if w == "being", j + 1 < np.count, cx.tokens[np[j + 1]].isLowercase { return Array(np[..<j]) }
            let prev = cx.lower[np[j - 1]]
            // ("Toronto-based": a hyphenated compound, no participle.)
            if prev == "-" { continue }
            // A participle after a noun, followed by its complement (not "a leaked internal letter").
            guard Self.participles.contains(w) || (w.hasSuffix("ed") && w.count > 4) else { continue }
            if Self.determiners.contains(prev) || prev.hasSuffix("ly") || Self.finiteVerbs.contains(prev) || prev == "'s" || prev == "’s" { continue }
            if j + 1 < np.count, cx.tokens[np[j + 1]].isLowercase || Self.prepositions.contains(cx.lower[np[j + 1]]) { return Array(np[..<j]) }
        }
        return np
    }
    /// Nouns that point back to what was just said ("..., a claim X denies").
    static let pointingNouns: Set<String> = ["claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges",
                                             "assertion", "assertions", "account", "version", "suggestion", "figure", "figures", "estimate",
                                             "estimates", "number", "description", "characterisation", "characterization"]
    private static let participles: Set<String> = ["seen", "made", "written", "sent", "given", "shown", "held", "done", "taken", "known",
                                                   "led", "run", "found", "brought", "drawn", "obtained", "published", "released", "issued"]

    /// Turns a speaker phrase into a speaker: an entity in it, a pronoun or role resolved from
    /// context, or the source as written ("state news agencies").
    private func resolve(_ npAll: [Int], _ cx: Context, salience: Salience) -> Speaker? {
        let tokens = cx.tokens, mentions = cx.mentions, entities = cx.entities
        // "One of the company's largest investors", "two of the doctors": some of a group, as written.
        if npAll.count >= 3, npAll.count <= 10, case let all = npAll.map({ cx.lower[$0] }),
           ["one", "two", "three", "some", "several", "many", "most"].contains(all[0]), all[1] == "of",
           let head = all.last, ReportingCues.groupNouns.contains(head) {
            return Speaker(name: Self.written(npAll[...], cx.tokens), entity: nil, kind: nil)
        }
        var np = headPhrase(npAll, cx)
        // A leading article is no part of a source's name ("A leaked internal letter").
        guard let first = np.first, let last = np.last else { return nil }
        let lo = tokens[first].start, hi = tokens[last].end
        let inside = mentions.mentions(in: lo, hi)
        let words = np.map { tokens[$0].text }
        let lower = np.map { cx.lower[$0] }
        // A pronoun right before the verb is the subject ("... where they claimed").
        if let lastWord = lower.last, Self.subjectPronouns.contains(lastWord), lower.count > 1 {
            return resolve([np[np.count - 1]], cx, salience: salience)
        }
        // "Posts on the message board for X theorized": the document, not a name in what follows it.
        let lead = lower.first == "a" || lower.first == "an" || lower.first == "the" ? 1 : 0
        // "The 49-year-old (former dairy farmer)": the person the sentences are about, by age.
        if lower.first == "the", inside.isEmpty, lower.count <= 11,
           let y = lower.firstIndex(where: { $0 == "year" || $0 == "years" }), y + 1 < lower.count, lower[y + 1] == "old" || (y + 2 < lower.count && lower[y + 2] == "old"),
           let person = salience.currentPerson ?? salience.lastSubject ?? salience.lastPerson {
            return person
        }
        if lower.count > lead + 2, ReportingCues.documentNouns.contains(lower[lead]), tokens[np[lead]].isLowercase || lead == 0,
           ["on", "in", "about", "from", "at"].contains(lower[lead + 1]) {
            return Speaker(name: words[lead], entity: nil, kind: nil)
        }
        // "A spokesman for the board": the body the spokesperson speaks for, else the phrase as written.
        if lower.count >= 4 || (lower.count >= 3 && lead == 0), lower.count <= 10,
           let r = lower.indices.first(where: { ReportingCues.personRoles.contains(lower[$0]) || Self.sideRoles.contains(lower[$0]) }),
           r <= lead + 2, r + 2 < lower.count, ["for", "of", "at"].contains(lower[r + 1]), inside.isEmpty || inside.allSatisfy({ $0.start >= tokens[np[r + 1]].end }) {
            let rest = Array(np[(r + 2)...])
            if let body = resolve(rest, cx, salience: salience) { return body }
            return Speaker(name: words[lead...].joined(separator: " "), entity: nil, kind: nil)
        }
        // "Ecuador's foreign ministry", "Zambia's main opposition party": a body of a country, as written,
        // speaking for the country.
        if let m = inside.first, m.mention.kind == .country, m.start == tokens[np[lead]].start,
           let k = np.firstIndex(where: { tokens[$0].start >= m.end }), k + 1 < np.count,
           ["'s", "’s"].contains(cx.lower[np[k]]) || (["'", "’"].contains(cx.lower[np[k]]) && cx.lower[np[k + 1]] == "s"),
           case let from = ["'", "’"].contains(cx.lower[np[k]]) ? k + 2 : k + 1, from < np.count, np.count - from <= 3,
           np[from...].allSatisfy({ tokens[$0].isLowercase && tokens[$0].isWord }), let head = lower.last, Self.bodyNouns.contains(head) || ReportingCues.groupNouns.contains(head) {
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: m.mention.entity)
        }
        // "A person familiar with the talks", "two officials close to the minister": an unnamed source, as written.
        if let k = lower.indices.first(where: { $0 >= 1 && Self.anonymousLinks.contains(lower[$0]) && Self.anonymousHeads.contains(lower[$0 - 1]) }),
           k + 1 < lower.count, k <= lead + 4 {
            // ("A person familiar with Westbourne's position" speaks for the body or person named after the link.)
            let party = inside.first { $0.start >= tokens[np[k]].end && $0.mention.kind != .place }
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: party?.mention.entity)
        }
        // "Residents of a Norwich suburb": a group before "of" heads the phrase, not the place after it.
        if lower.count > lead + 2, ReportingCues.groupNouns.contains(lower[lead]), ["of", "from", "in"].contains(lower[lead + 1]),
           !inside.contains(where: { $0.start <= tokens[np[lead]].start && $0.end > tokens[np[lead]].start }) {
            return Speaker(name: words[lead], entity: nil, kind: nil)
        }
        // "Several Western embassies in Lusaka", "Japan's embassy in Manila": a body or group before
        // "in" heads the phrase (the source as written); the place only says where it is.
        if let k = lower.indices.first(where: { $0 > lead && ($0 + 1) < lower.count && (lower[$0] == "in" || lower[$0] == "at") }),
           case let head = lower[k - 1], tokens[np[k - 1]].isLowercase,
           Self.bodyNouns.contains(head) || ReportingCues.groupNouns.contains(head) || ["embassy", "embassies", "consulate", "consulates"].contains(head),
           inside.allSatisfy({ m in m.start >= tokens[np[k]].end || m.mention.kind == .country }) {
            let country = inside.first { $0.end <= tokens[np[k]].start && $0.mention.kind == .country }
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: country?.mention.entity)
        }
        let documentHead = ReportingCues.documentNouns.contains(lower[lower.count - 1]) && tokens[last].isLowercase
        // "the Toronto-based company": the place only qualifies the head.
        let based = np.indices.compactMap { k -> Range<Int>? in
            lower[k].hasSuffix("based") ? (tokens[np[k]].start - 2)..<tokens[np[k]].end : nil
        }
        let named = inside.filter { m in
            m.mention.form != .demonym && !(documentHead && m.end < hi) && !based.contains { $0.contains(m.end) }
        }
        // "Matthew Ingram of The Globe and Mail": the person before the preposition is the head.
        if named.count >= 2 {
            for m in named where m.mention.kind == .person {
                if let next = np.first(where: { tokens[$0].start >= m.end }), Self.headPrepositions.contains(cx.lower[next]) {
                    return speaker(for: m.mention, entities: entities)
                }
            }
        }
        // "A former Kestrel engineer": a body's former staff no longer speak for it; the source is as written.
        if lower.contains("former"), let m = named.max(by: { $0.end < $1.end }), m.mention.kind != .person,
           tokens[last].isLowercase, tokens[last].start >= m.end {
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil)
        }
        // The head of the phrase: the name nearest the verb ("Trump's envoy Keith Kellogg" -> Kellogg).
        if let m = named.max(by: { $0.end < $1.end }) {
            var sp = speaker(for: m.mention, entities: entities)
            sp.role = lower.first { ReportingCues.personRoles.contains($0) }
            // "The army's regional spokesman Pascal Mbuyi": the role before the name gives the side.
            if m.mention.kind == .person, let k = np.lastIndex(where: { tokens[$0].end <= m.start }) {
                sp.side = side(of: Array(np[...k]), cx, salience: salience)
            }
            return sp
        }
        if lower.count == 1 {
            switch lower[0] {
            case "he", "she": return salience.person(for: lower[0])
            case "they": return salience.currentGroup ?? salience.lastGroup ?? salience.lastOrganizations.last ?? salience.lastSpeaker
            case "it": return salience.lastOrganizations.last ?? salience.lastSpeaker
            default: break
            }
        }
        guard let head = lower.last, lower.count <= 6 else { return nil }
        let definite = lower.first == "the" || lower.first == "this" || lower.first == "that"
        if ReportingCues.reportNouns.contains(head), definite, lower.count <= 2, let r = salience.lastReporter { return r }
        // "The council rejects that. A spokesperson said ...": a spokesperson of nobody named speaks for the body just heard.
        if lower.count == 2, ["a", "the"].contains(lower[0]), Self.spokesRoles.contains(head),
           let body = salience.lastSpeaker, body.kind != .person {
            return Speaker(name: words.joined(separator: " "), entity: nil, kind: nil, side: body.side ?? body.asSide)
        }
        if ReportingCues.personRoles.contains(head), lower.first == "the" || lower.first == "his" || lower.first == "her" {
            // "The mayor said ..." with nobody named yet: the role as written is the source. One named
            // with that role before ("A senior official in the Alliance ... the official said") is that one.
            return salience.roleSpeakers[head] ?? salience.lastPerson ?? (lower.first == "the" && lower.count <= 3 ? Speaker(name: words.joined(separator: " "), entity: nil, kind: nil) : nil)
        }
        if Self.bodyHeads.contains(head) || Self.firmLike.contains(head), lower.first == "the" {
            if let org = salience.lastOrganizations.last(where: { ($0.name.lowercased()).contains(head) }) { return org }
            // "The company": the last organisation, unless its name says it is another kind of body; "the
            // ministry" is only ever one named as a ministry (not the bank or news agency named before).
            if Self.firmLike.contains(head), let org = salience.lastOrganizations.last, case let name = ClaimWords.lowercased(org.name),
               !Self.bodyNouns.contains(where: { $0 != head && name.contains($0) }) { return org }
            // No body named yet: "The ministry" as written.
            if lower.count <= 3 { return Speaker(name: words.joined(separator: " "), entity: nil, kind: nil) }
        }
        // A named source as written: at least one content word, no pronoun, no preposition, a noun
        // head ("state news agencies", "Scientology officials"), not a lone function word. The
        // pronoun "I" is only ever upper-case ("the i" is a newspaper); "WHO" is no "who".
        let pronouns = Self.pronouns, prepositions = Self.prepositions
        for (k, l) in lower.enumerated() where !tokens[np[k]].isAllCaps {
            if (pronouns.contains(l) && (l != "i" || words[k] == "I")) || prepositions.contains(l) { return nil }
        }
        guard words.contains(where: { $0.count >= 3 }), words.first?.first?.isNumber != true else { return nil }
        // A lone word must be a plural noun ("officials", "sources"), a group ("Officials", "media")
        // or an acronym ("WHO"); a lone capitalised word that no rule knows as a name is more likely
        // a sentence start than a source.
        if words.count == 1 {
            let t = tokens[np[0]]
            let acronym = t.isAllCaps && words[0].count <= 6 && !Self.pronouns.contains(head)
            guard (t.isLowercase && head.hasSuffix("s")) || ReportingCues.groupNouns.contains(head) || acronym else { return nil }
        }
        if lower.first == "a" || lower.first == "an", np.count >= 2 { np.removeFirst() }
        return Speaker(name: Self.written(np[...], tokens), entity: nil, kind: nil)
    }

    /// Tokens' text as written, spaced as in the source.
    private static func written(_ np: ArraySlice<Int>, _ tokens: [Token]) -> String {
        var text = ""
        for i in np {
            if !text.isEmpty && tokens[i].spaceBefore { text += " " }
            text += tokens[i].text
        }
        return text
    }
}
