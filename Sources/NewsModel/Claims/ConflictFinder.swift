/// Finds claims that disagree, within an article and across the corpus. Candidate pairs come
/// from an index of the entities claims are by and about, never from comparing every claim with
/// every other, so the work grows with the number of related claims, not with the corpus squared.
public struct ConflictFinder: Sendable {
    public init() {}

    /// Reporting verbs and their stems.
    static let verbStems: Set<String> = Set(ReportingCues.verbs.keys).union(ReportingCues.verbs.keys.map(TopicTerms.stem))

    /// What the finder knows of one claim beyond its text.
    struct Profile {
        var claim: Claim
        var index: Int
        var terms: Set<String>
        var words: [String]
        /// The same words as written, for explanations.
        var original: [String]
        var speakerKey: String
        var refutingWord: String?
        var negationWord: String?
        var accuses: Bool
        var firstPerson: Bool
        var reportLike: Bool
        var speakerCountries: Set<String>
        var aboutCountries: Set<String>
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

    public func find(_ claims: [Claim], entities: EntityLookup) -> [Conflict] {
        let profiles = claims.enumerated().map { profile($1, index: $0, entities: entities) }
        // Index: entity -> claims about it; speaker -> claims by it.
        var about: [String: [Int]] = [:]
        for p in profiles {
            for e in p.claim.about { about[e, default: []].append(p.index) }
            for c in p.aboutCountries { about[c, default: []].append(p.index) }
        }
        // Claims by each speaker, and claims using each topic term: a claim's candidates are the
        // claims about its speaker that share a term with it or come from a source it names.
        var bySpeaker: [String: [Int]] = [:]
        var byTerm: [String: [Int]] = [:]
        for p in profiles {
            if let s = p.claim.speakerEntity { bySpeaker[s, default: []].append(p.index) }
            for t in p.terms { byTerm[t, default: []].append(p.index) }
        }
        // Terms used by very many claims say little, and would make the search quadratic.
        let commonLimit = max(1000, profiles.count / 20)
        var mark = [Int](repeating: -1, count: profiles.count)
        var found: [(Conflict, Int, Int)] = []
        var seenTexts: Set<String> = []
        let byID = Dictionary(uniqueKeysWithValues: profiles.map { ($0.claim.id, $0.index) })
        for b in profiles {
            // A fact-check answer refutes the claim it is labelled against.
            if let answered = b.claim.answers, let i = byID[answered] {
                let a = profiles[i]
                let why = "\(b.claim.speaker) calls the claim of \(a.claim.speaker) false and answers: “\(Self.snippet(b.claim.text, 60))”"
                found.append((Conflict(id: "", kind: .refutation, a: a.claim.id, b: b.claim.id, strength: 0.85, why: why), i, b.index))
                continue
            }
            // Denial, refutation, framing: B's speaker disputes an earlier claim about B's speaker.
            if let speaker = b.claim.speakerEntity {
                // Only B's own words, or a reported denial; and not a dispute between two voices of one side.
                let ownWords = b.claim.quoted || ["denied", "refuted", "rejected", "accused"].contains(b.claim.cue)
                var pool: [Int] = []
                if ownWords {
                    func isAboutSpeaker(_ i: Int) -> Bool {
                        profiles[i].claim.about.contains(speaker) || profiles[i].aboutCountries.contains(speaker)
                    }
                    // Sources B names, claims sharing a term with B, and the claims nearest to B about its speaker.
                    var lists: [[Int]] = b.claim.about.compactMap { bySpeaker[$0] }
                    lists.append(Array(Self.window(about[speaker] ?? [], around: b.index, radius: 100)))
                    for t in b.terms { if let l = byTerm[t], l.count <= commonLimit { lists.append(l) } }
                    for list in lists {
                        // The nearest claims (in corpus order) only: bounded work per claim.
                        for i in Self.window(list, around: b.index, radius: 100) where mark[i] != b.index && isAboutSpeaker(i) {
                            mark[i] = b.index
                            pool.append(i)
                        }
                    }
                }
                let candidates = pool.sorted().map { profiles[$0] }
                    .filter { $0.index != b.index && $0.speakerKey != b.speakerKey && $0.claim.speakerEntity != speaker }
                    .filter { $0.speakerCountries.isDisjoint(with: b.speakerCountries) }
                if let (a, kind, strength, why) = bestDispute(b, candidates, entities: entities) {
                    let key = a.claim.text + "\u{1}" + b.claim.text
                    if !seenTexts.contains(key) {
                        seenTexts.insert(key)
                        found.append((Conflict(id: "", kind: kind, a: a.claim.id, b: b.claim.id, strength: strength, why: why), a.index, b.index))
                    }
                }
            }
            // Mutual accusation: "X and Y accuse each other" against a claim of one side accusing the other.
            if b.claim.mutualParties.count >= 2 {
                var bySpeaker: [String: Profile] = [:]
                for party in b.claim.mutualParties {
                    for i in about[party] ?? [] where i != b.index {
                        let c = profiles[i]
                        guard c.accuses, c.claim.mutualParties.isEmpty, !shared(c, b).isEmpty else { continue }
                        let accused = Set(b.claim.mutualParties).intersection(c.aboutCountries.union(c.claim.about))
                        guard accused.count == 1, let target = accused.first, c.claim.speakerEntity != target,
                              !c.speakerCountries.contains(target) else { continue }
                        // One conflict per speaker: their own quoted words when there are some.
                        if let kept = bySpeaker[c.speakerKey], kept.claim.quoted || !c.claim.quoted { continue }
                        bySpeaker[c.speakerKey] = c
                    }
                }
                for c in bySpeaker.values.sorted(by: { $0.index < $1.index }) {
                    let target = Set(b.claim.mutualParties).intersection(c.aboutCountries.union(c.claim.about)).first ?? ""
                    let targetName = entities.name(target) ?? target
                    let word = ReportingCues.accusing.lazy.compactMap { stem in c.words.first { $0.hasPrefix(stem) } }.first ?? "accuses"
                    let why = "\(c.claim.speaker) accuses \(targetName) (“\(word)”), while \(b.claim.speaker) accuse each other"
                    found.append((Conflict(id: "", kind: .mutualAccusation, a: c.claim.id, b: b.claim.id, strength: c.speakerCountries.isEmpty ? 0.6 : 0.75, why: why), c.index, b.index))
                }
            }
        }
        found.append(contentsOf: contradictingFigures(profiles, about: about))
        // One conflict per (claim A, speaker B, kind): B's quoted words win over a report of them.
        var best: [String: (Conflict, Int, Int)] = [:]
        for f in found {
            let key = "\(f.1)|\(profiles[f.2].speakerKey)|\(f.0.kind.rawValue)"
            if let kept = best[key] {
                let keptQuoted = profiles[kept.2].claim.quoted, newQuoted = profiles[f.2].claim.quoted
                if keptQuoted || !newQuoted { continue }
            }
            best[key] = f
        }
        found = Array(best.values)
        found.sort { ($0.1, $0.2) < ($1.1, $1.2) }
        return found.enumerated().map { i, f in
            var c = f.0
            c.id = "k\(i + 1)"
            return c
        }
    }

    private func profile(_ claim: Claim, index: Int, entities: EntityLookup) -> Profile {
        let original = Tokenizer.tokenize(claim.text).filter(\.isWord).map(\.text)
        let words = original.map { $0.lowercased() }
        // Reporting and accusing verbs are how claims are made, not what they are about.
        var terms = TopicTerms.of(claim.text).filter { t in
            !Self.verbStems.contains(t) && !ReportingCues.accusing.contains { t.hasPrefix($0) }
        }
        // Names are shared by every claim on a topic; they say nothing about disagreement.
        for e in claim.about {
            for part in (entities.name(e) ?? "").split(separator: " ") { terms.remove(TopicTerms.stem(part.lowercased())) }
        }
        let speakerCountries = Set(claim.speakerEntity.map { entities.countries($0) } ?? [])
        var aboutCountries: Set<String> = []
        for e in claim.about { aboutCountries.formUnion(entities.countries(e)) }
        let firstPerson = claim.quoted && words.contains { $0 == "i" || $0 == "we" || $0 == "my" || $0 == "our" }
        return Profile(
            claim: claim, index: index, terms: terms, words: words, original: original,
            speakerKey: claim.speakerEntity ?? "src:" + claim.speaker.lowercased(),
            refutingWord: words.first { ReportingCues.refuting.contains($0) },
            negationWord: words.first { ReportingCues.negations.contains($0) },
            accuses: words.contains { w in ReportingCues.accusing.contains { w.hasPrefix($0) } },
            firstPerson: firstPerson,
            reportLike: claim.cue == "reported" || claim.cue == "according to" || claim.cue == "wrote",
            speakerCountries: speakerCountries, aboutCountries: aboutCountries)
    }

    private func shared(_ a: Profile, _ b: Profile) -> Set<String> { a.terms.intersection(b.terms) }

    /// The claim B disputes, if any: a refutation names the source and calls it wrong (the first
    /// claim of that source); a denial negates a shared point; framing recasts it in B's own words.
    private func bestDispute(_ b: Profile, _ candidates: [Profile], entities: EntityLookup) -> (Profile, ConflictKind, Double, String)? {
        let bText = b.claim.text.lowercased()
        if let word = b.refutingWord {
            let named = candidates.filter { a in
                (a.claim.speakerEntity.map { b.claim.about.contains($0) } ?? false) || bText.contains(a.claim.speaker.lowercased())
            }
            if let a = named.min(by: { $0.index < $1.index }) {
                return (a, .refutation, 0.9, "\(b.claim.speaker) says \(a.claim.speaker) got it wrong: “\(phrase(around: word, in: b))”")
            }
        }
        if let negation = b.negationWord {
            let scored = candidates.map { ($0, shared($0, b).count) }.filter { $0.1 >= 1 }
            if let (a, _) = scored.max(by: { ($0.1, $0.0.index) < ($1.1, $1.0.index) }) {
                let point = shared(a, b).sorted().first.map { surface($0, in: b) } ?? ""
                return (a, .denial, 0.8, "\(b.claim.speaker) denies what \(a.claim.speaker) said about “\(point)”: “\(phrase(around: negation, in: b))”")
            }
        }
        if b.firstPerson {
            let scored = candidates.filter(\.reportLike).map { ($0, shared($0, b).count) }.filter { $0.1 >= 2 }
            if let (a, _) = scored.max(by: { ($0.1, $0.0.index) < ($1.1, $1.0.index) }) {
                let points = shared(a, b).sorted().prefix(3).map { surface($0, in: b) }.joined(separator: ", ")
                return (a, .framing, 0.6, "\(b.claim.speaker) puts in other terms what \(a.claim.speaker) reported (\(points))")
            }
        }
        return nil
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

    /// The start of a text, cut at a word boundary with an ellipsis when longer than `limit`.
    static func snippet(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.trimmingCharacters(in: .punctuationCharacters) + "…"
    }

    /// The word of the claim that a stem came from ("zone" -> "zones").
    private func surface(_ stem: String, in p: Profile) -> String {
        p.words.first { TopicTerms.stem($0) == stem } ?? stem
    }

    /// A few words of B around `word`, for the one-line explanation.
    private func phrase(around word: String, in p: Profile) -> String {
        guard let i = p.words.firstIndex(of: word) else { return word }
        let lo = max(0, i - 2), hi = min(p.words.count, i + 4)
        return p.original[lo..<hi].joined(separator: " ")
    }

    /// The same count of the same thing, told differently by two speakers about the same entity.
    private func contradictingFigures(_ profiles: [Profile], about: [String: [Int]]) -> [(Conflict, Int, Int)] {
        func figures(_ p: Profile) -> [String: String] {
            var out: [String: String] = [:]
            for (i, w) in p.words.enumerated() where i + 1 < p.words.count && w.first?.isNumber == true {
                let unit = TopicTerms.stem(p.words[i + 1])
                if unit.count >= 4 && !TopicTerms.stop.contains(unit) { out[unit] = w }
            }
            return out
        }
        var out: [(Conflict, Int, Int)] = []
        var done: Set<[Int]> = []
        for entity in about.keys.sorted() {
            // Only claims that give figures, and a bounded number per entity.
            let list = Array((about[entity] ?? []).filter { !figures(profiles[$0]).isEmpty }.prefix(200))
            guard list.count >= 2 else { continue }
            for (x, i) in list.enumerated() {
                let a = profiles[i]
                let fa = figures(a)
                if fa.isEmpty { continue }
                for j in list[(x + 1)...] {
                    let b = profiles[j]
                    guard a.speakerKey != b.speakerKey, !done.contains([i, j]), shared(a, b).count >= 3 else { continue }
                    for (unit, value) in figures(b) where fa[unit] != nil && fa[unit] != value {
                        done.insert([i, j])
                        let why = "\(a.claim.speaker) gives \(fa[unit] ?? "") \(unit), \(b.claim.speaker) gives \(value)"
                        out.append((Conflict(id: "", kind: .contradictingFigures, a: a.claim.id, b: b.claim.id, strength: 0.6, why: why), i, j))
                        break
                    }
                }
            }
        }
        return out
    }
}
