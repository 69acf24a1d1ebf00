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
    /// (Its fields are in one shared box, copied when changed: the rules copy speakers far more
    /// often than they change them, and a copy of four strings would retain each.)
    struct Speaker: Equatable {
        private final class Fields: @unchecked Sendable {
            var name: String
            var entity: String?
            var kind: EntityKind?
            var side: String?
            var role: String?

            init(name: String, entity: String?, kind: EntityKind?, side: String?, role: String?) {
                self.name = name
                self.entity = entity
                self.kind = kind
                self.side = side
                self.role = role
            }
        }
        private var fields: Fields

        init(name: String, entity: String?, kind: EntityKind?, side: String? = nil, role: String? = nil) {
            fields = Fields(name: name, entity: entity, kind: kind, side: side, role: role)
        }

        var name: String {
            get { fields.name }
            set { unshare(); fields.name = newValue }
        }
        var entity: String? {
            get { fields.entity }
            set { unshare(); fields.entity = newValue }
        }
        var kind: EntityKind? {
            get { fields.kind }
            set { unshare(); fields.kind = newValue }
        }
        /// The party the speaker speaks for ("The army's spokesman, X": the army), an entity id
        /// or the party as written.
        var side: String? {
            get { fields.side }
            set { unshare(); fields.side = newValue }
        }
        /// The role word the speaker was named with ("A senior official in the Alliance": "official"),
        /// until the claim is added; "the official" later is this speaker.
        var role: String? {
            get { fields.role }
            set { unshare(); fields.role = newValue }
        }

        /// How the speaker stands for a side of its own: its entity id, or its name as written.
        var asSide: String { entity ?? name }

        /// A box of its own before a field changes (other copies keep theirs).
        private mutating func unshare() {
            if !isKnownUniquelyReferenced(&fields) {
                fields = Fields(name: fields.name, entity: fields.entity, kind: fields.kind, side: fields.side, role: fields.role)
            }
        }

        static func == (a: Speaker, b: Speaker) -> Bool {
            a.fields === b.fields || (a.name == b.name && a.entity == b.entity && a.kind == b.kind && a.side == b.side && a.role == b.role)
        }
    }


    struct LocalMention {
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
        // The speaker of a statement's or roundup's unattributed quotations (see StatementLayouts).
        var quotedBy: Speaker? = nil
        func localMentions(_ p: Paragraph) -> [LocalMention] {
            (mentionsByParagraph[p.index] ?? []).map { LocalMention(mention: $0, start: $0.start - p.start, end: $0.end - p.start) }
        }
        salience.sexes = LazySexes(analyzed, name: entities.name)
        // Transcripts: who each speaker label names (see TranscriptLayout).
        let narrators = TranscriptLayout.narrators(paragraphs)
        let transcript = TranscriptLayout.isTranscript(paragraphs, narrators: narrators)
        var labelled: [String: Speaker] = [:]
        if transcript {
            for m in analyzed.mentions where m.kind == .person {
                let sp = speaker(for: m, entities: entities)
                let upper = sp.name.uppercased()
                labelled[upper] = labelled[upper] ?? sp
                if let last = upper.split(separator: " ").last, labelled[String(last)] == nil { labelled[String(last)] = sp }
            }
        }
        for (pi, p) in paragraphs.enumerated() {
            let mentions = localMentions(p)
            if transcript, p.kind == .body, let label = TranscriptLayout.label(p.text), !narrators.contains(label.name) {
                let sp = labelled[label.name] ?? Speaker(name: label.name.capitalized, entity: nil, kind: .person)
                transcriptTurn(p, label: label, speaker: sp, mentions: mentions, article: article.id, into: &claims)
                note(mentions, entities: entities, into: &salience)
                salience.lastSpeaker = sp
                if sp.kind == .person { salience.lastPerson = sp; salience.noteRecent(sp) }
                continue
            }
            var pending = salience.pendingQuote
            salience.pendingQuote = nil
            if p.kind == .body || p.kind == .post {
                // Quotations signed on the line after them ("“...” / – National Security Advisor X").
                if quotedBy == nil, StatementLayouts.opensWithQuote(p.text),
                   // (A signature within 30 paragraphs: the look-ahead stays bounded on any input.)
                   let end = paragraphs[pi..<min(paragraphs.count, pi + 30)].firstIndex(where: { !StatementLayouts.opensWithQuote($0.text) }),
                   let signer = StatementLayouts.signer(paragraphs[end], localMentions(paragraphs[end])) {
                    quotedBy = speaker(for: signer, entities: entities)
                }
                // Each paragraph that opens with a quotation is theirs until one does not.
                if let person = quotedBy {
                    if StatementLayouts.opensWithQuote(p.text) { pending = pending ?? (person, "said") } else { quotedBy = nil }
                }
            }
            switch p.kind {
            case .body, .post:
                break
            case .postAttribution, .caption, .heading:
                // They name people (salience) but claim nothing themselves.
                note(mentions, entities: entities, into: &salience)
                // A roundup's heading naming one person ("Secretary of State X on Meet the Press")
                // introduces the quotations under it.
                quotedBy = p.kind == .heading ? StatementLayouts.headingSpeaker(p, mentions).map { speaker(for: $0, entities: entities) } : nil
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
                while lo < scalars.count && scalars[lo].isSpaceFast { lo += 1 }
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
            // "The following is a statement from X": the quotations after it are X's.
            if let introduced = StatementLayouts.introducedSpeaker(p, mentions) { quotedBy = speaker(for: introduced, entities: entities) }
        }
        return claims
    }

    /// A transcript speaker's turn: each sentence after the label is a claim in their own words.
    func transcriptTurn(_ p: Paragraph, label: TranscriptLayout.Label, speaker sp: Speaker, mentions: [LocalMention], article: String,
                        into claims: inout [Claim]) {
        let scalars = ClaimWords.scalars(p.text)
        for sentence in SentenceSplitter.split(scalars) where sentence.upperBound > label.length {
            var lo = max(sentence.lowerBound, label.length), hi = sentence.upperBound
            while lo < hi && scalars[lo].isSpaceFast { lo += 1 }
            while hi > lo && scalars[hi - 1].isSpaceFast { hi -= 1 }
            guard hi - lo >= 8 else { continue }
            let text = String(String.UnicodeScalarView(scalars[lo..<hi]))
            let about = Array(Set(mentions.filter { $0.start >= lo && $0.end <= hi }.map(\.mention.entity))).sorted()
            let disputes = Tokenizer.tokenize(text).contains { $0.isWord && WordClass.of(ClaimWords.lowercased($0.text)).contains(.negation) }
            claims.append(Claim(
                id: "\(article)#\(claims.count + 1)", speaker: sp.name, speakerEntity: sp.entity, speakerSide: sp.side, cue: "said", text: text,
                quoted: true, paragraph: p.index, start: p.start + lo, end: p.start + hi, article: article, about: about, disputes: disputes))
        }
    }

    /// Pronouns by which an "according to" source is the sentence's own speaker's ("figures she
    /// cites"; not "a researcher who says she ...").
    static let citingPronouns: Set<String> = ["she", "he", "they", "her", "his", "their"]

    /// Whether `name`'s first word may be "the" lower-cased: after its leading spaces, its bytes
    /// start "the" in any case (no other characters lower-case to those letters).
    static func mayOpenWithThe(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { b in
            var i = 0
            while i < b.count && b[i] == 0x20 { i += 1 }
            return b.count >= i + 3 && b[i] | 0x20 == 0x74 && b[i + 1] | 0x20 == 0x68 && b[i + 2] | 0x20 == 0x65
        }
    }

    /// `text.contains("/")`: by bytes when the text is ASCII (no combining mark can follow the
    /// slash there); no "/" byte means no slash at all.
    static func containsSlash(_ text: String) -> Bool {
        var text = text
        let (slash, ascii) = text.withUTF8 { b in (b.contains(0x2F), !b.contains { $0 >= 0x80 }) }
        if !slash { return false }
        return ascii ? true : text.contains("/")
    }

    /// `Array(Set(ids)).sorted()`: sorted (a stable sort), then each run of equal ids kept as its
    /// first, which is the one met first, as the set keeps it.
    static func sortedUnique(_ ids: [String]) -> [String] {
        if ids.count < 2 { return ids }
        var out: [String] = []
        out.reserveCapacity(ids.count)
        for id in ids.sorted() where out.last != id { out.append(id) }
        return out
    }

    /// Words besides determiners that open a verb's object after a relative "that" ("that controls much of the area").
    static let objectOpeners: Set<String> = ["much", "most", "all", "more"]

    func speaker(for m: Mention, entities: EntityInfo) -> Speaker {
        Speaker(name: entities.name(m.entity) ?? m.text, entity: m.entity, kind: m.kind)
    }

    /// (`skip` leaves mentions out without a filtered copy of the list.)
    func note(_ mentions: [LocalMention], entities: EntityInfo, into s: inout Salience, skipping skip: (LocalMention) -> Bool = { _ in false }) {
        // (Kinds read in place: only people and organisations are copied out of the list.)
        for i in mentions.indices {
            let kind = mentions[i].mention.kind
            let isPerson = kind == .person && mentions[i].mention.form != .handle
            guard isPerson || kind == .organization else { continue }
            let lm = mentions[i]
            guard !skip(lm) else { continue }
            let sp = speaker(for: lm.mention, entities: entities)
            if isPerson { s.lastPerson = sp; s.noteRecent(sp) }
            if lm.mention.kind == .organization {
                s.lastOrganizations.removeAll { $0.entity == sp.entity }
                s.lastOrganizations.append(sp)
            }
        }
    }

    // MARK: - One paragraph

    func extract(paragraph p: Paragraph, mentions: [LocalMention], article: String, entities: EntityInfo,
                         pending: (speaker: Speaker, cue: String)?, salience: inout Salience, into claims: inout [Claim]) {
        let scalars = ClaimWords.scalars(p.text)
        // Each token lower-cased once, and the word lists it is on from one look-up (most tokens are on none).
        let (tokens, lower, classes) = ClaimWords.tokens(p.text)
        // Tokens, mentions and sentences are looked up by offset with binary searches, so a long
        // paragraph costs time in proportion to its length, not to its length squared.
        let ranges = OffsetIndex(tokens: tokens, lower: lower, mentions: mentions)
        let quotes = quoteSpans(scalars).filter { q in
            var words = 0
            ranges.forEachToken(in: q.lowerBound, q.upperBound) { if tokens[$0].isWord { words += 1 } }
            return words >= 4
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
        // (A string of its own: the conflict rules read a claim's text often, and a slice would be
        // copied on each read; `Analyzer.shareClaimTexts` makes it a slice once the claims are done.)
        func text(_ r: Range<Int>) -> String {
            if !ascii && utf8Offsets.isEmpty {
                utf8Offsets = [Int](unsafeUninitializedCapacity: scalars.count + 1) { out, n in
                    var o = 0
                    for (k, c) in scalars.enumerated() {
                        out[k] = o
                        let v = c.value
                        o += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                    }
                    out[scalars.count] = o
                    n = scalars.count + 1
                }
            }
            let bytes = ascii ? r : utf8Offsets[r.lowerBound]..<utf8Offsets[r.upperBound]
            var t = p.text
            return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
        }
        /// Where what was said starts at token `k` of `s`: after a lower-case "that" opening it
        /// (not the pronoun of "says that's wrong", "said that was a lie").
        func skippingThat(_ k: Int, in s: [Int]) -> Int {
            guard k + 1 < s.count, lower[s[k]] == "that", tokens[s[k]].isLowercase else { return k }
            return Self.pronounThatVerbs.contains(lower[s[k + 1]]) ? k : k + 1
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
                // The one suing speaks for the claimant's side, with their lawyers.
                if sp.side == nil, salience.claimants.contains(e) { sp.side = "the claimant" }
            }
            // "Bishkek called the clash ...": a capital speaks for its country's government.
            if sp.side == nil, sp.kind == .place, let e = sp.entity, let country = Gazetteer.shared.countryByCapital[e] { sp.side = country }
            // "The ministry said in a statement ... The statement said ...": the document speaks for the ministry.
            // (Only its first word being "the" matters: other names are turned away by their bytes.)
            let written = sp.entity == nil && Self.mayOpenWithThe(sp.name) ? SpaceWords.of(ClaimWords.lowercased(sp.name)) : []
            if written.count == 2, written[0] == "the", let by = salience.documentBy[String(written[1])],
               by.paragraph >= p.index - 2, sp.side == nil, by.speaker != sp {
                sp.side = by.speaker.side ?? by.speaker.asSide
            }
            // "The ministry", "the finance ministry", "ministry spokesman X": one body, named as first written.
            if sp.entity == nil, sp.side == nil, let body = salience.body(sp.name), body != sp.name { sp.side = body }
            if let side = sp.side, !Self.containsSlash(side), let body = salience.body(side) { sp.side = body }
            // "A company spokesman said": one who speaks for a body and has no name of their own is
            // that body's voice, so the claim is the body's (its entity), in the words as written.
            if sp.entity == nil, let side = sp.side, Self.containsSlash(side), !side.hasPrefix("country/"),
               let head = SpaceWords.of(ClaimWords.lowercased(sp.name)).last, Self.spokesRoles.contains(String(head)) {
                sp.entity = side
            }
            var r = range
            while r.lowerBound < r.upperBound && scalars[r.lowerBound].isSpaceFast { r = (r.lowerBound + 1)..<r.upperBound }
            while r.upperBound > r.lowerBound && scalars[r.upperBound - 1].isSpaceFast { r = r.lowerBound..<(r.upperBound - 1) }
            // A quote cut at its attribution ("…Ukraine," he said) ends with the comma that led to it.
            while r.upperBound > r.lowerBound && (scalars[r.upperBound - 1] == "," || scalars[r.upperBound - 1] == ";")
                    && r.upperBound <= scalars.count { r = r.lowerBound..<(r.upperBound - 1) }
            guard r.count >= 8 else { return false }
            // A part of what the same speaker was just claimed to say ("… a “war crime in broad
            // daylight”", quoted inside the reported sentence) is no claim of its own.
            // (Its fields read in place: a copy of the claim would retain each of its strings.)
            if let l = claims.indices.last, claims[l].paragraph == p.index, claims[l].speaker == sp.name,
               claims[l].start <= p.start + r.lowerBound, p.start + r.upperBound <= claims[l].end { return false }
            let t = text(r)
            let about = Self.sortedUnique(ranges.mentions(in: r.lowerBound, r.upperBound).map(\.mention.entity))
            // (Negations are words: tokens that start with a letter.)
            let disputes = ReportingCues.disputingCues.contains(cue)
                || ranges.anyToken(in: r.lowerBound, r.upperBound) { tokens[$0].isWord && classes[$0].contains(.negation) }
            claims.append(Claim(
                idText: StoredText("\(article)#\(claims.count + 1)"), speaker: sp.name, speakerEntity: sp.entity, speakerSide: sp.side, cue: cue,
                textSlice: Substring(t), quoted: quoted, paragraph: p.index, start: p.start + r.lowerBound, end: p.start + r.upperBound, article: article,
                about: about, disputes: disputes, mutualParties: mutual, answers: nil))
            salience.lastSpeaker = sp
            // (The document nouns of the claim's sentence outside the claim: "said in a statement".)
            if written.count != 2 || written[0] != "the" || !Self.issuedDocuments.contains(String(written[1])) {
                let sentence = sentences[sentenceIndex(r.lowerBound)]
                ranges.forEachToken(in: sentence.lowerBound, sentence.upperBound) { k in
                    if classes[k].contains(.issuedDocument) && (tokens[k].end <= r.lowerBound || tokens[k].start >= r.upperBound) && !tokenInQuote[k] {
                        salience.documentBy[lower[k]] = (sp, p.index)
                    }
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
                if !(c.isSpaceFast || c == "\"" || c == "“" || c == "«" || c == "‘" || c == "'") { return false }
                k += 1
            }
            return true
        }
        let inQuote = { (i: Int) -> Bool in tokenInQuote[i] }
        let context = Context(tokens: tokens, lower: lower, classes: classes, mentions: ranges, inName: tokenInName, entities: entities)

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
            let after = ranges.tokens(in: q.upperBound, sentences[last].upperBound) { !inQuote($0) }
            var attributed = attribution(after: after, context, salience: salience)
            var nested: Int? = nil
            if attributed == nil {
                let before = ranges.tokens(in: sentences[first].lowerBound, q.lowerBound) { !inQuote($0) }
                if let found = attribution(before: before, context, salience: salience) {
                    attributed = (found.speaker, found.cue)
                    if found.gerund { clauseStart[first] = min(clauseStart[first] ?? Int.max, found.clauseStart) }
                    // Words between the cue and the quote: the quote closes a reported clause.
                    if let c = found.cueEnd, let pos = before.firstIndex(of: c) {
                        let rest = before[(pos + 1)...]
                        let words = rest.filter { tokens[$0].isWord && lower[$0] != "that" }
                        if let colon = rest.last(where: { tokens[$0].text == ":" }) {
                            // 'X told Y the plan is bad: "..."': the paraphrase before the colon.
                            if rest.count(where: { tokens[$0].isWord && tokens[$0].end <= tokens[colon].start }) >= 3 {
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
                let rest = ranges.tokens(in: end, sentenceEnd) { !inQuote($0) }
                var second: (cue: String, start: Int)? = nil
                var secondThat: Int? = nil
                if rest.contains(where: { tokens[$0].isWord }), attribution(after: rest, context, salience: salience) == nil {
                    // The clause goes on to the first comma (", saying ...", ", the government recommending ..."
                    // are clauses of their own); "and <cue>" there or just after it starts the second claim.
                    let comma = rest.firstIndex(where: { classes[$0].contains(.comma) }) ?? rest.count
                    if comma > 0 { end = comma < rest.count ? tokens[rest[comma]].start : sentenceEnd }
                    for i in 0..<min(rest.count, comma + 2) where lower[rest[i]] == "and" && tokens[rest[i]].isLowercase && i + 1 < rest.count {
                        // '... "stayed until the committee left" and that it had "not received ..."': a second
                        // reported clause, a claim of its own (its quotation is attributed next).
                        if lower[rest[i + 1]] == "that", tokens[rest[i + 1]].isLowercase, i + 3 < rest.count {
                            let cut = i > 0 && classes[rest[i - 1]].contains(.comma) ? i - 1 : i
                            end = min(end, tokens[rest[cut]].start)
                            secondThat = tokens[rest[i + 1]].end
                            break
                        }
                        guard let (c, cueEnd) = self.cue(at: i + 1, in: rest, context), Self.assertingCues.contains(c), cueEnd + 2 < rest.count else { continue }
                        end = min(end, tokens[rest[i]].start)
                        let k = skippingThat(cueEnd + 1, in: rest)
                        second = (c, tokens[rest[k]].start)
                        break
                    }
                }
                add(sp, cue: cue, range: from..<end, quoted: false)
                if let second { add(sp, cue: second.cue, range: second.start..<sentenceEnd, quoted: false) }
                // (A second "that" clause with no quotation of its own to attribute it is claimed here.)
                if second == nil, let that = secondThat, !quotes.contains(where: { $0.lowerBound > that && $0.lowerBound < sentenceEnd }) {
                    add(sp, cue: cue, range: that..<sentenceEnd, quoted: false)
                    secondThat = sentenceEnd
                }
                claimedUpTo = second == nil ? secondThat ?? min(scalars.count, q.upperBound + 1) : sentenceEnd
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
                // (What is said starts after the cue: "X said she arranged a meeting: “...”" says
                // "she arranged a meeting".)
                if let (sp, c, said) = mainClause(sTokens, minWords: 3) {
                    let range = said.upperBound == Int.max ? said.lowerBound..<limit : sentence.lowerBound..<said.upperBound
                    if !range.isEmpty { add(sp, cue: c, range: range, quoted: false) }
                }
                return
            }
            if p.kind == .post, let author = salience.postAuthor {
                add(author, cue: "post", range: sentence, quoted: true)
                return
            }
            // Mutual accusations: "both Russia and Ukraine accuse each other of ...".
            if let k = sTokens.firstIndex(where: { classes[$0].contains(.mutual) }),
               k + 2 < sTokens.count, tokens[sTokens[k + 1]].text == "each", tokens[sTokens[k + 2]].text == "other" {
                // (The parties are in the clause of "each other": not a dateline's country or a clause before a comma.)
                let clauseStart = sTokens[..<k].last(where: { classes[$0].contains(.comma) || classes[$0].contains(.dash) }).map { tokens[$0].end } ?? 0
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
            // "In Ms Raman's words, ...", "In the words of its director, ...": the rest of the sentence
            // (quotes and all) is that speaker's.
            if sTokens.count >= 5, lower[sTokens[0]] == "in" {
                var np: ArraySlice<Int> = []
                var comma = -1
                if lower[sTokens[1]] == "the", lower[sTokens[2]] == "words", lower[sTokens[3]] == "of",
                   let c = sTokens.prefix(12).firstIndex(where: { classes[$0].contains(.comma) }), c > 4 {
                    (np, comma) = (sTokens[4..<c], c)
                } else if let w = sTokens.prefix(10).firstIndex(where: { lower[$0] == "words" }), w >= 3, w + 1 < sTokens.count,
                          classes[sTokens[w + 1]].contains(.comma) {
                    // The possessive before "words": "'s" as one token, or an apostrophe and "s".
                    let owner = lower[sTokens[w - 1]] == "'s" || lower[sTokens[w - 1]] == "’s" ? w - 1
                        : w >= 4 && lower[sTokens[w - 1]] == "s" && (lower[sTokens[w - 2]] == "'" || lower[sTokens[w - 2]] == "’") ? w - 2 : 1
                    (np, comma) = (sTokens[1..<owner], w + 1)
                }
                if !np.isEmpty, tokens[sTokens[comma]].end < sentence.upperBound, let sp = resolve(Array(np), context, salience: salience) {
                    add(sp, cue: "words", range: tokens[sTokens[comma]].end..<sentence.upperBound, quoted: false)
                    return
                }
            }
            // "Solis has said that crime fell, according to figures she cites": what the sentence's
            // own speaker cites is where the claim comes from, not who makes it; the clause before
            // the comma is read on its own.
            if let k = sTokens.firstIndex(where: { classes[$0].contains(.according) }), k >= 4, k + 1 < sTokens.count,
               lower[sTokens[k + 1]] == "to", classes[sTokens[k - 1]].contains(.comma),
               case let source = sTokens[(k + 2)...].prefix(while: { !classes[$0].contains(.comma) }),
               !source.contains(where: { ["who", "whose", "which", "that"].contains(lower[$0]) }),
               let p = source.firstIndex(where: { Self.citingPronouns.contains(lower[$0]) }), p > k + 2 {
                sentence = sentence.lowerBound..<tokens[sTokens[k - 1]].start
                sTokens = Array(sTokens[..<(k - 1)])
            }
            // "According to X, ..." / "..., according to X." / "... learned that according to X, ..."
            if let k = sTokens.firstIndex(where: { classes[$0].contains(.according) }), k + 1 < sTokens.count,
               lower[sTokens[k + 1]] == "to" {
                var np: [Int] = []
                var j = k + 2
                while j < sTokens.count && !classes[sTokens[j]].contains(.comma) && tokens[sTokens[j]].text != "." && np.count < 12 { np.append(sTokens[j]); j += 1 }
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
                   !(np.last.map { classes[$0].contains(.documentNoun) } ?? false) {
                    np = Array(np[...k])
                }
                // "According to the team's coach, Alireza Mehraban, ...": the person named between the commas.
                var appositive: Speaker? = nil
                if j + 2 < sTokens.count, classes[sTokens[j]].contains(.comma),
                   let m = ranges.mentions(in: tokens[sTokens[j + 1]].start, sentence.upperBound).first(where: {
                       $0.start == tokens[sTokens[j + 1]].start && $0.mention.kind == .person && $0.mention.form == .name }),
                   let after = sTokens[(j + 1)...].first(where: { tokens[$0].start >= m.end }), classes[after].contains(.comma) {
                    appositive = speaker(for: m.mention, entities: entities)
                }
                if let sp = appositive ?? resolve(np, context, salience: salience) ?? source.map({ speaker(for: $0.mention, entities: entities) }) {
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
                guard !classes[sTokens[n]].isDisjoint(with: .clauseWords) else { continue }
                let word = lower[sTokens[n]]
                // (The word-class bit of exactly "which", "who" and "whom".)
                if classes[sTokens[n]].contains(.relative) { lastRelative = n; continue }
                // ", a claim X denies" opens a clause of its own, like "which".
                // (Not the verb after an appositive: "Mr Castellano, 54, claims the publications ...".)
                let verbAfterAppositive = n >= 1 && classes[sTokens[n - 1]].contains(.comma) && classes[sTokens[n]].contains(.reportingVerb)
                    && n + 1 < sTokens.count && tokens[sTokens[n + 1]].isLowercase
                if classes[sTokens[n]].contains(.pointing), n >= 1, !verbAfterAppositive,
                   classes[sTokens[n - 1]].contains(.comma) || (n >= 2 && ["a", "an", "the"].contains(lower[sTokens[n - 1]]) && classes[sTokens[n - 2]].contains(.comma)) {
                    lastRelative = n
                    continue
                }
                guard let (c, cueEnd) = cue(at: n, in: sTokens, context) else { continue }
                // "X accused Y of ... and said ...": a second verb of the same subject is a claim of its own.
                if let m = main, !Self.hasSuffix(word, "ing"), n >= 2, lower[sTokens[n - 1]] == "and", tokens[sTokens[n - 1]].isLowercase,
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
                // "X put the toll at 11, while Dushanbe acknowledged only two", "X reported ...; Kyrgyzstan said ...":
                // a clause of its own, with its own subject, after the main one.
                if main != nil, !Self.hasSuffix(word, "ing"), case let (subject, boundary) = subjectTokens(before: n, in: sTokens, context),
                   let b = boundary, !subject.isEmpty, !hasVerb(subject, context),
                   tokens[sTokens[b]].text == ";" || (["while", "whereas", "but"].contains(lower[sTokens[b]]) && tokens[sTokens[b]].isLowercase
                                                       && b >= 1 && classes[sTokens[b - 1]].contains(.comma)),
                   cueEnd + 1 < sTokens.count, let sp = resolve(subject, context, salience: salience) {
                    let k = skippingThat(cueEnd + 1, in: sTokens)
                    if add(sp, cue: c, range: tokens[sTokens[k]].start..<sentence.upperBound, quoted: false) {
                        let cut = tokens[sTokens[b]].text == ";" ? b : b - 1
                        mainEnd = min(mainEnd, tokens[sTokens[cut]].start)
                    }
                    continue
                }
                // After the main clause only gerund and relative clauses can add a claim.
                if main != nil, !Self.hasSuffix(word, "ing"), n - lastRelative > 13 { continue }
                if Self.hasSuffix(word, "ing") {
                    // ", saying ..." goes on with the clause's speaker; "with X saying ..." gives X.
                    guard cueEnd + 1 < sTokens.count else { continue }
                    var sp: Speaker? = nil
                    var from = n
                    if n > 0, classes[sTokens[n - 1]].contains(.comma), let m = main {
                        sp = m.0
                        from = n - 1
                    } else if n > 2, classes[sTokens[n - 1]].contains(.comma), main == nil, relativeStart == sentence.upperBound,
                              // (A relative clause between that reports nothing: "..., which has 11,000 members, saying ...".)
                              n - lastRelative > 13 || (lastRelative >= 0 && !sTokens[(lastRelative + 1)..<n].contains { classes[$0].contains(.cue) }),
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
                              !sTokens[(w + 1)..<n].contains(where: { classes[$0].contains(.comma) }) {
                        sp = resolve(Array(sTokens[(w + 1)..<n]), context, salience: salience)
                        from = w > 0 && classes[sTokens[w - 1]].contains(.comma) ? w - 1 : w
                    }
                    // The claim ends where "and <another -ing cue>" starts one of its own.
                    var end = sentence.upperBound
                    if let k = sTokens.indices.dropFirst(cueEnd + 1).first(where: { k in
                        k + 1 < sTokens.count && lower[sTokens[k]] == "and" && Self.hasSuffix(lower[sTokens[k + 1]], "ing")
                            && classes[sTokens[k + 1]].contains(.cue) && cue(at: k + 1, in: sTokens, context) != nil
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
                if let b = boundary, classes[sTokens[b]].contains(.comma), subject.count > refAt + 1,
                   Self.pointingNouns.contains(lower[subject[refAt]]), tokens[subject[refAt]].isLowercase {
                    if let sp = resolve(Array(subject[(refAt + 1)...]), context, salience: salience) {
                        let end = sTokens[(cueEnd + 1)...].first(where: { classes[$0].contains(.comma) }).map { tokens[$0].start } ?? sentence.upperBound
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
                                if boundary! > 0, classes[sTokens[boundary! - 1]].contains(.comma) { mainEnd = min(mainEnd, tokens[sTokens[boundary! - 1]].start) }
                            }
                            continue
                        }
                        let end = sTokens[(cueEnd + 1)...].first(where: { classes[$0].contains(.comma) }).map { tokens[$0].start } ?? sentence.upperBound
                        if add(sp, cue: c, range: tokens[sTokens[boundary!]].start..<end, quoted: false) {
                            relativeStart = min(relativeStart, tokens[sTokens[boundary!]].start)
                            // The clause before "which" is no part of the main claim.
                            if boundary! > 0, classes[sTokens[boundary! - 1]].contains(.comma) { mainEnd = min(mainEnd, tokens[sTokens[boundary! - 1]].start) }
                        }
                    }
                    continue
                }
                if subject.isEmpty, bword == "which", let b = boundary, b >= 2, classes[sTokens[b - 1]].contains(.comma),
                   let t = sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 5)].firstIndex(where: { lower[$0] == "that" && tokens[$0].isLowercase }),
                   t + 2 < sTokens.count {
                    // "Harwood Peak, which confirmed on Monday that it had made three approaches, said ...":
                    // the body before "which" claims what follows "that", up to the clause's end.
                    let (np, _) = subjectTokens(before: b - 1, in: sTokens, context)
                    if !np.isEmpty, !hasVerb(np, context), let sp = resolve(np, context, salience: salience) {
                        let end = sTokens[(t + 1)...].first(where: { classes[$0].contains(.comma) }).map { tokens[$0].start } ?? sentence.upperBound
                        add(sp, cue: c, range: tokens[sTokens[t + 1]].start..<end, quoted: false)
                    }
                    continue
                }
                if subject.isEmpty, bword == "who", let b = boundary, b >= 2, classes[sTokens[b - 1]].contains(.comma) {
                    // "Devocht, who had told him he would help, said ...": the relative clause is the claim.
                    let (np, _) = subjectTokens(before: b - 1, in: sTokens, context)
                    if let sp = resolve(np, context, salience: salience), cueEnd + 1 < sTokens.count {
                        let end = sTokens[(cueEnd + 1)...].first(where: { classes[$0].contains(.comma) }).map { tokens[$0].start } ?? sentence.upperBound
                        add(sp, cue: c, range: tokens[sTokens[cueEnd + 1]].start..<end, quoted: false)
                    }
                    continue
                }
                if subject.isEmpty, bword == "that", let b = boundary, b >= 3, cueEnd + 2 < sTokens.count,
                   let c1 = (max(0, b - 8)..<b).last(where: { classes[sTokens[$0]].contains(.comma) }), c1 >= 1,
                   ["the", "a", "an"].contains(lower[sTokens[c1 + 1]]), tokens[sTokens[b - 1]].isLowercase {
                    // "Hearthcam, a start-up that says it has sold 400,000 cameras, confirmed ...": the body
                    // the appositive describes claims what its relative clause says, up to the clause's end.
                    let (np, inner) = subjectTokens(before: c1, in: sTokens, context)
                    if inner == nil, !np.isEmpty, !hasVerb(np, context), let sp = resolve(np, context, salience: salience) {
                        let k = skippingThat(cueEnd + 1, in: sTokens)
                        let end = sTokens[(cueEnd + 1)...].first(where: { classes[$0].contains(.comma) }).map { tokens[$0].start } ?? sentence.upperBound
                        if k < sTokens.count, tokens[sTokens[k]].start < end {
                            add(sp, cue: c, range: tokens[sTokens[k]].start..<end, quoted: false)
                        }
                    }
                    continue
                }
                guard main == nil else { continue }
                var sp: Speaker? = nil
                // Where the speaker's phrase starts, when it is not where the subject before the cue starts.
                var subjectHead: Int? = nil
                // The speaker's phrase opens the sentence, set off by commas: what was said comes after the cue.
                var setOff = false
                if subject.isEmpty, let b = boundary, classes[sTokens[b]].contains(.comma) {
                    // "Professor X, Director of Y, says ...": the name before the appositive.
                    sp = appositiveSpeaker(endingAt: b, in: sTokens, context, salience: salience)
                    // "The ministry, which drafted the bill, said": a source before a relative clause.
                    if sp == nil, let c1 = sTokens[..<b].firstIndex(where: { classes[$0].contains(.comma) }), c1 >= 1, c1 + 1 < b,
                       ["which", "who", "whose"].contains(lower[sTokens[c1 + 1]]) {
                        let (np, inner) = subjectTokens(before: c1, in: sTokens, context)
                        if inner == nil, !np.isEmpty, !hasVerb(np, context) { sp = resolve(np, context, salience: salience) }
                    }
                    // "The Tawila Front, the armed group that controls the area, said": a source described by a
                    // noun and its relative clause ("a start-up that says it has sold ...").
                    if sp == nil, let c1 = sTokens[..<b].firstIndex(where: { classes[$0].contains(.comma) }), c1 >= 1, c1 + 3 < b,
                       ["the", "a", "an"].contains(lower[sTokens[c1 + 1]]), tokens[sTokens[c1 + 1]].isLowercase,
                       let rel = (c1 + 3..<min(b, c1 + 10)).first(where: { ["that", "which", "who"].contains(lower[sTokens[$0]]) && tokens[sTokens[$0]].isLowercase }),
                       // (Lower-case words, or a place in a compound: "a Cambridge-based start-up".)
                       (c1 + 2..<rel).allSatisfy({ k in tokens[sTokens[k]].isLowercase || lower[sTokens[k]] == "-"
                           || (tokens[sTokens[k]].isWord && k + 1 < rel && lower[sTokens[k + 1]] == "-") }) {
                        let (np, inner) = subjectTokens(before: c1, in: sTokens, context)
                        if inner == nil, !np.isEmpty, !hasVerb(np, context) { sp = resolve(np, context, salience: salience) }
                    }
                    // (Only when the sentence opens with that phrase: no quotation or clause before it.)
                    setOff = sp != nil && tokens[sTokens[0]].isWord
                        && !sTokens[..<n].contains(where: { classes[$0].contains(.openingQuote) || ["\"", "”", "“"].contains(tokens[$0].text) })
                        && sTokens[..<n].count(where: { classes[$0].contains(.comma) }) <= 3
                } else if bword == "that", let b = boundary, b >= 1, subject.count >= 2, let f = subject.first, tokens[f].isLowercase,
                          classes[f].isDisjoint(with: [.determiner, .pronoun, .subjectPronoun]),
                          // (A verb and its object: "runs the app", "controls much of the area"; not "analysts said".)
                          classes[subject[1]].contains(.determiner) || Self.objectOpeners.contains(lower[subject[1]]),
                          tokens[sTokens[b - 1]].isLowercase, tokens[sTokens[b - 1]].isWord, !classes[sTokens[b - 1]].contains(.cue) {
                    // "the firm that runs the app says ...": the phrase before "that" (the words after it open with a verb).
                    let (np, _) = subjectTokens(before: b, in: sTokens, context)
                    if !np.isEmpty, !hasVerb(np, context) {
                        sp = resolve(np, context, salience: salience)
                        subjectHead = np.first
                    }
                } else if !hasVerb(subject, context) {
                    sp = resolve(subject, context, salience: salience)
                } else if bword == "who", let b = boundary {
                    // "A senior official who was not authorised to speak said ...": the phrase before "who".
                    let (np, _) = subjectTokens(before: b, in: sTokens, context)
                    if !np.isEmpty, !hasVerb(np, context) { sp = resolve(np, context, salience: salience) }
                }
                guard let sp else { continue }
                // Content: words after the cue, or before the subject ("The talks failed, he said").
                let after = sTokens[(cueEnd + 1)...].count { tokens[$0].isWord }
                // (Where the subject starts: words such as "had previously" may stand between it and the cue.)
                var subjectStart = (subjectHead ?? subject.first).flatMap { sTokens.firstIndex(of: $0) } ?? max(0, n - subject.count)
                // ("Far-left influencers and other leftist hacks claimed": the subject is both, from the start.)
                if subjectStart >= 2, lower[sTokens[subjectStart - 1]] == "and", !hasVerb(Array(sTokens[..<(subjectStart - 1)]), context) {
                    subjectStart = 0
                }
                let before = setOff ? 0 : sTokens[..<subjectStart].count { tokens[$0].isWord }
                // (An opening phrase set off by a comma, "Hours later, the committee ...", is said by nobody.)
                // (Or a longer one opened by a preposition: "With development almost complete, Microsoft announced".)
                func comma(within n: Int) -> Int? { sTokens.prefix(n).firstIndex { classes[$0].contains(.comma) }.map { $0 + 1 } }
                let prepositional = sTokens.first.map { !classes[$0].isDisjoint(with: [.openingWord, .preposition]) } ?? false
                let opener = comma(within: 5) ?? (prepositional ? comma(within: min(20, subjectStart)) : nil) ?? 0
                let beforeContent = setOff ? 0 : sTokens[min(opener, subjectStart)..<subjectStart].count { tokens[$0].isWord }
                var tail = sentence.upperBound
                while tail > sentence.lowerBound && scalars[tail - 1].isSpaceFast { tail -= 1 }
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
                    && !sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 4)].contains { classes[$0].contains(.comma) }
                // ("His remarks came as the ministry announced that X": a clause opened by "as", "when",
                // ... holds the speaker; what comes before it is not said by them.)
                let subordinate = subjectStart >= 1 && Self.subordinators.contains(lower[sTokens[subjectStart - 1]])
                if after >= 3, beforeContent < 2 || subordinate || (thatFollows && n >= 1 && classes[sTokens[n - 1]].contains(.comma)), !ReportingCues.disputingCues.contains(c), c != "accused", c != "criticized",
                   n == 0 || lower[sTokens[n - 1]] != "and" || !sTokens[..<(n - 1)].contains(where: { Self.statingVerbs.contains(lower[$0]) }) {
                    var k = cueEnd + 1
                    if let t = sTokens[(cueEnd + 1)..<min(sTokens.count, cueEnd + 12)].firstIndex(where: { lower[$0] == "that" && tokens[$0].isLowercase }),
                       t > cueEnd + 1, t + 2 < sTokens.count,
                       c == "told" || c == "warned" || classes[sTokens[cueEnd + 1]].contains(.preposition),
                       !sTokens[(cueEnd + 1)..<t].contains(where: { classes[$0].contains(.comma) || tokens[$0].text == "\"" }) {
                        k = t + 1
                    } else if k + 2 < sTokens.count, lower[sTokens[k]] == "that", tokens[sTokens[k]].isLowercase,
                              !Self.pronounThatVerbs.contains(lower[sTokens[k + 1]]) {
                        k += 1
                    } else if k < sTokens.count, classes[sTokens[k]].contains(.comma),
                              let close = sTokens[(k + 1)..<min(sTokens.count, k + 10)].firstIndex(where: { classes[$0].contains(.comma) }),
                              close + 3 < sTokens.count, lower[sTokens[close + 1]] == "that", tokens[sTokens[close + 1]].isLowercase {
                        // "claimed, without bothering to verify, that X": past the aside and its "that".
                        k = close + 2
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
                    // "said Monday the average driver ...", "said late Saturday that ...": when it was said is no part of it.
                    if let past = pastTimePhrase(k, in: sTokens) { k = skippingThat(past, in: sTokens) }
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
                      // (Ten bytes first: most words are turned away without a string comparison.)
                      let k = sTokens.firstIndex(where: { lower[$0].utf8.count == 10 && lower[$0] == "reportedly" }),
                      tokens[sTokens[k]].start < relativeStart {
                // "X was reportedly rejected (, which the ministry denies)": reports say so.
                add(Speaker(name: "reports", entity: nil, kind: nil), cue: lower[sTokens[k]], range: sentence.lowerBound..<relativeStart, quoted: false)
            }
        }
        func sentenceSpeakerSet() -> Bool { sentenceSpeaker != nil }

        /// After a time phrase at k of s ("Monday", "on Tuesday", "late Saturday", "this week", "yesterday"):
        /// the position after it, when at least two words follow it and it is no owner ("Monday's vote").
        func pastTimePhrase(_ k: Int, in s: [Int]) -> Int? {
            var j = k
            if j < s.count, ["on", "late", "early", "earlier", "later"].contains(lower[s[j]]), tokens[s[j]].isLowercase { j += 1 }
            guard j < s.count else { return nil }
            if tokens[s[j]].isCapitalized, Lexicon.weekdays.contains(tokens[s[j]].text) {
                j += 1
                if j < s.count, ["morning", "afternoon", "evening", "night"].contains(lower[s[j]]) { j += 1 }
            } else if j == k, ["this", "last"].contains(lower[s[j]]), j + 1 < s.count,
                      ["week", "month", "year", "morning", "afternoon", "evening", "weekend"].contains(lower[s[j + 1]]) {
                j += 2
            } else if j == k, ["yesterday", "today", "tonight"].contains(lower[s[j]]) {
                j += 1
            } else {
                return nil
            }
            guard j + 1 < s.count, tokens[s[j]].isWord, tokens[s[j + 1]].isWord || tokens[s[j + 1]].text.first?.isNumber == true else { return nil }
            return j
        }

        /// An organisation right after "told (the)", "speaking to (the)" or "in an interview with (the)".
        func isAudience(_ m: LocalMention) -> Bool {
            guard m.mention.kind == .organization else { return false }
            var k = ranges.firstToken(startingAtOrAfter: m.start) - 1
            if k >= 0, lower[k] == "the" { k -= 1 }
            guard k >= 0 else { return false }
            return ["told", "tells", "telling", "tell"].contains(lower[k])
                || (["to", "with"].contains(lower[k]) && k >= 1 && ["speaking", "spoke", "talking", "talked", "interview", "interviews"].contains(lower[k - 1]))
        }

        /// A person named between the sentence's first two commas after a short lower-case opening
        /// ("Her mother, Karen Mitchell, ...", "One of the hikers, 27-year-old Aroha Mitchell, ...").
        func appositiveSubject(_ sTokens: [Int]) -> LocalMention? {
            guard let c1 = sTokens.prefix(7).firstIndex(where: { classes[$0].contains(.comma) }), c1 >= 1,
                  let c2 = sTokens[(c1 + 1)...].prefix(8).firstIndex(where: { classes[$0].contains(.comma) }), c2 > c1 + 1 else { return nil }
            guard !sTokens[..<c1].dropFirst().contains(where: { tokens[$0].isCapitalized && !context.inName[$0] }) else { return nil }
            let lo = tokens[sTokens[c1 + 1]].start, hi = tokens[sTokens[c2 - 1]].end
            guard let m = ranges.mentions(in: lo, hi).last(where: { $0.mention.kind == .person }), m.end == hi else { return nil }
            return m
        }

        /// "the Bank of Ghana's monetary policy committee": a body an organisation owns, named by its noun;
        /// "the committee" later speaks for that organisation (unless a body was first named so before).
        func noteOwnedBodies(_ sTokens: [Int], _ mentions: [LocalMention]) {
            for mi in mentions.indices where mentions[mi].mention.kind == .organization {
                let m = mentions[mi]
                guard var k = sTokens.firstIndex(where: { tokens[$0].start >= m.end }), tokens[sTokens[k]].start == m.end else { continue }
                if lower[sTokens[k]] == "'s" || lower[sTokens[k]] == "’s" { k += 1 }
                else if ["'", "’"].contains(lower[sTokens[k]]), k + 1 < sTokens.count, lower[sTokens[k + 1]] == "s" { k += 2 }
                else { continue }
                var j = k
                while j < sTokens.count, j - k < 4, tokens[sTokens[j]].isLowercase, tokens[sTokens[j]].isWord {
                    let w = lower[sTokens[j]]
                    if Self.bodyNouns.contains(w) {
                        if salience.bodies[w] == nil { salience.bodies[w] = m.mention.entity }
                        break
                    }
                    j += 1
                }
            }
        }

        /// "The Sahel Shield Forces (SSF), the paramilitary group that ...", "Fetchly, a delivery company,":
        /// the noun an apposition gives a body stands for it ("the group said").
        func noteDescribedBodies(_ sTokens: [Int], _ mentions: [LocalMention]) {
            for mi in mentions.indices where mentions[mi].mention.kind == .organization {
                let m = mentions[mi]
                guard var k = sTokens.firstIndex(where: { tokens[$0].start >= m.end }) else { continue }
                // (Past a short name in brackets: "(SSF)".)
                if k + 2 < sTokens.count, lower[sTokens[k]] == "(", lower[sTokens[k + 2]] == ")" { k += 3 }
                guard k + 2 < sTokens.count, classes[sTokens[k]].contains(.comma), ["the", "a", "an"].contains(lower[sTokens[k + 1]]) else { continue }
                var j = k + 2
                while j < sTokens.count, j - k < 7, tokens[sTokens[j]].isLowercase, tokens[sTokens[j]].isWord {
                    let w = lower[sTokens[j]]
                    if Self.describingNouns.contains(w) {
                        let body = speaker(for: m.mention, entities: entities)
                        salience.describedAs[w, default: []].removeAll { $0.entity == body.entity }
                        salience.describedAs[w, default: []].append(body)
                        break
                    }
                    j += 1
                }
            }
        }

        /// "being sued by (celebrity chef) X", "X is suing", "X sued the council": X brings a civil case.
        func noteClaimants(_ sTokens: [Int], _ mentions: [LocalMention]) {
            for (k, t) in sTokens.enumerated() where classes[t].contains(.suing) {
                if k + 1 < sTokens.count, lower[sTokens[k + 1]] == "by" {
                    let after = tokens[sTokens[k + 1]].end
                    let limit = sTokens.count > k + 5 ? tokens[sTokens[k + 5]].end : Int.max
                    if let m = mentions.first(where: { $0.start >= after && $0.start <= limit && $0.mention.kind == .person }) {
                        salience.claimants.insert(m.mention.entity)
                    }
                    continue
                }
                // Active: "X sued", "X is suing", "X, who is suing" (not "X was sued").
                guard k > 0, !["was", "were", "been", "being", "be", "is", "are"].contains(lower[sTokens[k - 1]]) || lower[t] == "suing" else { continue }
                var j = k - 1
                while j > 0, j >= k - 3, ["is", "has", "who", ",", "had", "was"].contains(lower[sTokens[j]]) { j -= 1 }
                if let m = mentions.first(where: { $0.end == tokens[sTokens[j]].end && $0.mention.kind == .person }) {
                    salience.claimants.insert(m.mention.entity)
                }
            }
        }

        /// A person of a sentence with no person for subject, named and then described by ", who"
        /// or ", whose": the one person so introduced.
        func introducedPerson(_ sTokens: [Int], _ mentions: [LocalMention]) -> LocalMention? {
            var found: LocalMention? = nil
            for (k, t) in sTokens.enumerated() where k + 1 < sTokens.count && classes[t].contains(.comma)
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
        /// The speaker and cue of a sentence's main clause, and where what is said is: from the
        /// word after the cue (an open range), or, after an attribution set off by a comma ("X did
        /// Y, prosecutors told a jury"), up to that comma (a range from 0).
        func mainClause(_ sTokens: [Int], minWords: Int) -> (Speaker, String, Range<Int>)? {
            var n = 0
            while n < sTokens.count {
                defer { n += 1 }
                guard classes[sTokens[n]].contains(.cue), let (c, cueEnd) = cue(at: n, in: sTokens, context),
                      !Self.hasSuffix(lower[sTokens[n]], "ing") else { continue }
                guard sTokens[(cueEnd + 1)...].count(where: { tokens[$0].isWord }) >= minWords else { return nil }
                let (subject, boundary) = subjectTokens(before: n, in: sTokens, context)
                var said = tokens[sTokens[skippingThat(cueEnd + 1, in: sTokens)]].start..<Int.max
                // (Not after an opening phrase: "Giving evidence on Wednesday, X said", "In a blog post, X wrote".)
                if let first = subject.first, let at = sTokens.firstIndex(of: first), at >= 4, classes[sTokens[at - 1]].contains(.comma),
                   let opening = sTokens.first(where: { tokens[$0].isWord }).map({ lower[$0] }),
                   !Self.openingWords.contains(opening), !Self.hasSuffix(opening, "ing"), !Self.hasSuffix(opening, "ed") {
                    said = 0..<tokens[sTokens[at - 1]].start
                }
                let from = said
                if subject.isEmpty, let b = boundary, classes[sTokens[b]].contains(.comma) {
                    if let sp = appositiveSpeaker(endingAt: b, in: sTokens, context, salience: salience) { return (sp, c, from) }
                } else if !hasVerb(subject, context), let sp = resolve(subject, context, salience: salience) {
                    return (sp, c, from)
                }
            }
            return nil
        }

        salience.bodyJustBefore = nil
        for (si, sentence) in sentences.enumerated() {
            var sTokens = ranges.tokens(in: sentence.lowerBound, sentence.upperBound) { !inQuote($0) }
            // A dateline ("ELDORET, Kenya -- ", "SYDNEY - ") opening the sentence is no part of its clauses.
            if si == 0, let first = sTokens.first, tokens[first].isAllCaps, tokens[first].text.count >= 3,
               let dash = sTokens.prefix(10).lastIndex(where: { classes[$0].contains(.dash) }),
               dash + 3 < sTokens.count {
                sTokens.removeFirst(dash + 1)
            }
            // So is a label in capitals ("HOAX: X claimed ...", "UPDATE: ..."); the claim starts after it.
            var clauses = sentence
            if si == 0, let first = sTokens.first, tokens[first].isAllCaps, tokens[first].text.count >= 3,
               let colon = sTokens.prefix(3).firstIndex(where: { tokens[$0].text == ":" }), colon + 3 < sTokens.count {
                sTokens.removeFirst(colon + 1)
                clauses = tokens[sTokens[0]].start..<sentence.upperBound
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
            sentenceClaims(si, clauses, sTokens, sentenceMentions)
            // (An organisation one tells or speaks to, "told The Associated Press", is a channel, no side:
            // "its" or "their" later does not stand for it.)
            note(sentenceMentions, entities: entities, into: &salience, skipping: isAudience)
            noteOwnedBodies(sTokens, sentenceMentions)
            noteDescribedBodies(sTokens, sentenceMentions)
            noteClaimants(sTokens, sentenceMentions)
            if let sp = sentenceSpeaker, sp.kind == .person { salience.lastSubject = sp } else if let sp = salience.currentPerson { salience.lastSubject = sp }
            else if sentenceSpeaker == nil, let m = introducedPerson(sTokens, sentenceMentions) {
                // "The court heard from X, who managed the kitchen. She told ...": X, introduced with a
                // relative clause, is whom the next sentence is about.
                salience.lastSubject = speaker(for: m.mention, entities: entities)
            }
            if let sp = sentenceSpeaker, sp.kind != .person { salience.lastGroup = sp } else if let sp = salience.currentGroup { salience.lastGroup = sp }
            // (Or the body the sentence was about when it quoted nobody: "The panel was not persuaded. Its spokeswoman ...".)
            salience.bodyJustBefore = (sentenceSpeaker ?? salience.currentGroup).flatMap { $0.kind == nil || $0.kind == .organization ? $0 : nil }
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
}
