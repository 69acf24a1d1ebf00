/// Disputes between the claims of one article, where any two voices may answer each other: a
/// denial that points back ("which the ministry rejects"), a denial of the same point in other
/// words ("have not received" / "was returned by mail"), a refutation naming its source, opposite
/// poles on one topic, side-taking names of one thing, accusations each way, and different figures.
/// An article has few claims, so every pair near each other is looked at.
extension ConflictFinder {
    /// How far apart (in claims) two claims of one article may be and still be compared.
    static let articleRadius = 150

    /// Whether two claims come from different sides: different sources, not of one country.
    static func otherSides(_ a: Profile, _ b: Profile) -> Bool {
        !a.flags.contains(.pointer) && a.speakerKey != b.speakerKey && a.sideKey != b.sideKey && (a.speaker < 0 || a.speaker != b.speaker)
            && disjoint(a.speakerCountries, b.speakerCountries)
            && !a.flags.contains(.mutual) && !b.flags.contains(.mutual)
    }

    /// A conflict a rule proposes for claim B, ranked by strength and then nearness.
    private struct Proposal {
        var a: Int
        var kind: ConflictKind
        var strength: Double
        var why: String
    }

    /// The disputes among claims `range` (one article's, in order).
    func articleDisputes(_ range: Range<Int>, profiles: [Profile], claims: ClaimList, termNames: [String],
                         courtKeys: (prosecution: Int32, defence: Int32)) -> [Found] {
        guard range.count >= 2 else { return [] }
        var out: [Found] = []
        let texts = LoweredTexts(range)
        // Claims a fact-check answers ("HOAX: ...") are what is disputed, never the dispute.
        var answered: Set<String> = []
        var framed: Set<Int64> = []
        var answeredCharges: Set<Int> = []
        for i in range { if let id = claims[i].answers { answered.insert(id) } }
        for bi in range {
            let b = profiles[bi]
            guard !b.flags.contains(.mutual), !b.flags.contains(.answers), answered.isEmpty || !answered.contains(claims[bi].id) else { continue }
            let window = max(range.lowerBound, bi - Self.articleRadius)..<min(range.upperBound, bi + Self.articleRadius + 1)
            var best: Proposal? = nil
            func propose(_ p: Proposal) {
                guard let current = best else { best = p; return }
                if p.strength > current.strength || (p.strength == current.strength && abs(p.a - bi) < abs(current.a - bi)) { best = p }
            }
            let bc = claims[bi]
            if let e = b.extra, e.anaphoric, let ai = referent(of: bi, in: window, profiles: profiles, claims: claims, texts: texts)
                .map({ e.direct ? $0 : wholeCharge(bi, from: $0, in: window, profiles: profiles, claims: claims, texts: texts) }) {
                let ac = claims[ai]
                let force = b.refutingWord >= 0 && Int(b.refutingWord) != Int(e.negator) ? Int(b.refutingWord) : Int(e.negator)
                let kind: ConflictKind = e.negator >= 0 && !["refuted", "countered"].contains(bc.cue) ? .denial : .refutation
                let words = force >= 0 ? Self.phrase(around: force, in: bc.text) : Self.snippet(bc.text, 40)
                propose(Proposal(a: ai, kind: kind, strength: 0.8,
                                 why: "\(bc.speaker) disputes what \(ac.speaker) said (“\(words)”): “\(Self.snippet(ac.text, 50))”"))
            }
            if b.refutingWord >= 0, let ai = namedSource(of: bi, in: window, profiles: profiles, claims: claims, texts: texts) {
                let ac = claims[ai]
                propose(Proposal(a: ai, kind: .refutation, strength: 0.85,
                                 why: "\(bc.speaker) says \(ac.speaker) got it wrong: “\(Self.phrase(around: Int(b.refutingWord), in: bc.text))”"))
            }
            // "Bramhall accused the Solis campaign of sending illegal texts. Campaign spokeswoman Ana Whitlock
            // said every message had been sent through an approved vendor": the accused side's first word
            // after the charge, in its paragraph or the next, answers it, in whatever words.
            if best == nil, b.negationWord < 0, b.refutingWord < 0, !b.isAccusing, !b.flags.contains(.pointer),
               let ai = accusation(answeredBy: bi, in: window, profiles: profiles, claims: claims),
               ai < bi, claims[ai].paragraph >= bc.paragraph - 1, !(ai + 1..<bi).contains(where: { profiles[$0].sideKey == b.sideKey }) {
                let ac = claims[ai]
                propose(Proposal(a: ai, kind: .refutation, strength: 0.55,
                                 why: "\(bc.speaker) answers the accusation of \(ac.speaker): “\(Self.snippet(bc.text, 50))”"))
            }
            // "X accused Y of ...", then Y's first answer that says no: Y denies the charge.
            if best == nil, b.negationWord >= 0 || b.refutingWord >= 0, !b.flags.contains(.pointer),
               let ai = accusation(answeredBy: bi, in: window, profiles: profiles, claims: claims), answeredCharges.insert(ai).inserted {
                let ac = claims[ai]
                let word = Int(b.refutingWord >= 0 ? b.refutingWord : b.negationWord)
                propose(Proposal(a: ai, kind: .denial, strength: 0.65,
                                 why: "\(bc.speaker) answers the accusation of \(ac.speaker): “\(Self.phrase(around: word, in: bc.text))”"))
            }
            if b.refutingWord >= 0, let p = deniedProposition(bi, window, profiles: profiles, claims: claims, termNames: termNames) {
                propose(p)
            }
            if let e = b.extra, !e.negated.isEmpty {
                negatedPoint(bi, e, window, profiles: profiles, claims: claims, termNames: termNames, texts: texts).map(propose)
            }
            if let e = b.extra, !e.poles.isEmpty || !e.frames.isEmpty {
                opposedWords(bi, e, window, profiles: profiles, claims: claims).map(propose)
            }
            // "Pike said the family had not been allowed to see the footage. Jansen ... denied that the
            // department was withholding it": a denial whose point is only a pronoun for what was just
            // said answers the other side's claim before it in the paragraph.
            if best == nil, bc.cue == "denied", let ai = pronounDenied(bi, window, profiles: profiles, claims: claims, texts: texts) {
                propose(Proposal(a: ai, kind: .denial, strength: 0.6,
                                 why: "\(bc.speaker) denies what \(claims[ai].speaker) says: “\(Self.snippet(bc.text, 50))”"))
            }
            if let p = best, p.kind == .framing {
                // One framing per pair of sides and pair of names: the rest repeat it.
                let f = framingKey(profiles[p.a], b)
                if framed.contains(f) { best = nil } else { framed.insert(f) }
            }
            if let p = best {
                out.append(Found(conflict: Conflict(id: "", kind: p.kind, a: claims[p.a].id, b: bc.id, strength: p.strength, why: p.why),
                                 a: p.a, b: bi, dispute: true))
            }
            // Accusations each way: A by X accuses Y, B by Y accuses X.
            if b.isAccusing {
                for ai in window.lowerBound..<bi where profiles[ai].isAccusing && Self.otherSides(profiles[ai], b)
                    && (Self.targets(profiles[ai], b) && Self.targets(b, profiles[ai])
                        || (Self.targets(profiles[ai], b) || claims[ai].about.allSatisfy { $0 == claims[ai].speakerEntity }) && accusesBack(bi, ai, claims: claims, texts: texts)) {
                    let ac = claims[ai]
                    out.append(Found(conflict: Conflict(id: "", kind: .mutualAccusation, a: ac.id, b: bc.id, strength: 0.7,
                                                        why: "\(ac.speaker) and \(bc.speaker) each accuse the other"),
                                     a: ai, b: bi, dispute: true))
                    break
                }
                // An answer accuses back the nearest accusation of another side, a paragraph away at most: one
                // that says it answers ("The group, in turn, accused Northmoor of ..."), or a cleft ("It is the
                // army who shelled ...") against an accusation of B's side.
                if !out.contains(where: { $0.b == bi && $0.conflict.kind == .mutualAccusation }) {
                    let (text, ascii) = texts.text(bi, claims)
                    let inTurn = Self.answersInTurn(text, ascii: ascii)
                    if inTurn || Self.cleftBlame(text) {
                        for ai in stride(from: bi - 1, through: window.lowerBound, by: -1) where profiles[ai].isAccusing && Self.otherSides(profiles[ai], b)
                            && (inTurn || Self.targets(profiles[ai], b)) && abs(claims[ai].paragraph - bc.paragraph) <= 1 && claims[ai].start < bc.start {
                            let ac = claims[ai]
                            out.append(Found(conflict: Conflict(id: "", kind: .mutualAccusation, a: ac.id, b: bc.id, strength: 0.7,
                                                                why: "\(ac.speaker) and \(bc.speaker) each accuse the other"),
                                             a: ai, b: bi, dispute: true))
                            break
                        }
                    }
                }
            }
            // "Nothing in our numbers shows anything close to a 40 percent increase": a denial that
            // repeats the figure another side gave (just before) denies that figure.
            if b.negationWord >= 0, let fb = b.figures, !out.contains(where: { $0.b == bi }) {
                for ai in stride(from: bi - 1, through: window.lowerBound, by: -1) {
                    let a = profiles[ai]
                    guard claims[ai].paragraph >= bc.paragraph - 3 else { break }
                    guard let fa = a.figures, Self.otherSides(a, b), claims[ai].start < bc.start else { continue }
                    let ac = claims[ai]
                    if let unit = fb.keys.sorted().first(where: { u in fa[u].map { Self.sameFigure($0, fb[u]!) && $0.first?.isNumber == true } ?? false }) {
                        out.append(Found(conflict: Conflict(id: "", kind: .denial, a: ac.id, b: bc.id, strength: 0.6,
                                                            why: "\(bc.speaker) denies the \(fa[unit]!) that \(ac.speaker) gives: “\(Self.phrase(around: Int(b.negationWord), in: bc.text))”"),
                                         a: ai, b: bi, dispute: true))
                        break
                    }
                }
            }
            // "about 11,500 ballots left, not 18,000": B names the figure another side gave just before
            // and says it is not so, whatever words the two share.
            if b.figures != nil, !out.contains(where: { $0.b == bi }),
               case let corrected = Self.numbersCorrected(texts.text(bi, claims).0), !corrected.isEmpty {
                for ai in stride(from: bi - 1, through: window.lowerBound, by: -1) {
                    let a = profiles[ai], ac = claims[ai]
                    guard ac.paragraph >= bc.paragraph - 3 else { break }
                    guard let fa = a.figures, Self.otherSides(a, b), ac.start < bc.start,
                          let unit = fa.keys.sorted().first(where: { corrected.contains(Self.bareNumber(fa[$0]!)) }) else { continue }
                    let given = fa[unit]!, written = String(given.prefix { $0 != " " })
                    let other = b.figures?[unit].map { "\($0), not \(written)" } ?? "“not \(written)”"
                    out.append(Found(conflict: Conflict(id: "", kind: .contradictingFigures, a: ac.id, b: bc.id, strength: 0.8,
                                                        why: "\(ac.speaker) gives \(given), \(bc.speaker) says \(other)"),
                                     a: ai, b: bi, dispute: true))
                    break
                }
            }
            // Different figures for one count of one thing.
            if let fb = b.figures {
                // "The real figure was closer to 9 percent": B corrects a figure given just before, in any words.
                // (Worked out when a figure of the other side comes first: most have none.)
                var correctsKnown: Bool? = nil
                func corrects() -> Bool {
                    if let known = correctsKnown { return known }
                    let c = Self.correctsFigure(texts.text(bi, claims).0)
                    correctsKnown = c
                    return c
                }
                // "there were fewer than 20 real cases": B calls its own count the real one, against any
                // earlier count of that thing in the article.
                var qualifiedKnown: Bool? = nil
                func qualifies() -> Bool {
                    if let known = qualifiedKnown { return known }
                    let q = Self.qualifiesOwnCount(words: texts.words(bi, claims), units: fb)
                    qualifiedKnown = q
                    return q
                }
                for ai in window.lowerBound..<bi {
                    let a = profiles[ai]
                    guard let fa = a.figures, Self.otherSides(a, b) else { continue }
                    let shared = Self.sharedCount(a.terms, b.terms)
                    let nearCorrection = claims[ai].start < bc.start && claims[ai].paragraph >= bc.paragraph - 2 && corrects()
                    // Two sides a paragraph apart measuring in one unit ("640 metres" / "380 metres") need no shared word.
                    let near = abs(claims[ai].paragraph - bc.paragraph) <= 3
                    let loose = shared < 2 && !nearCorrection && !(shared >= 1 && claims[ai].start < bc.start && qualifies())
                    guard !loose || near else { continue }
                    // A bare percentage needs a third shared word: percentages are everywhere.
                    if let (given, other) = Self.differingFigure(fa, fb, counts: { unit in
                        if unit == "percent" { return shared >= 3 || nearCorrection }
                        // (One dimension in two units, "14 nautical miles" / "nine kilometres", with a word in common.)
                        // (So are people counted by one fate, "31 people were wounded" / "ten people had been wounded".)
                        return !loose || Self.measureUnits.contains(unit) || (unit.hasPrefix("@") && shared >= 1) || unit.hasSuffix("@people")
                    }) ?? (nearCorrection ? Self.correctedShare(fa, fb) : nil) {
                        let ac = claims[ai]
                        out.append(Found(conflict: Conflict(id: "", kind: .contradictingFigures, a: ac.id, b: bc.id, strength: 0.6,
                                                            why: "\(ac.speaker) gives \(given), \(bc.speaker) gives \(other)"),
                                         a: ai, b: bi, dispute: true))
                        break
                    }
                }
            }
        }
        out.append(contentsOf: sideDisputes(range, found: out, answered: answered, framed: framed, profiles: profiles, claims: claims,
                                            texts: texts, termNames: termNames, courtKeys: courtKeys))
        return out
    }

    /// Once two sources are seen to disagree (a rule above paired them, or one accuses the
    /// other), their claims on one point are answers to each other: in a trial, a war, a dispute,
    /// each side's account counters the other's. One per claim B, the one sharing most terms.
    private func sideDisputes(_ range: Range<Int>, found: [Found], answered: Set<String>, framed: Set<Int64>, profiles: [Profile],
                              claims: ClaimList, texts: LoweredTexts, termNames: [String], courtKeys: (prosecution: Int32, defence: Int32)) -> [Found] {
        var framed = framed
        func key(_ x: Int32, _ y: Int32) -> Int64 { Int64(min(x, y)) << 32 | Int64(max(x, y)) }
        var opposed: Set<Int64> = []
        var pairs: Set<Int64> = []
        for f in found {
            opposed.insert(key(profiles[f.a].sideKey, profiles[f.b].sideKey))
            pairs.insert(Int64(min(f.a, f.b)) << 32 | Int64(max(f.a, f.b)))
        }
        let accusers = range.filter { profiles[$0].isAccusing && !profiles[$0].flags.contains(.mutual) }
        for i in accusers {
            // (The accused by entity or country, or a source as written that the accusation names: "the operator".)
            for j in range where j != i && Self.otherSides(profiles[i], profiles[j])
                && (Self.targets(profiles[i], profiles[j]) || (profiles[j].speaker < 0 && names(profiles[i], i, profiles[j], claims: claims, texts: texts))) {
                opposed.insert(key(profiles[i].sideKey, profiles[j].sideKey))
            }
        }
        // A courtroom's two sides are opposed from the start.
        let court = Set(range.compactMap { i -> Int32? in
            let k = profiles[i].sideKey
            return k == courtKeys.prosecution || k == courtKeys.defence ? k : nil
        })
        if court.count == 2 { opposed.insert(key(courtKeys.prosecution, courtKeys.defence)) }
        guard !opposed.isEmpty else { return [] }
        // (Asked for every pair below: a binary search of the few keys, not a hash of each pair.)
        let opposedKeys = opposed.sorted()
        func isOpposed(_ k: Int64) -> Bool {
            var lo = 0, hi = opposedKeys.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if opposedKeys[mid] < k { lo = mid + 1 } else { hi = mid }
            }
            return lo < opposedKeys.count && opposedKeys[lo] == k
        }
        var out: [Found] = []
        for bi in range {
            let b = profiles[bi]
            guard !b.flags.contains(.mutual), !b.flags.contains(.answers), !b.flags.contains(.pointer), answered.isEmpty || !answered.contains(claims[bi].id) else { continue }
            // A fact-check's verdict is the article's own answer to one claim, no side of the story.
            guard claims[bi].cue != "fact-check" else { continue }
            let contra = b.negationWord >= 0 || b.refutingWord >= 0
            var best: (ai: Int, shared: Int)? = nil
            // Two sides naming one thing each their way ("a reform" / "a cut"), on any point.
            if let fb = b.extraFrames, !fb.isEmpty {
                for ai in max(range.lowerBound, bi - Self.articleRadius)..<bi {
                    let a = profiles[ai]
                    guard isOpposed(key(a.sideKey, b.sideKey)), Self.otherSides(a, b),
                          !pairs.contains(Int64(ai) << 32 | Int64(bi)), let f = fb.first(where: { a.extraFrames?.contains($0 ^ 1) ?? false }),
                          framed.insert(framingKey(a, b)).inserted else { continue }
                    let ac = claims[ai], bc = claims[bi]
                    let group = DisputeLexicon.shared.frameGroups[Int(f / 2)]
                    out.append(Found(conflict: Conflict(id: "", kind: .framing, a: ac.id, b: bc.id, strength: 0.55,
                                                        why: "\(ac.speaker) and \(bc.speaker) name the \(group) from opposite sides: “\(Self.framedWord(ac.text, f ^ 1))” vs “\(Self.framedWord(bc.text, f))”"),
                                     a: ai, b: bi, dispute: true))
                    pairs.insert(Int64(ai) << 32 | Int64(bi))
                    break
                }
            }
            // (B's fields read once, not once per pair; whether B's cue answers, on first need.)
            let bParagraph = claims[bi].paragraph
            var answeringKnown: Bool? = nil
            func answering() -> Bool {
                if let known = answeringKnown { return known }
                let value = contra || ["refuted", "insisted", "replied", "argued"].contains(claims[bi].cue)
                answeringKnown = value
                return value
            }
            for ai in max(range.lowerBound, bi - Self.articleRadius)..<bi {
                let a = profiles[ai]
                guard isOpposed(key(a.sideKey, b.sideKey)), Self.otherSides(a, b),
                      !pairs.contains(Int64(ai) << 32 | Int64(bi)), !a.flags.contains(.mutual), !a.flags.contains(.answers) else { continue }
                // An answer comes within three paragraphs of what it answers; further on, a shared word is a shared topic.
                guard claims[ai].paragraph >= bParagraph - 3 else { continue }
                let shared = Self.sharedCount(a.terms, b.terms)
                // (Or B negates a point A makes: "No one has been kidnapped".)
                let hits = b.extraNegated?.filter { a.terms.contains($0) } ?? []
                let deniedHit = !hits.isEmpty && (shared >= 2 || hits.contains { termNames[Int($0)].hasPrefix("@") } || termNames[Int(hits[0])].count >= 6)
                // Two denials of one point agree on it ("you don't book ads ..." / "we bought no ads").
                if !hits.isEmpty, let na = a.extraNegated, hits.contains(where: { na.contains($0) }) { continue }
                // (Or A is what B's side answers next: the other side's last claim, a paragraph away at most.)
                let adjacent = shared >= 1 && answering() && abs(claims[ai].paragraph - bParagraph) <= 1
                    && !(ai + 1..<bi).contains { Self.otherSides(profiles[$0], b) && profiles[$0].sideKey == a.sideKey }
                guard shared >= 3 || (shared >= 2 && contra) || deniedHit || adjacent else { continue }
                if best == nil || shared > best!.shared { best = (ai, shared) }
            }
            guard let (ai, _) = best else { continue }
            let ac = claims[ai], bc = claims[bi]
            let lower = Self.words(bc.text).lower
            let points = Self.shared(profiles[ai], b, termNames).prefix(3).map { Self.surface($0, in: lower) }.joined(separator: ", ")
            let kind: ConflictKind = b.negationWord >= 0 ? .denial : .refutation
            let why = kind == .denial
                ? "\(bc.speaker) denies what \(ac.speaker) says on \(points): “\(Self.phrase(around: Int(b.negationWord), in: bc.text))”"
                : "\(bc.speaker) answers \(ac.speaker) on \(points)"
            out.append(Found(conflict: Conflict(id: "", kind: kind, a: ac.id, b: bc.id, strength: 0.5, why: why),
                             a: ai, b: bi, dispute: true))
        }
        return out
    }

    /// "X's spokesman accused the party of ... Phiri, for his part, accused the ruling party of ...":
    /// B, a paragraph from A at most, accuses the body A speaks for by the name it was written with
    /// (a side no recogniser knows, so no entity says it). A must accuse B's side, or a body no
    /// recogniser resolved ("the party").
    private func accusesBack(_ bi: Int, _ ai: Int, claims: ClaimList, texts: LoweredTexts) -> Bool {
        let ac = claims[ai], bc = claims[bi]
        guard abs(ac.paragraph - bc.paragraph) <= 1, let side = ac.speakerSide, !side.contains("/"), side.count >= 8 else { return false }
        let (text, ascii) = texts.text(bi, claims)
        let name = ClaimWords.lowercased(side)
        return Self.contains(text, ascii: ascii, name, needleASCII: name.utf8.allSatisfy { $0 < 0x80 })
    }

    /// Whether an accusation says it answers another: "in turn", "for its part", "hit back".
    static func answersInTurn(_ lower: String, ascii: Bool? = nil) -> Bool {
        // (By bytes: the markers are ASCII, and Foundation's search goes through NSString.)
        let ascii = ascii ?? lower.utf8.allSatisfy { $0 < 0x80 }
        return turnMarkers.contains { Self.contains(lower, ascii: ascii, $0, needleASCII: true) }
    }
    private static let turnMarkers = ["in turn", "for its part", "for his part", "for her part", "for their part", "hit back", "hits back",
                                      "shot back", "countered by accusing", "responded by accusing", "retorted"]

    /// "It is the government forces who shelled their own people": a cleft puts the blame on
    /// someone named, not on the speaker; said by one accused just before, it accuses back.
    static func cleftBlame(_ lower: String) -> Bool {
        // (Most texts have no "who" at all: said by bytes before splitting into words.)
        guard ByteSearch.contains(lower, "who") else { return false }
        let words = lower.split { !$0.isLetter && $0 != "'" && $0 != "’" }
        guard words.count >= 5 else { return false }
        for k in 0..<(words.count - 3) where (words[k] == "it" && ["is", "was"].contains(words[k + 1])) || words[k] == "it's" || words[k] == "it’s" {
            let from = words[k] == "it" ? k + 2 : k + 1
            // (The subject, a name of one to five words, then "who" or "that"; "it is not" is no cleft.)
            guard from < words.count, !["not", "no", "a", "an", "time", "clear", "true", "false", "important", "likely"].contains(words[from]) else { continue }
            if (from + 1..<min(words.count, from + 6)).contains(where: { words[$0] == "who" }) { return true }
        }
        return false
    }

    /// The two sides of a framing, in either order.
    func framingKey(_ a: Profile, _ b: Profile) -> Int64 {
        Int64(min(a.sideKey, b.sideKey)) << 32 | Int64(max(a.sideKey, b.sideKey))
    }

    /// Whether claim `a` accuses the speaker of `b` (by name or by country).
    static func targets(_ a: Profile, _ b: Profile) -> Bool {
        if b.speaker >= 0 && (a.about.contains(b.speaker) || a.aboutCountries.contains(b.speaker)) { return true }
        if b.sideKey != b.speakerKey && (a.about.contains(b.sideKey) || a.aboutCountries.contains(b.sideKey)) { return true }
        return b.speakerCountries.contains { a.about.contains($0) || a.aboutCountries.contains($0) }
    }

    /// The other side's claim just before a denial whose object is "it" or "them", in its paragraph.
    private func pronounDenied(_ bi: Int, _ window: Range<Int>, profiles: [Profile], claims: ClaimList, texts: LoweredTexts) -> Int? {
        let bc = claims[bi]
        guard texts.words(bi, claims).contains(where: { $0 == "it" || $0 == "them" }) else { return nil }
        var nearest: Int? = nil
        for ai in window where ai != bi && claims[ai].paragraph == bc.paragraph && claims[ai].start < bc.start {
            if nearest.map({ claims[$0].start < claims[ai].start }) ?? true { nearest = ai }
        }
        guard let n = nearest, Self.otherSides(profiles[n], profiles[bi]) else { return nil }
        return n
    }

    /// "Voss rejected the criticism", "rejected the allegations": a word for all a side has said points
    /// at where that side began saying it, the first of its claims just before (two paragraphs back at most).
    private func wholeCharge(_ bi: Int, from ai: Int, in window: Range<Int>, profiles: [Profile], claims: ClaimList, texts: LoweredTexts) -> Int {
        guard texts.words(bi, claims).contains(where: { Self.collectiveCharges.contains(String($0)) }) else { return ai }
        var first = ai
        for k in stride(from: ai - 1, through: window.lowerBound, by: -1) {
            guard claims[k].paragraph >= claims[ai].paragraph - 2, profiles[k].sideKey == profiles[ai].sideKey else { break }
            if claims[k].start < claims[first].start { first = k }
        }
        return first
    }
    private static let collectiveCharges: Set<String> = ["criticism", "criticisms", "allegations", "accusations", "claims", "complaints",
                                                         "charges", "concerns", "objections"]

    /// The claim an anaphoric denial answers: the nearest earlier claim of another side within
    /// two paragraphs, one whose source B names when there is one.
    private func referent(of bi: Int, in window: Range<Int>, profiles: [Profile], claims: ClaimList, texts: LoweredTexts) -> Int? {
        let b = profiles[bi]
        let bc = claims[bi]
        // Claims are numbered as found, not always in text order: compare offsets.
        // The nearest claim whose source B names, else the nearest about B's source ("the account"
        // of what B's side did), else the nearest.
        var nearest: Int? = nil, named: Int? = nil, concerning: Int? = nil, withFigure: Int? = nil, charging: Int? = nil
        for ai in window where ai != bi {
            // (Fields read in place: a copy of a claim retains each of its strings.)
            let acStart = claims[ai].start, acParagraph = claims[ai].paragraph
            // "X denied reports that ...": the report's claim follows the denial at once.
            if acStart > bc.start, acStart <= bc.end, acParagraph == bc.paragraph, claims[ai].cue == "reported",
               Self.otherSides(profiles[ai], b) { return ai }
            guard acStart < bc.start else { continue }
            let a = profiles[ai]
            guard Self.otherSides(a, b), !a.isAnaphoric, !a.flags.contains(.answers) else { continue }
            // Further back, only a source B names: "Reed's family rejected the police account" answers
            // the police's account of the first paragraph.
            guard acParagraph >= bc.paragraph - 2 else {
                if namesSide(b, bi, a, claims: claims, texts: texts, notFirst: true), named.map({ claims[$0].start < acStart }) ?? true { named = ai }
                continue
            }
            if nearest.map({ claims[$0].start < acStart }) ?? true { nearest = ai }
            if a.figures != nil, withFigure.map({ claims[$0].start < acStart }) ?? true { withFigure = ai }
            if a.isAccusing || claims[ai].cue == "claimed", charging.map({ claims[$0].start < acStart }) ?? true { charging = ai }
            if namesSide(b, bi, a, claims: claims, texts: texts), named.map({ claims[$0].start < acStart }) ?? true { named = ai }
            if Self.targets(a, b) || names(a, ai, b, claims: claims, texts: texts), concerning.map({ claims[$0].start < acStart }) ?? true { concerning = ai }
        }
        if b.extra?.direct == true {
            // Only an answer to the claim just before it (no claim of anyone between).
            guard let n = nearest, claims[n].paragraph >= bc.paragraph - 1,
                  !window.contains(where: { $0 != bi && $0 != n && claims[$0].start > claims[n].start && claims[$0].start < bc.start }) else { return nil }
            return n
        }
        // "Ostrander disputes that figure": the other side's last claim giving a figure, though B's next
        // words may echo another ("saving money" / "the savings come to $90,000").
        if named == nil, b.extra?.figureRef == true, let f = withFigure { return f }
        // "Y accused X of ... X rejected that suggestion.": a claim of the other side just before, in
        // the same paragraph, is what the rejection points at (one about X's side first).
        if named == nil, b.extra?.namedOnly != true {
            if let c = concerning, claims[c].paragraph == bc.paragraph { return c }
            if let n = nearest, claims[n].paragraph == bc.paragraph { return n }
        }
        if b.extra?.namedOnly != true || named != nil, let explained = explainedReferent(of: bi, in: window, profiles: profiles, claims: claims) {
            // Of the named source's claims, the one B's side goes on to answer ("dismissed the Tajik account ...
            // no Kyrgyz drones had been flying" answers "using drones", not the casualty count beside it).
            if named == nil || profiles[explained].sideKey == profiles[named!].sideKey { return explained }
        }
        return named ?? (b.extra?.namedOnly == true ? nil
            : (b.extra?.figureRef == true ? withFigure : nil) ?? (b.extra?.chargeRef == true ? charging : nil) ?? concerning ?? nearest)
    }

    /// "X rejected that account. 'The shells came from army positions,' X said.": what a bare
    /// rejection answers is told by what its speaker says next, so the earlier claim of another
    /// side that shares most words with the rejection and the same speaker's next claims (same or
    /// next paragraph) is the one rejected. Nil when no candidate shares a word, or two share as many.
    private func explainedReferent(of bi: Int, in window: Range<Int>, profiles: [Profile], claims: ClaimList) -> Int? {
        let b = profiles[bi]
        let bc = claims[bi]
        var told = Array(b.terms)
        var following = 0
        for ci in window where ci != bi && following < 3 {
            guard claims[ci].start > bc.start, claims[ci].paragraph <= bc.paragraph + 1 else { continue }
            let c = profiles[ci]
            guard c.sideKey == b.sideKey, !c.isAnaphoric else { continue }
            told.append(contentsOf: c.terms)
            following += 1
        }
        guard following > 0 else { return nil }
        told.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(told.count)
        for t in told where unique.last != t { unique.append(t) }
        var best: (ai: Int, shared: Int)? = nil
        var tied = false
        for ai in window where ai != bi {
            let acParagraph = claims[ai].paragraph
            guard claims[ai].start < bc.start, acParagraph >= bc.paragraph - 5 else { continue }
            let a = profiles[ai]
            guard Self.otherSides(a, b), !a.isAnaphoric, !a.flags.contains(.answers) else { continue }
            // Further back than two paragraphs, only what the rejection itself names counts.
            let shared = acParagraph >= bc.paragraph - 2 ? Self.sharedCount(a.terms, unique[...]) : Self.sharedCount(a.terms, b.terms)
            guard shared > 0 else { continue }
            if let current = best {
                if shared > current.shared { best = (ai, shared); tied = false }
                else if shared == current.shared { tied = true }
            } else { best = (ai, shared) }
        }
        return tied ? nil : best?.ai
    }

    /// Units of measure (as figure keys: stems, and "money"): two sides giving one of these near
    /// each other are giving one quantity, unlike counts of different things.
    static let measureUnits: Set<String> = Set(["metres", "meters", "kilometres", "kilometers", "miles", "feet", "hours", "days", "weeks",
                                                "months", "minutes", "seconds", "nanograms", "milligrams", "grams", "kilograms", "tonnes",
                                                "tons", "litres", "liters", "barrels", "hectares", "acres", "degrees", "knots"]
        .map { TopicTerms.stem($0) }).union(["money"])

    /// Whether a text gives a figure as the correct one ("the real figure", "the true number"), or
    /// its own estimate of one ("put the figure at 63 percent", "puts the death toll at 40").
    static func correctsFigure(_ lower: String) -> Bool {
        // Bytes, not Characters: this runs for every claim with a number.
        var text = lower
        return text.withUTF8 { b in
            var previousIsAdjective = false
            var wordsSincePut = Int.max
            var previous = FigureWord.other
            var start = -1
            for i in 0...b.count {
                let letter = i < b.count && (b[i] &- 0x61 < 26 || b[i] >= 0x80)
                if letter { if start < 0 { start = i }; continue }
                guard start >= 0 else { continue }
                let length = i - start
                var isAdjective = false
                if wordsSincePut < Int.max { wordsSincePut += 1 }
                if length >= 2 && length <= 9 {
                    // (The word's kind from its bytes: a word with other bytes than ASCII is none of these.)
                    let word = FigureWord.of(UnsafeBufferPointer(rebasing: b[start..<i]))
                    // ("put the figure", "put the death toll", "put their own count")
                    if (previousIsAdjective || wordsSincePut <= 4) && word.isNoun { return true }
                    isAdjective = word.isAdjective
                    if word.isEstimate { wordsSincePut = 0 }
                    // ("closer to 9 percent", "nearer to sixty thousand", "more like 12%")
                    if (word == .to && (previous == .closer || previous == .nearer)) || (word == .like && previous == .more) { return true }
                    // ("The army's figure was different: ...")
                    if word == .different && (previous == .was || previous == .`is` || previous == .were) { return true }
                    previous = word
                } else {
                    previous = .other
                }
                previousIsAdjective = isAdjective
                start = -1
            }
            return false
        }
    }

    /// The words `correctsFigure` reads, by kind.
    enum FigureWord: Equatable {
        case other, noun, adjective, estimate, to, like, closer, nearer, more, different, was, `is`, were

        var isNoun: Bool { self == .noun }
        /// ("different" is both an adjective and a word of its own.)
        var isAdjective: Bool { self == .adjective || self == .different }
        var isEstimate: Bool { self == .estimate }

        /// Words by length: their bytes and kind.
        private static let table: [[([UInt8], FigureWord)]] = {
            var out = [[([UInt8], FigureWord)]](repeating: [], count: 10)
            func add(_ words: Set<String>, _ kind: FigureWord) { for w in words { out[w.utf8.count].append((Array(w.utf8), kind)) } }
            add(correctionNouns, .noun)
            add(correctionAdjectives.subtracting(["different"]), .adjective)
            add(estimateVerbs, .estimate)
            for (w, kind) in [("to", FigureWord.to), ("like", .like), ("closer", .closer), ("nearer", .nearer), ("more", .more),
                              ("different", .different), ("was", .was), ("is", .`is`), ("were", .were)] {
                out[w.utf8.count].append((Array(w.utf8), kind))
            }
            return out
        }()

        static func of(_ word: UnsafeBufferPointer<UInt8>) -> FigureWord {
            guard word.count < table.count else { return .other }
            for (bytes, kind) in table[word.count] where bytes.elementsEqual(word) { return kind }
            return .other
        }
    }
    /// "71 percent of emergency patients were seen" / "put the figure at 63 percent": a correction
    /// giving a bare percentage answers the one share A gives, whatever it is of.
    static func correctedShare(_ fa: [String: String], _ fb: [String: String]) -> (String, String)? {
        guard let other = fb["percent"] else { return nil }
        let shares = fa.filter { $0.key == "percent" || $0.key.hasSuffix("%") }
        guard shares.count == 1, let given = shares.first?.value, !sameFigure(given, other) else { return nil }
        return (given, other)
    }
    /// Whether a text calls its own count the true one: a correction word right before one of its
    /// figures' units ("fewer than 20 real cases", "the actual number of victims").
    static func qualifiesOwnCount(_ lower: String, units: [String: String]) -> Bool {
        qualifiesOwnCount(words: LetterWords.of(lower), units: units)
    }
    /// `qualifiesOwnCount` of a text's runs of letters.
    static func qualifiesOwnCount(words: [Substring], units: [String: String]) -> Bool {
        guard words.count >= 2 else { return false }
        for k in 1..<words.count where correctionAdjectives.contains(String(words[k - 1])) {
            if units[TopicTerms.stem(String(words[k]))] != nil { return true }
        }
        return false
    }
    private static let estimateVerbs: Set<String> = ["put", "puts", "putting", "estimated", "estimates", "estimate"]
    private static let correctionAdjectives: Set<String> = ["real", "true", "actual", "correct", "genuine", "accurate", "different",
                                                            "lower", "higher", "own"]
    private static let correctionNouns: Set<String> = ["figure", "figures", "number", "numbers", "toll", "total", "count", "cost",
                                                       "rate", "turnout", "amount", "level", "price", "value", "increase", "rise"]

    /// The nearest earlier accusation (within two paragraphs) against B's source, side or country.
    private func accusation(answeredBy bi: Int, in window: Range<Int>, profiles: [Profile], claims: ClaimList) -> Int? {
        let b = profiles[bi], bc = claims[bi]
        var found: Int? = nil
        for ai in window where ai != bi {
            let a = profiles[ai], acStart = claims[ai].start
            guard a.isAccusing, acStart < bc.start, claims[ai].paragraph >= bc.paragraph - 2, !a.flags.contains(.mutual),
                  Self.otherSides(a, b), Self.targets(a, b) else { continue }
            if found.map({ claims[$0].start < acStart }) ?? true { found = ai }
        }
        return found
    }

    /// The nearest claim (before B first) of another side whose source B names.
    private func namedSource(of bi: Int, in window: Range<Int>, profiles: [Profile], claims: ClaimList, texts: LoweredTexts) -> Int? {
        let b = profiles[bi]
        for d in 1..<max(2, window.count) {
            for ai in [bi - d, bi + d] where window.contains(ai) {
                let a = profiles[ai]
                if Self.otherSides(a, b), names(b, bi, a, claims: claims, texts: texts) { return ai }
            }
            if bi - d < window.lowerBound && bi + d >= window.upperBound { break }
        }
        return nil
    }

    /// Whether one claim is about the other's source (by name, by country, or as written).
    private func involves(_ a: Profile, _ ai: Int, _ b: Profile, _ bi: Int, claims: ClaimList, texts: LoweredTexts) -> Bool {
        Self.targets(a, b) || Self.targets(b, a) || names(b, bi, a, claims: claims, texts: texts) || names(a, ai, b, claims: claims, texts: texts)
    }

    /// Whether claim B names the source of claim A, or the country A's source speaks for ("the Tajik account").
    /// With `notFirst`, a name opening B's text is B's own subject ("The council rejects that."), not whom it answers.
    private func namesSide(_ b: Profile, _ bi: Int, _ a: Profile, claims: ClaimList, texts: LoweredTexts, notFirst: Bool = false) -> Bool {
        if a.sideKey != a.speakerKey && b.about.contains(a.sideKey) { return true }
        // "dismissed the opposition's complaints" names "Zambia's main opposition party".
        if b.isNamedOnly {
            let (text, ascii) = texts.text(bi, claims)
            if let owner = Self.possessor(text, ascii: ascii), owner.utf8.count >= 4,
               a.speakerLower.split(separator: " ").contains(where: { $0 == owner }) { return true }
        }
        guard notFirst else { return names(b, bi, a, claims: claims, texts: texts) }
        if a.speaker >= 0 && b.about.contains(a.speaker) { return true }
        guard a.speakerLower.utf8.count >= 4 else { return false }
        let (text, ascii) = texts.text(bi, claims)
        func found(_ name: String) -> Bool {
            // (By bytes when both are ASCII, or when the bytes rule a match out: Foundation's search goes through NSString.)
            let offset = a.speakerLowerASCII ? ByteSearch.firstOffset(text, name) : nil
            if ascii && a.speakerLowerASCII { return offset.map { $0 != 0 && !($0 == 4 && text.utf8.starts(with: "the ".utf8)) } ?? false }
            if offset == nil && a.speakerLowerASCII && Self.bytesRuleOut(name) { return false }
            guard let r = text.range(of: name) else { return false }
            return r.lowerBound != text.startIndex && text[..<r.lowerBound] != "the "
        }
        // (The name, then each body's needle: no array made per pair.)
        if found(a.speakerLower) { return true }
        for needle in a.bodyNeedles where found(needle) { return true }
        return false
    }

    /// The owner word of the first possessive in a lower-cased text ("the opposition's complaints" -> "opposition").
    static func possessor(_ lower: String, ascii: Bool? = nil) -> Substring? {
        let found: Range<String.Index>?
        if ascii ?? lower.utf8.allSatisfy({ $0 < 0x80 }) {
            // (ASCII text: Foundation finds the ASCII marks where their bytes are, and never "’s ".)
            found = (ByteSearch.firstOffset(lower, "'s ") ?? ByteSearch.firstOffset(lower, "s' ")).map { o in
                let i = lower.utf8.index(lower.startIndex, offsetBy: o)
                return i..<lower.utf8.index(i, offsetBy: 3)
            }
        } else {
            found = lower.range(of: "'s ") ?? lower.range(of: "’s ") ?? lower.range(of: "s' ")
        }
        guard let r = found else { return nil }
        let before = lower[..<r.lowerBound]
        let start = before.lastIndex { !$0.isLetter }.map { before.index(after: $0) } ?? before.startIndex
        let word = before[start...]
        // ("the doctors' figures": the range starts at the plural's "s")
        return lower[r].hasPrefix("s'") ? Substring(word + "s") : word
    }

    /// Whether claim B names the source of claim A.
    private func names(_ b: Profile, _ bi: Int, _ a: Profile, claims: ClaimList, texts: LoweredTexts) -> Bool {
        if a.speaker >= 0 && b.about.contains(a.speaker) { return true }
        guard a.speakerLower.utf8.count >= 4 else { return false }
        let (text, ascii) = texts.text(bi, claims)
        if Self.contains(text, ascii: ascii, a.speakerLower, needleASCII: a.speakerLowerASCII) { return true }
        // "the union's figure" names the "Aviators' Union of East Africa": the body's head noun after "the".
        for needle in a.bodyNeedles where Self.contains(text, ascii: ascii, needle, needleASCII: ascii) { return true }
        return false
    }

    /// Claims' texts lower-cased, each worked out once per article when a rule first needs it.
    final class LoweredTexts {
        private let range: Range<Int>
        private var texts: [(String, Bool)?]
        private var words: [[Substring]?]


        init(_ range: Range<Int>) {
            self.range = range
            texts = Array(repeating: nil, count: range.count)
            words = Array(repeating: nil, count: range.count)
        }

        /// The runs of letters of the lower-cased text (`split { !$0.isLetter }`).
        func words(_ i: Int, _ claims: ClaimList) -> [Substring] {
            if let known = words[i - range.lowerBound] { return known }
            let (text, ascii) = text(i, claims)
            let value = LetterWords.of(text, ascii: ascii)
            words[i - range.lowerBound] = value
            return value
        }

        func text(_ i: Int, _ claims: ClaimList) -> (String, Bool) {
            if let known = texts[i - range.lowerBound] { return known }
            let lower = ClaimWords.lowercased(claims[i].text)
            let value = (lower, ClaimWords.isASCII(lower))
            texts[i - range.lowerBound] = value
            return value
        }
    }

    /// The numbers a text says a figure is not ("11,500, not 18,000", "rather than 40", "instead of
    /// $2m"), without commas or currency signs.
    static func numbersCorrected(_ lower: String) -> Set<String> {
        var out: Set<String> = []
        // (Most texts have none of the opening words: said by bytes before splitting into words.
        // A word equal to one of these ASCII words has its bytes.)
        guard ByteSearch.contains(lower, "not") || ByteSearch.contains(lower, "rather") || ByteSearch.contains(lower, "instead") else { return out }
        let words = SpaceWords.of(lower)
        for (i, w) in words.enumerated() where i + 1 < words.count {
            let opens = w == "not" || ((w == "than" || w == "of") && i > 0 && (words[i - 1] == "rather" || words[i - 1] == "instead"))
            guard opens else { continue }
            let number = bareNumber(String(words[i + 1]))
            if !number.isEmpty { out.insert(number) }
        }
        return out
    }

    /// The digits of a figure's number ("$31.40 an hour" -> "31.40", "18,000," -> "18000"); empty when it opens with none.
    static func bareNumber(_ figure: String) -> String {
        var digits = Substring(figure.prefix { $0 != " " })
        while let f = digits.first, !f.isNumber, "$€£¥".contains(f) { digits = digits.dropFirst() }
        guard digits.first?.isNumber == true else { return "" }
        while let l = digits.last, !l.isNumber { digits = digits.dropLast() }
        return digits.filter { $0 != "," }
    }

    /// B negates a point A makes: A asserts it, or A denies it too and B calls that a lie.
    private func negatedPoint(_ bi: Int, _ e: Profile.Extra, _ window: Range<Int>, profiles: [Profile], claims: ClaimList,
                              termNames: [String], texts: LoweredTexts) -> Proposal? {
        let b = profiles[bi]
        var best: (ai: Int, score: Int, point: Int32)? = nil
        // (Claims' fields read in place: a copy of a claim retains each of its strings.)
        let bStart = claims[bi].start, bParagraph = claims[bi].paragraph
        for ai in window where ai != bi {
            let a = profiles[ai]
            guard Self.otherSides(a, b) else { continue }
            // A denial answers what was said before it, not long before.
            let aStart = claims[ai].start, aParagraph = claims[ai].paragraph
            guard aStart < bStart || aParagraph < bParagraph else { continue }
            let denied = e.negated.filter { a.terms.contains($0) }
            guard !denied.isEmpty else { continue }
            // A denial comes from a party to what it denies: A is about B's source, or B about A's.
            let lexical = denied.contains { termNames[Int($0)].hasPrefix("@") }
            // One named in a charge may answer it much later in the article (the defence comes last),
            // when B's own words deny the charge's point ("never underpaid anyone" / "were paid for fewer hours").
            let concernedFar = lexical && b.speaker >= 0 && a.about.contains(b.speaker) && (a.isAccusing || ["claimed", "alleged"].contains(claims[ai].cue))
            guard aParagraph >= bParagraph - 3 || concernedFar else { continue }
            let aDenies = a.extra.map { Self.sharedCount($0.negated[...], e.negated[...]) > 0 } ?? false
            // (Or B calls A's own denial of the point a lie.)
            // The source denying what was said about it needs no more; others need the point made twice.
            let concerned = b.speaker >= 0 && (a.about.contains(b.speaker) || a.aboutCountries.contains(b.speaker))
            guard concerned || involves(a, ai, b, bi, claims: claims, texts: texts) || denied.count >= 2 || (lexical && Self.sharedCount(a.terms, b.terms) >= 2)
                    || (aDenies && b.refutingWord >= 0) else { continue }
            guard let point = denied.first else { continue }
            if aDenies && b.refutingWord < 0 { continue }
            // One point from the lexicon is enough; a plain word needs a second shared term.
            let shared = Self.sharedCount(a.terms, b.terms)
            guard concerned || lexical || denied.count >= 2 || shared >= 3 else { continue }
            let score = denied.count * 2 + shared
            if best == nil || score > best!.score || (score == best!.score && abs(ai - bi) < abs(best!.ai - bi)) { best = (ai, score, point) }
        }
        guard let (ai, _, _) = best else { return nil }
        let ac = claims[ai], bc = claims[bi]
        let words = Self.phrase(around: Int(e.negator), in: bc.text)
        // B calling A's own denial a lie is the strongest sign.
        let aDenies = profiles[ai].extra.map { Self.sharedCount($0.negated[...], e.negated[...]) > 0 } ?? false
        let strength = b.refutingWord >= 0 ? (aDenies ? 0.9 : 0.8) : 0.7
        if aDenies && b.refutingWord >= 0 {
            return Proposal(a: ai, kind: .denial, strength: strength,
                            why: "\(bc.speaker) says the denial of \(ac.speaker) is false: “\(Self.phrase(around: Int(b.refutingWord), in: bc.text))” against “\(Self.snippet(ac.text, 50))”")
        }
        return Proposal(a: ai, kind: .denial, strength: strength,
                        why: "\(bc.speaker) denies what \(ac.speaker) says: “\(words)” against “\(Self.snippet(ac.text, 50))”")
    }

    /// "The story that he pointed a weapon at officers is categorically false", "Any suggestion that we
    /// sat on this for a month is simply wrong": B names what was said and calls it false. What B denies
    /// is the earlier claim of another side that says most of it (two content words, or one of six
    /// letters or more); the first told when two say as much, since "the story" is the account first given.
    private func deniedProposition(_ bi: Int, _ window: Range<Int>, profiles: [Profile], claims: ClaimList, termNames: [String]) -> Proposal? {
        let b = profiles[bi], bc = claims[bi]
        let words = ClaimWords.words(bc.text)
        // The noun opens the claim ("The claim that", "Any suggestion that", "This idea that").
        guard words.count >= 5, let n = words.prefix(3).firstIndex(where: { Self.propositionNouns.contains($0.lower) }),
              n + 1 < words.count, words[n + 1].lower == "that" else { return nil }
        // What was said runs to the verb that calls it false ("is", "was", "has been").
        let refuting = Int(b.refutingWord)
        guard refuting > n + 2, let copula = words[(n + 2)..<refuting].firstIndex(where: { Self.copulas.contains($0.lower) }),
              copula > n + 2, refuting - copula <= 4 else { return nil }
        var said: Set<String> = []
        for w in words[(n + 2)..<copula] where w.flags.contains(.lowercase) && w.lower.utf8.count >= 4 && !TopicTerms.stop.contains(w.lower) {
            said.insert(TopicTerms.stem(w.lower))
        }
        guard !said.isEmpty else { return nil }
        var best: (ai: Int, shared: Int)? = nil
        for ai in window where ai != bi {
            let a = profiles[ai]
            guard claims[ai].start < bc.start, Self.otherSides(a, b), !a.isAnaphoric, !a.flags.contains(.answers) else { continue }
            var shared = 0, long = false
            for t in a.terms where said.contains(termNames[Int(t)]) {
                shared += 1
                if termNames[Int(t)].utf8.count >= 6 { long = true }
            }
            guard shared >= 2 || long, shared > (best?.shared ?? 0) else { continue }
            best = (ai, shared)
        }
        guard let (ai, _) = best else { return nil }
        let ac = claims[ai]
        return Proposal(a: ai, kind: .denial, strength: 0.85,
                        why: "\(bc.speaker) calls what \(ac.speaker) said false (“\(Self.phrase(around: refuting, in: bc.text))”): “\(Self.snippet(ac.text, 50))”")
    }
    private static let propositionNouns: Set<String> = ["story", "claim", "claims", "suggestion", "suggestions", "allegation", "allegations",
                                                        "idea", "notion", "assertion", "assertions", "accusation", "accusations", "charge",
                                                        "contention", "narrative", "impression", "insinuation", "report", "reports", "rumour", "rumor"]
    private static let copulas: Set<String> = ["is", "was", "are", "were", "s", "remains", "seems", "sounds", "been", "be"]

    /// A and B take opposite poles on one topic ("rose" / "fell"), or name one thing from two
    /// sides ("peacekeeping" / "occupation").
    private func opposedWords(_ bi: Int, _ e: Profile.Extra, _ window: Range<Int>, profiles: [Profile], claims: ClaimList) -> Proposal? {
        let b = profiles[bi]
        let lexicon = DisputeLexicon.shared
        for ai in window where ai != bi {
            let a = profiles[ai]
            guard let ea = a.extra, Self.otherSides(a, b) else { continue }
            let sharedTopic = Self.sharedCount(a.terms, b.terms) >= 1 || !Self.disjoint(a.about, b.about)
            // Near each other, two sides' opposite names need no shared word ("a reform" / "a cut").
            // (Each must name the thing: "This is a reform", "call it what it is: a cut", not "the peacekeeping mission".)
            let near = abs(claims[ai].paragraph - claims[bi].paragraph) <= 2
            if let f = e.frames.first(where: { ea.frames.contains($0 ^ 1) }),
               sharedTopic || Self.shareName(claims[ai].text, claims[bi].text)
                || (near && Self.namesAs(claims[ai].text, f ^ 1) && Self.namesAs(claims[bi].text, f)) {
                let ac = claims[ai], bc = claims[bi]
                let group = lexicon.frameGroups[Int(f / 2)]
                return Proposal(a: ai, kind: .framing, strength: 0.6,
                                why: "\(ac.speaker) and \(bc.speaker) name the \(group) from opposite sides: “\(Self.framedWord(ac.text, f ^ 1))” vs “\(Self.framedWord(bc.text, f))”")
            }
            if sharedTopic, Self.sharedCount(a.terms, b.terms) >= 2, let pole = e.poles.first(where: { ea.poles.contains($0 ^ 1) }),
               b.negationWord < 0 && a.negationWord < 0 {
                let ac = claims[ai], bc = claims[bi]
                let group = lexicon.poleGroups[Int(pole / 2)]
                return Proposal(a: ai, kind: .refutation, strength: 0.55,
                                why: "\(ac.speaker) and \(bc.speaker) disagree on the \(group): “\(Self.poleWord(ac.text, pole ^ 1))” vs “\(Self.poleWord(bc.text, pole))”")
            }
        }
        return nil
    }

    /// Whether two texts name one thing no recogniser knew: a capitalised word of four letters
    /// or more, not the first of either ("the liberation of Kanyabayonga" / "its occupation of Kanyabayonga").
    static func shareName(_ x: String, _ y: String) -> Bool {
        func names(_ t: String) -> Set<Substring> {
            let words = LetterWords.of(t)
            return Set(words.dropFirst().filter { $0.count >= 4 && $0.first!.isUppercase && $0.dropFirst().allSatisfy(\.isLowercase) })
        }
        return !names(x).isDisjoint(with: names(y))
    }

    /// Whether `text` uses its framed word as a name for the thing: after "is", "call it", "as", ":".
    static func namesAs(_ text: String, _ frame: Int32) -> Bool {
        let word = framedWord(text, frame)
        guard let first = word.split(separator: " ").first else { return false }
        let words = ClaimWords.words(text).map(\.lower)
        guard let k = words.firstIndex(of: String(first)) else { return false }
        let before = words[max(0, k - 3)..<k]
        if before.contains(where: { namingWords.contains($0) }) { return true }
        // "what it is: a cut" (the colon is no word): the text right before the word.
        let lowered = ClaimWords.lowercased(text)
        guard let r = lowered.range(of: String(first)) else { return false }
        return lowered[..<r.lowerBound].hasSuffix(": a ") || lowered[..<r.lowerBound].hasSuffix(": ")
    }
    private static let namingWords: Set<String> = ["is", "was", "are", "were", "be", "being", "call", "calls", "called", "calling", "as",
                                                   "s", "it", "this", "describes", "described", "label", "labelled", "labeled"]

    /// The word of `text` with lexicon pole `pole`.
    static func poleWord(_ text: String, _ pole: Int32) -> String {
        ClaimWords.words(text).first { DisputeLexicon.shared.pole[$0.lower] == pole }?.lower ?? ""
    }

    /// The word (or two words) of `text` with lexicon frame `frame`.
    static func framedWord(_ text: String, _ frame: Int32) -> String {
        let words = ClaimWords.words(text).map(\.lower)
        let lexicon = DisputeLexicon.shared
        for (k, w) in words.enumerated() {
            if k > 0, lexicon.frame[words[k - 1] + " " + w] == frame { return words[k - 1] + " " + w }
            if lexicon.frame[w] == frame { return w }
        }
        return ""
    }
}
