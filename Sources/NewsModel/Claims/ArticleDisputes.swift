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
        !a.flags.contains(.pointer) && a.speakerKey != b.speakerKey && (a.speaker < 0 || a.speaker != b.speaker)
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
    func articleDisputes(_ range: Range<Int>, profiles: [Profile], claims: ClaimList, termNames: [String]) -> [Found] {
        guard range.count >= 2 else { return [] }
        var out: [Found] = []
        let texts = LoweredTexts(range)
        // Claims a fact-check answers ("HOAX: ...") are what is disputed, never the dispute.
        var answered: Set<String> = []
        for i in range { if let id = claims[i].answers { answered.insert(id) } }
        for bi in range {
            let b = profiles[bi]
            guard !b.flags.contains(.mutual), !b.flags.contains(.answers), !answered.contains(claims[bi].id) else { continue }
            let window = max(range.lowerBound, bi - Self.articleRadius)..<min(range.upperBound, bi + Self.articleRadius + 1)
            var best: Proposal? = nil
            func propose(_ p: Proposal) {
                guard let current = best else { best = p; return }
                if p.strength > current.strength || (p.strength == current.strength && abs(p.a - bi) < abs(current.a - bi)) { best = p }
            }
            let bc = claims[bi]
            if let e = b.extra, e.anaphoric, let ai = referent(of: bi, in: window, profiles: profiles, claims: claims, texts: texts) {
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
            if let e = b.extra, !e.negated.isEmpty {
                negatedPoint(bi, e, window, profiles: profiles, claims: claims, termNames: termNames, texts: texts).map(propose)
            }
            if let e = b.extra, !e.poles.isEmpty || !e.frames.isEmpty {
                opposedWords(bi, e, window, profiles: profiles, claims: claims).map(propose)
            }
            if let p = best {
                out.append(Found(conflict: Conflict(id: "", kind: p.kind, a: claims[p.a].id, b: bc.id, strength: p.strength, why: p.why),
                                 a: p.a, b: bi, dispute: true))
            }
            // Accusations each way: A by X accuses Y, B by Y accuses X.
            if b.isAccusing {
                for ai in window.lowerBound..<bi where profiles[ai].isAccusing && Self.otherSides(profiles[ai], b)
                    && Self.targets(profiles[ai], b) && Self.targets(b, profiles[ai]) {
                    let ac = claims[ai]
                    out.append(Found(conflict: Conflict(id: "", kind: .mutualAccusation, a: ac.id, b: bc.id, strength: 0.7,
                                                        why: "\(ac.speaker) and \(bc.speaker) each accuse the other"),
                                     a: ai, b: bi, dispute: true))
                    break
                }
            }
            // Different figures for one count of one thing.
            if let fb = b.figures {
                for ai in window.lowerBound..<bi {
                    let a = profiles[ai]
                    guard let fa = a.figures, Self.otherSides(a, b), Self.sharedCount(a.terms, b.terms) >= 2 else { continue }
                    if let (unit, value) = fb.sorted(by: { $0.key < $1.key }).first(where: { f in fa[f.key].map { !Self.sameFigure($0, f.value) } ?? false }) {
                        let ac = claims[ai]
                        out.append(Found(conflict: Conflict(id: "", kind: .contradictingFigures, a: ac.id, b: bc.id, strength: 0.6,
                                                            why: "\(ac.speaker) gives \(fa[unit] ?? ""), \(bc.speaker) gives \(value)"),
                                         a: ai, b: bi, dispute: true))
                        break
                    }
                }
            }
        }
        return out
    }

    /// Whether claim `a` accuses the speaker of `b` (by name or by country).
    static func targets(_ a: Profile, _ b: Profile) -> Bool {
        if b.speaker >= 0 && (a.about.contains(b.speaker) || a.aboutCountries.contains(b.speaker)) { return true }
        return b.speakerCountries.contains { a.about.contains($0) || a.aboutCountries.contains($0) }
    }

    /// The claim an anaphoric denial answers: the nearest earlier claim of another side within
    /// two paragraphs, one whose source B names when there is one.
    private func referent(of bi: Int, in window: Range<Int>, profiles: [Profile], claims: ClaimList, texts: LoweredTexts) -> Int? {
        let b = profiles[bi]
        let bc = claims[bi]
        // Claims are numbered as found, not always in text order: compare offsets.
        var nearest: Int? = nil, named: Int? = nil
        for ai in window where ai != bi {
            let ac = claims[ai]
            guard ac.start < bc.start, ac.paragraph >= bc.paragraph - 2 else { continue }
            let a = profiles[ai]
            guard Self.otherSides(a, b), !(a.extra?.anaphoric ?? false), !a.flags.contains(.answers) else { continue }
            if nearest.map({ claims[$0].start < ac.start }) ?? true { nearest = ai }
            if names(b, bi, a, claims: claims, texts: texts), named.map({ claims[$0].start < ac.start }) ?? true { named = ai }
        }
        return named ?? (b.extra?.namedOnly == true ? nil : nearest)
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

    /// Whether claim B names the source of claim A.
    private func names(_ b: Profile, _ bi: Int, _ a: Profile, claims: ClaimList, texts: LoweredTexts) -> Bool {
        if a.speaker >= 0 && b.about.contains(a.speaker) { return true }
        guard a.speakerLower.utf8.count >= 4 else { return false }
        let (text, ascii) = texts.text(bi, claims)
        return Self.contains(text, ascii: ascii, a.speakerLower, needleASCII: a.speakerLowerASCII)
    }

    /// Claims' texts lower-cased, each worked out once per article when a rule first needs it.
    final class LoweredTexts {
        private let range: Range<Int>
        private var texts: [(String, Bool)?]

        init(_ range: Range<Int>) {
            self.range = range
            texts = Array(repeating: nil, count: range.count)
        }

        func text(_ i: Int, _ claims: ClaimList) -> (String, Bool) {
            if let known = texts[i - range.lowerBound] { return known }
            let lower = ClaimWords.lowercased(claims[i].text)
            let value = (lower, lower.utf8.allSatisfy { $0 < 0x80 })
            texts[i - range.lowerBound] = value
            return value
        }
    }

    /// B negates a point A makes: A asserts it, or A denies it too and B calls that a lie.
    private func negatedPoint(_ bi: Int, _ e: Profile.Extra, _ window: Range<Int>, profiles: [Profile], claims: ClaimList,
                              termNames: [String], texts: LoweredTexts) -> Proposal? {
        let b = profiles[bi]
        var best: (ai: Int, score: Int, point: Int32)? = nil
        for ai in window where ai != bi {
            let a = profiles[ai]
            guard Self.otherSides(a, b) else { continue }
            let denied = e.negated.filter { a.terms.contains($0) }
            guard !denied.isEmpty else { continue }
            // A denial comes from a party to what it denies: A is about B's source, or B about A's.
            let lexical = denied.contains { termNames[Int($0)].hasPrefix("@") }
            let aDenies = a.extra.map { Self.sharedCount($0.negated[...], e.negated[...]) > 0 } ?? false
            // (Or B calls A's own denial of the point a lie.)
            // The source denying what was said about it needs no more; others need the point made twice.
            let concerned = b.speaker >= 0 && (a.about.contains(b.speaker) || a.aboutCountries.contains(b.speaker))
            guard concerned || involves(a, ai, b, bi, claims: claims, texts: texts) || (lexical && denied.count >= 2) || (aDenies && b.refutingWord >= 0) else { continue }
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

    /// A and B take opposite poles on one topic ("rose" / "fell"), or name one thing from two
    /// sides ("peacekeeping" / "occupation").
    private func opposedWords(_ bi: Int, _ e: Profile.Extra, _ window: Range<Int>, profiles: [Profile], claims: ClaimList) -> Proposal? {
        let b = profiles[bi]
        let lexicon = DisputeLexicon.shared
        for ai in window where ai != bi {
            let a = profiles[ai]
            guard let ea = a.extra, Self.otherSides(a, b) else { continue }
            let sharedTopic = Self.sharedCount(a.terms, b.terms) >= 1 || !Self.disjoint(a.about, b.about)
            guard sharedTopic else { continue }
            if let f = e.frames.first(where: { ea.frames.contains($0 ^ 1) }) {
                let ac = claims[ai], bc = claims[bi]
                let group = lexicon.frameGroups[Int(f / 2)]
                return Proposal(a: ai, kind: .framing, strength: 0.6,
                                why: "\(ac.speaker) and \(bc.speaker) name the \(group) from opposite sides: “\(Self.framedWord(ac.text, f ^ 1))” vs “\(Self.framedWord(bc.text, f))”")
            }
            if Self.sharedCount(a.terms, b.terms) >= 2, let pole = e.poles.first(where: { ea.poles.contains($0 ^ 1) }),
               b.negationWord < 0 && a.negationWord < 0 {
                let ac = claims[ai], bc = claims[bi]
                let group = lexicon.poleGroups[Int(pole / 2)]
                return Proposal(a: ai, kind: .refutation, strength: 0.55,
                                why: "\(ac.speaker) and \(bc.speaker) disagree on the \(group): “\(Self.poleWord(ac.text, pole ^ 1))” vs “\(Self.poleWord(bc.text, pole))”")
            }
        }
        return nil
    }

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
