import Foundation

// Quotations: where they are, and who a quote is attributed to (after it, before it).
extension ClaimExtractor {
    /// Ranges of quoted text (inside the marks). Curly quotes pair up; straight quotes toggle.
    func quoteSpans(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        var straightOpen: Int? = nil
        for (i, c) in s.enumerated() {
            // (Most scalars are none of the marks: passed over by their value.)
            let v = c.value
            if v < 0xAB ? v != 0x22 : (v != 0xAB && v != 0xBB && v != 0x201C && v != 0x201D) { continue }
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
    func attribution(after idx: [Int], _ cx: Context, salience: Salience) -> (Speaker, String)? {
        let lower = cx.lower, tokens = cx.tokens, classes = cx.classes
        let window = Array(idx.drop(while: { classes[$0].contains(.openingQuote) || tokens[$0].text == "”" || tokens[$0].text == "’" }).prefix(10))
        if let d = window.first, classes[d].contains(.dash), window.count >= 2 {
            // '"..." — Curtis Hollands, candidate for the council, in a video': the name up to the first comma.
            let signed = window.dropFirst().prefix { !classes[$0].contains(.comma) }
            if signed.count <= 6, !signed.contains(where: { classes[$0].contains(.reportingVerb) }) {
                let np = signed.filter { tokens[$0].isWord || tokens[$0].text == "." }
                if let sp = resolve(Array(np.filter { tokens[$0].isWord }), cx, salience: salience), sp.entity != nil { return (sp, "quote") }
            }
        }
        guard let v = window.firstIndex(where: { classes[$0].contains(.reportingVerb) }) else {
            return setOffSubject(after: idx, cx, salience: salience)
        }
        let cue = ReportingCues.verbs[lower[window[v]]] ?? "said"
        var np = Array(window[..<v]).filter { tokens[$0].isWord || tokens[$0].text.hasPrefix("@") || tokens[$0].text == "-" || tokens[$0].text == "’" || tokens[$0].text == "'" }
        if np.isEmpty {
            // "said his lawyer, Moses Kiplagat": the person named after the role, speaking for the role's side.
            if let sp = invertedAppositive(after: window[v], in: idx, cx, salience: salience) { return (sp, cue) }
            // "said Trump", "added the spokesman", "said the post by an unknown author"
            np = Array(window[(v + 1)...]).prefix { tokens[$0].isWord && tokens[$0].text != "that" }.prefix(5).map { $0 }
            // '“the protectors of Darfur”, says it is defending ...': a finite verb after the cue makes
            // a clause, whose subject speaks for itself (not "it is defending communities the").
            if np.contains(where: { classes[$0].contains(.finiteVerb) }) { return nil }
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
        guard var sp = resolve(np, cx, salience: salience) else { return nil }
        // '..." said Dr X, who chairs the association's committee' / 'said X, chair of the Y Association':
        // the body the clause after the name names is the side.
        if sp.kind == .person, sp.side == nil, let last = np.last, let at = idx.firstIndex(of: last), at + 2 < idx.count,
           classes[idx[at + 1]].contains(.comma) {
            let clause = Array(idx[(at + 2)...].prefix { !classes[$0].contains(.comma) && tokens[$0].text != "." && tokens[$0].text != ";" })
            if lower[idx[at + 2]] == "who", tokens[idx[at + 2]].isLowercase {
                sp.side = relativeClauseSide(Array(clause.dropFirst()), cx, salience: salience)
            } else if clause.count <= 12 {
                sp.side = side(of: clause, cx, salience: salience)
            }
        }
        return (sp, cue)
    }

    /// '“...,” one resident, who asked not to be named, told Al Jazeera': a subject of a few words
    /// set off by a relative clause, then its cue.
    func setOffSubject(after idx: [Int], _ cx: Context, salience: Salience) -> (Speaker, String)? {
        let lower = cx.lower, tokens = cx.tokens, classes = cx.classes
        let rest = Array(idx.drop(while: { classes[$0].contains(.openingQuote) || classes[$0].contains(.comma) || tokens[$0].text == "”"
                                            || tokens[$0].text == "’" }).prefix(24))
        guard let open = rest.firstIndex(where: { classes[$0].contains(.comma) }), open >= 1, open <= 5, open + 2 < rest.count,
              rest[..<open].allSatisfy({ tokens[$0].isWord }), lower[rest[open + 1]] == "who",
              let close = rest[(open + 2)...].firstIndex(where: { classes[$0].contains(.comma) }), close - open <= 14, close + 1 < rest.count,
              classes[rest[close + 1]].contains(.reportingVerb),
              let sp = resolve(Array(rest[..<open]), cx, salience: salience) else { return nil }
        return (sp, ReportingCues.verbs[lower[rest[close + 1]]] ?? "said")
    }

    /// Verbs by which a relative clause says whom a person speaks for ("who chairs the committee").
    static let leadingVerbs: Set<String> = ["chairs", "chaired", "heads", "headed", "leads", "led", "runs", "ran", "directs", "directed",
                                            "founded", "represents", "represented", "manages", "managed", "co-chairs", "coordinates"]

    /// "(who) chairs the association's consultants committee", "(who) heads the Shannon Gateway Business
    /// Network": the organisation named, or the body named earlier by the noun ("the association").
    func relativeClauseSide(_ clause: [Int], _ cx: Context, salience: Salience) -> String? {
        let lower = cx.lower, tokens = cx.tokens
        guard let v = clause.first, Self.leadingVerbs.contains(lower[v]), clause.count >= 2, clause.count <= 12 else { return nil }
        let phrase = Array(clause.dropFirst())
        if let first = phrase.first, let last = phrase.last,
           let m = cx.mentions.mentions(in: tokens[first].start, tokens[last].end).first(where: { $0.mention.kind == .organization || $0.mention.kind == .country }) {
            return m.mention.entity
        }
        // "the association's committee": the first body noun after "the" (the owner before the owned).
        for (k, t) in phrase.enumerated() where k >= 1 && lower[phrase[k - 1]] == "the" && tokens[t].isLowercase && Self.bodyNouns.contains(lower[t]) {
            let w = lower[t]
            if let org = salience.lastOrganizations.last(where: { SpaceWords.of(ClaimWords.lowercased($0.name)).contains { $0 == w } }) {
                return org.side ?? org.asSide
            }
            if let body = salience.bodies[w] { return body }
            return nil
        }
        return nil
    }

    /// After an inverted cue ('," said'): a role phrase of lower-case words ("his lawyer", "the
    /// family's spokeswoman"), a comma and a person's name ending the clause. The person, with
    /// the side the role gives.
    func invertedAppositive(after verb: Int, in idx: [Int], _ cx: Context, salience: Salience) -> Speaker? {
        let tokens = cx.tokens, lower = cx.lower
        guard let v = idx.firstIndex(of: verb) else { return nil }
        var k = v + 1
        while k < idx.count, k - v <= 7, tokens[idx[k]].isWord || lower[idx[k]] == "'s" || lower[idx[k]] == "’s",
              !cx.classes[idx[k]].contains(.comma) { k += 1 }
        let role = Array(idx[(v + 1)..<k])
        guard !role.isEmpty, k + 1 < idx.count, cx.classes[idx[k]].contains(.comma),
              role.allSatisfy({ !tokens[$0].isCapitalized || cx.inName[$0] }),
              role.contains(where: { !cx.classes[$0].isDisjoint(with: [.personRole, .sideRole]) }),
              let m = cx.mentions.mentions.first(where: { $0.start == tokens[idx[k + 1]].start && $0.mention.kind == .person }) else { return nil }
        // The name ends the clause (a full stop, a comma, or nothing after it).
        if let after = idx[(k + 1)...].first(where: { tokens[$0].start >= m.end }),
           !(cx.classes[after].contains(.comma) || [".", ";"].contains(tokens[after].text)) { return nil }
        var sp = speaker(for: m.mention, entities: cx.entities)
        sp.side = side(of: role, cx, salience: salience)
        return sp
    }

    struct Attribution {
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
    func attribution(before idx: [Int], _ cx: Context, salience: Salience) -> Attribution? {
        // "Secretary of State Marco Rubio: “...”" — a name and a colon introduce the quote.
        var idx = idx
        let lower = cx.lower, tokens = cx.tokens, classes = cx.classes
        while let last = idx.last, classes[last].contains(.openingQuote) { idx.removeLast() }
        if let last = idx.last, tokens[last].text == ":", idx.count >= 2,
           !idx.contains(where: { classes[$0].contains(.reportingVerb) }) {
            // "Sunak defended the plan ...: '...'": the subject of the clause, not the name nearest the colon.
            let lead = leadingSubject(idx, cx)
            if let leadEnd = lead.last, let v = idx.firstIndex(where: { tokens[$0].start >= tokens[leadEnd].end }), v < idx.count - 1,
               tokens[idx[v]].isLowercase, !cx.inName[idx[v]],
               Self.hasSuffix(lower[idx[v]], "ed") || Self.hasSuffix(lower[idx[v]], "s") || Self.finiteVerbs.contains(lower[idx[v]]),
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
        if let g = idx.lastIndex(where: { classes[$0].contains(.reportingVerb) }), Self.hasSuffix(lower[idx[g]], "ing"),
           let w = (max(0, g - 6)..<g).last(where: { lower[idx[$0]] == "with" }), w + 1 < g,
           !idx[(w + 1)..<g].contains(where: { classes[$0].contains(.comma) }),
           let sp = resolve(Array(idx[(w + 1)..<g]), cx, salience: salience) {
            let from = w > 0 && classes[idx[w - 1]].contains(.comma) ? w - 1 : w
            return Attribution(speaker: sp, cue: ReportingCues.verbs[lower[idx[g]]] ?? "said", cueEnd: idx[g], clauseStart: tokens[idx[from]].start, gerund: true)
        }
        // The cue nearest the quote: words after it make the quote part of a reported clause
        // ('said it was "damning"'); a gerund after a comma (", adding, "...") opens a clause of its own.
        var nearEnd: Int? = nil
        var nearStart: Int? = nil
        var gerundStart: Int? = nil
        if let g = idx.lastIndex(where: { classes[$0].contains(.reportingVerb) }) {
            nearEnd = idx[g]
            nearStart = tokens[idx[g > 0 && (lower[idx[g - 1]] == "and" || classes[idx[g - 1]].contains(.comma)) ? g - 1 : g]].start
            if Self.hasSuffix(lower[idx[g]], "ing"), g > 0, classes[idx[g - 1]].contains(.comma) { gerundStart = tokens[idx[g - 1]].start }
        }
        var candidates: [Int] = []
        for (n, i) in idx.enumerated() where classes[i].contains(.reportingVerb) && !Self.hasSuffix(lower[i], "ing") { candidates.append(n) }
        if candidates.isEmpty, let g = idx.firstIndex(where: { classes[$0].contains(.reportingVerb) }) { candidates = [g] }
        for n in candidates {
            let word = lower[idx[n]]
            var cueEnd = n
            var cue = ReportingCues.verbs[word] ?? "said"
            if ["call", "calls", "called", "calling"].contains(word), n + 1 < idx.count, lower[idx[n + 1]] == "for" { cue = "called for"; cueEnd = n + 1 }
            if n > 0, Self.determiners.contains(lower[idx[n - 1]]) { continue }
            let (subject, boundary) = subjectTokens(before: n, in: idx, cx)
            var sp: Speaker? = nil
            if subject.isEmpty, let b = boundary, classes[idx[b]].contains(.comma) {
                sp = appositiveSpeaker(endingAt: b, in: idx, cx, salience: salience)
            } else if !hasVerb(subject, cx) {
                sp = resolve(subject, cx, salience: salience)
            }
            if let sp {
                var end = nearEnd.map { max($0, idx[cueEnd]) } ?? idx[cueEnd]
                // "X said Velthuis had told her that '...'": a later cue with a subject of its own is
                // part of what X said, which starts after X's cue.
                if let near = nearEnd, near != idx[cueEnd], !Self.hasSuffix(lower[near], "ing"),
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
    static let skippedBeforeVerb: Set<String> = ["had", "has", "have", "also", "earlier", "previously", "similarly", "later", "reportedly",
                                                         "repeatedly", "again", "already", "then", "publicly", "once", "further", "separately",
                                                         "today", "now", "still", "yesterday"]
    static let passiveAuxiliaries: Set<String> = ["is", "was", "were", "are", "been", "be", "being"]
    /// Verbs inside a would-be subject: the cue word is then a noun after a verb ("The report has prompted calls").
    static let finiteVerbs: Set<String> = ["has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should", "can",
                                                   "may", "might", "must", "did", "does", "do", "shall"]
    static let subjectBoundaries: Set<String> = [",", ";", ":", "that", "as", "while", "but", "and", "when", "after", "which", "who", "whom", "where",
                                                         "because", "since", "if", "“", "\"", "(", ")", "—", "–"]
    static let mutualVerbs: Set<String> = ["accuse", "accused", "accusing", "blame", "blamed"]
}
