import Foundation

// Who a subject phrase is: names, pronouns, roles and bodies resolved to a speaker and the
// side it speaks for; the reporting cue and the subject before it.
extension ClaimExtractor {
    /// What the rules need of a paragraph.
    /// (A class: it is handed to every rule, and a struct of six arrays and closures costs a
    /// reference count for each on every copy.)
    final class Context {
        let tokens: [Token]
        let lower: [String]
        /// The word lists each token is on.
        let classes: [WordClass]
        let mentions: OffsetIndex
        let inName: [Bool]
        let entities: EntityInfo

        init(tokens: [Token], lower: [String], classes: [WordClass], mentions: OffsetIndex, inName: [Bool], entities: EntityInfo) {
            self.tokens = tokens
            self.lower = lower
            self.classes = classes
            self.mentions = mentions
            self.inName = inName
            self.entities = entities
        }
    }

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those",
                                                    "this", "such", "new", "many", "some", "no", "any", "of", "whose"]

    /// The reporting cue at position n (the cue and the position of its last token), if the word
    /// there is used as a verb.
    func cue(at n: Int, in s: [Int], _ cx: Context) -> (String, Int)? {
        // A word of a name is no verb: "The United States and Russia have agreed" ("States"),
        // "Edward Said".
        if cx.inName[s[n]] { return nil }
        let word = cx.lower[s[n]]
        var cue = cx.classes[s[n]].contains(.reportingVerb) ? ReportingCues.verbs[word] : nil
        var end = n
        let next = n + 1 < s.count ? cx.lower[s[n + 1]] : ""
        // (The words below start with r, p, c or m: other words skip their comparisons.)
        if let f = word.utf8.first, f == 0x72 || f == 0x70 || f == 0x63 || f == 0x6D {
            if word == "ruled", next == "out" { cue = "ruled out"; end = n + 1 }
            if word == "pointed", next == "out" { cue = "said"; end = n + 1 }
            if word == "call" || word == "calls" || word == "called" || word == "calling", next == "for" { cue = "called for"; end = n + 1 }
            // "put it to her that ...": a question in court that asserts.
            if word == "put" || word == "puts", next == "it", n + 3 < s.count, cx.lower[s[n + 2]] == "to" { cue = "suggested"; end = n + 3 }
            // "put the figure at 63 percent", "put the number of protesters at 5,000": an estimate.
            if word == "put" || word == "puts", cue == nil, Self.estimatesFigure(after: n, in: s, cx) { cue = "put" }
            // "maintained that ...", "hit back, saying": verbs that report only before a clause.
            if (word == "maintained" || word == "maintains") && next == "that" { cue = "insisted" }
        }
        guard let c = cue, !ReportingCues.quoteOnly.contains(word) else { return nil }
        // A noun, not a verb: "the claims", "his calls", "new reports".
        if n > 0, cx.classes[s[n - 1]].contains(.determiner) { return nil }
        return (c, end)
    }

    /// The subject at the start of a sentence (after an opening phrase such as "On Friday,"):
    /// names, capitalised words and "of"/"the" between them, and a plural noun closing them.
    func leadingSubject(_ s: [Int], _ cx: Context) -> [Int] {
        var j = 0
        while j < s.count && !cx.tokens[s[j]].isWord { j += 1 }
        if j < s.count, case let w = cx.lower[s[j]], w == "but" || w == "and" || w == "so" || w == "yet" { j += 1 }
        if j < s.count, cx.classes[s[j]].contains(.openingWord),
           let comma = s[j..<min(s.count, j + 10)].firstIndex(where: { cx.classes[$0].contains(.comma) }) {
            j = comma + 1
        } else if j < s.count, !cx.inName[s[j]], case let w = cx.lower[s[j]], w.utf8.count > 4, w.count > 4, Self.hasSuffix(w, "ed") || Self.hasSuffix(w, "ing"),
                  !cx.classes[s[j]].contains(.reportingVerb),
                  let comma = s[j..<min(s.count, j + 16)].firstIndex(where: { cx.classes[$0].contains(.comma) }) {
            // "Asked about the Chinese account, Dimaculangan was blunt": an opening participle's clause.
            j = comma + 1
        }
        // (The phrase's end found first, then the phrase made at its size: no array at all for
        // the many sentences whose first word opens none.)
        let phraseStart = j
        while j < s.count {
            let t = cx.tokens[s[j]], w = cx.classes[s[j]]
            if cx.inName[s[j]] || t.isCapitalized || t.isAllCaps || w.contains(.inNounPhrase) || (t.isLowercase && j > phraseStart && w.contains(.personRole)) {
                j += 1
            } else { break }
        }
        var out = Array(s[phraseStart..<j])
        // "Scientology officials went": one lower-case plural noun heads the phrase.
        if j + 1 < s.count, cx.tokens[s[j]].isLowercase, cx.classes[s[j]].contains(.groupNoun), cx.tokens[s[j + 1]].isLowercase {
            out.append(s[j])
            j += 1
        }
        // "The ministry hit back", "The central bank's statement": a lower-case body after "The".
        if out.count == 1, cx.lower[out[0]] == "the", cx.tokens[out[0]].isCapitalized {
            var k = j
            while k < s.count && k - j < 3 && cx.tokens[s[k]].isLowercase && cx.tokens[s[k]].isWord && !cx.classes[s[k]].contains(.bodyNoun) { k += 1 }
            if k < s.count, k - j < 3, cx.tokens[s[k]].isLowercase, cx.classes[s[k]].contains(.bodyNoun),
               k + 1 < s.count, cx.tokens[s[k + 1]].isLowercase || cx.classes[s[k + 1]].contains(.comma) {
                out.append(contentsOf: s[j...k])
                return out
            }
        }
        while let l = out.last, cx.classes[l].contains(.inNounPhrase) { out.removeLast() }
        guard j < s.count, cx.tokens[s[j]].isLowercase || cx.classes[s[j]].contains(.comma) else { return [] }
        return out
    }
    static let openingWords: Set<String> = ["on", "in", "at", "after", "before", "during", "since", "last", "earlier", "meanwhile",
                                                    "however", "today", "yesterday", "separately", "following", "later", "also", "then", "but"]
    static let inNounPhrase: Set<String> = ["the", "a", "an", "of", "'s", "’s", "-", "for", "and"]

    /// A speaker that "they" can stand for: an organisation, a country, or a group or document named as written.
    func isGroup(_ sp: Speaker, _ np: [Int], _ cx: Context) -> Bool {
        if sp.kind == .organization || sp.kind == .country { return true }
        guard sp.entity == nil, let head = np.last else { return false }
        return ReportingCues.groupNouns.contains(cx.lower[head])
    }

    /// "Professor X, Director of Y, and Chairman of Z, says": the verb follows a comma; the speaker
    /// is the name at the start of the chain of appositives before it.
    func appositiveSpeaker(endingAt b: Int, in s: [Int], _ cx: Context, salience: Salience) -> Speaker? {
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
            if role.count <= 12, role.contains(where: { !cx.classes[$0].isDisjoint(with: [.personRole, .sideRole]) }), let first = role.first,
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
            let opener = boundary.map { b in b <= 4 && !s[..<b].contains { cx.classes[$0].contains(.comma) } } ?? false
            // ("..., fisherman Romeo Dacanay, 52, said": a name and its age right before the verb start the clause.)
            let aged = c + 2 == b && cx.tokens[s[c + 1]].text.allSatisfy(\.isNumber)
            guard let last = np.last, boundary == nil || !cx.classes[s[boundary!]].contains(.comma) || opener || aged else { continue }
            guard cx.mentions.mentions.contains(where: { $0.end == cx.tokens[last].end && ($0.mention.kind == .person || $0.mention.kind == .organization) }) else { continue }
            guard !np.contains(where: { cx.tokens[$0].isLowercase && cx.classes[$0].isDisjoint(with: [.inNounPhrase, .personRole, .preposition]) }) else { continue }
            if let first = np.first, cx.classes[first].contains(.openingWord) { continue }
            if var sp = resolve(np, cx, salience: salience) {
                // "Name, the company's vice-president, said": the appositive after the name gives the side.
                if sp.kind == .person, sp.side == nil {
                    let role = Array(s[(c + 1)..<(commas.first(where: { $0 > c }) ?? b)])
                    // ("Name, who chairs the association's committee, said": the body the clause names.)
                    if let w = role.first, cx.lower[w] == "who" { sp.side = relativeClauseSide(Array(role.dropFirst()), cx, salience: salience) }
                    else { sp.side = side(of: role, cx, salience: salience) }
                }
                return sp
            }
        }
        // "A senior official, who spoke on condition of anonymity, said", "A Western diplomat, speaking on
        // condition of anonymity, said": the phrase before the "who" clause or the participle's.
        if let c = commas.last, c + 1 < b, cx.tokens[s[c + 1]].isLowercase,
           cx.lower[s[c + 1]] == "who" || (Self.hasSuffix(cx.lower[s[c + 1]], "ing") && !cx.classes[s[c + 1]].contains(.reportingVerb)
                                             && Self.asideParticiples.contains(cx.lower[s[c + 1]])) {
            let (np, boundary) = subjectTokens(before: c, in: s, cx)
            if !np.isEmpty, boundary == nil || !cx.classes[s[boundary!]].contains(.comma), !hasVerb(np, cx),
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

    /// Participles of an aside about how a source spoke ("speaking on condition of anonymity").
    static let asideParticiples: Set<String> = ["speaking", "requesting", "asking", "declining", "talking"]

    /// Role words that name one office ("the minister" after "Health Secretary X").
    static let sameOffice: [String: [String]] = [
        "minister": ["secretary"], "secretary": ["minister"],
        "spokesman": ["spokeswoman", "spokesperson"], "spokeswoman": ["spokesman", "spokesperson"], "spokesperson": ["spokesman", "spokeswoman"],
        "chairman": ["chair", "chairwoman", "chairperson"], "chairwoman": ["chair", "chairman", "chairperson"], "chair": ["chairman", "chairwoman", "chairperson"],
    ]

    /// Roles that speak for a body and nothing else.
    static let spokesRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

    /// Verbs by which a clause before "and said" states something itself ("put its losses at three").
    /// Words opening a clause of its own before its subject ("came as the ministry announced",
    /// "have not said why, but the ambassador said").
    static let subordinators: Set<String> = ["as", "when", "while", "after", "because", "since", "although", "though", "before", "once", "until",
                                             "but", "yet", "whereas"]
    static let statingVerbs: Set<String> = ["put", "puts", "estimated", "estimates", "gave", "gives", "counted", "counts",
                                                    "reported", "reports", "confirmed", "confirms", "admitted", "admits", "acknowledged",
                                                    "acknowledges", "conceded", "concedes", "claimed", "claims", "maintained", "maintains"]

    /// A person's kin, who speak for them ("Reed's family").
    static let kinNouns: Set<String> = ["family", "families", "relatives", "relative", "parents", "mother", "father", "widow", "widower",
                                        "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
                                        "sisters", "children", "siblings", "partner", "fiancée", "fiancee", "grandmother", "grandfather",
                                        "uncle", "aunt", "cousin", "niece", "nephew"]

    /// Nouns of a figure one "puts at" a number ("put the death toll at 40").
    static let estimatedNouns: Set<String> = ["figure", "figures", "number", "numbers", "toll", "total", "count", "tally", "cost", "costs",
                                              "value", "rate", "loss", "losses", "turnout", "damage", "bill", "price", "share",
                                              "casualties", "deficit", "shortfall", "size", "estimate", "crowd", "level", "amount"]
    /// Words between "at" and the number it puts a figure at ("at about 380", "at only two").
    static let approximators: Set<String> = ["about", "around", "roughly", "nearly", "almost", "some", "just", "only", "more", "less",
                                             "fewer", "than", "over", "under", "least", "as", "many", "much", "up", "to", "approximately"]
    static let countWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                          "twelve", "dozen", "dozens", "hundreds", "thousands", "twenty", "thirty", "forty", "fifty"]

    /// "put(s) the figure at 63 percent", "put the number of protesters at 5,000": after "put" at n,
    /// a noun phrase holding a figure noun (no comma), then "at" and a number.
    static func estimatesFigure(after n: Int, in s: [Int], _ cx: Context) -> Bool {
        var k = n + 1
        var figure = false
        while k < s.count, k - n <= 9, cx.lower[s[k]] != "at" {
            guard cx.tokens[s[k]].isWord || ["'s", "’s", "'", "’", "-"].contains(cx.lower[s[k]]) else { return false }
            if estimatedNouns.contains(cx.lower[s[k]]) { figure = true }
            k += 1
        }
        guard figure, k > n + 1, k < s.count, cx.lower[s[k]] == "at" else { return false }
        var j = k + 1
        while j < s.count, j - k <= 4, approximators.contains(cx.lower[s[j]]) { j += 1 }
        guard j < s.count, let c = cx.tokens[s[j]].text.unicodeScalars.first else { return false }
        // ("put its losses at three and said that ...": the estimate stays part of what is said after it.)
        if (j + 1..<min(s.count - 1, j + 8)).contains(where: { cx.lower[s[$0]] == "and" && cx.classes[s[$0 + 1]].contains(.reportingVerb) }) { return false }
        return CharacterSet.decimalDigits.contains(c) || ["$", "£", "€", "¥"].contains(c) || countWords.contains(cx.lower[s[j]])
    }

    /// Documents a source speaks in ("in a statement"), which "the statement" then stands for.
    static let issuedDocuments: Set<String> = ["statement", "letter", "filing", "submission", "release", "memo"]

    /// Role nouns beyond `ReportingCues.personRoles` that say whom a person speaks for.
    static let sideRoles: Set<String> = [
        "lawyer", "lawyers", "attorney", "counsel", "chairman", "chairwoman", "chair", "head", "executive", "manager", "officer",
        "representative", "deputy", "organiser", "organizer", "coordinator", "founder", "owner", "boss", "captain", "coach",
        "agent", "campaigner", "member", "vice-president", "vice", "economist", "analyst", "researcher", "scientist", "expert",
        "barrister", "solicitor", "attorneys", "chairperson", "doctor", "editor", "engineer", "partner", "treasurer",
    ]

    /// Those a claim is told to ("told reporters ..."), as one word.
    static let audiences: Set<String> = ["reporters", "journalists", "jurors", "lawmakers", "legislators", "senators", "delegates",
                                                 "supporters", "parliament", "residents", "shareholders", "investors", "parents", "students", "me", "us", "him", "her", "them"]

    /// Heads of a body a claim is told to ("told the Federal Court ...").
    static let audienceHeads: Set<String> = ["court", "jury", "committee", "tribunal", "inquiry", "hearing", "panel", "parliament",
                                                     "senate", "assembly", "council", "conference", "briefing", "meeting", "commission", "board"]

    /// Cues that assert (not "urged", "called for", "promised"): a second one joined by "and" is a claim.
    static let assertingCues: Set<String> = ["said", "told", "added", "argued", "claimed", "accused", "denied", "refuted", "rejected", "disputed",
                                                     "warned", "insisted", "noted", "stressed", "described", "confirmed", "admitted", "stated"]

    /// Verbs that make a would-be subject a clause ("which is not accused").
    static let auxiliaries: Set<String> = ["is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "does", "did"]

    /// Lawyers: whoever's they are, they speak for the defence.
    static let counselRoles: Set<String> = ["lawyer", "lawyers", "barrister", "solicitor", "counsel", "attorney", "attorneys"]

    /// Common nouns for a body whose spokesperson speaks ("a company spokeswoman", "the army spokesman").
    static let sideBodies: Set<String> = ["company", "army", "union", "ministry", "government", "police", "party", "club",
                                                  "council", "court", "agency", "firm", "group", "campaign", "commission", "board",
                                                  "department", "military", "embassy", "hospital", "school", "university", "airline"]
    /// Bodies "the <noun>" stands for the last organisation named as ("the company said").
    static let firmLike: Set<String> = ["company", "firm", "airline", "carrier", "club"]
    /// Nouns an apposition describes a body with ("X, the paramilitary group that ..."); see `Salience.describedAs`.
    static let describingNouns: Set<String> = sideBodies.union(bodyNouns).union([
        "militia", "network", "charity", "alliance", "coalition", "movement", "consortium", "organisation", "organization",
        "operator", "chain", "retailer", "insurer", "developer", "startup", "manufacturer", "broadcaster", "team", "provider",
        "platform", "faction", "contractor", "supplier", "lender", "utility", "producer", "publisher", "nonprofit",
    ])
    /// Bodies a spokesperson's role stands for the organisation just named by ("a company spokeswoman");
    /// "the group said" is too often a campaign group to be the firm.
    static let companyLike: Set<String> = firmLike.union(["group"])

    /// The side a role phrase gives its holder: "The army's regional spokesman" -> the army,
    /// "its spokesman" -> the organisation just named, "a spokeswoman for the mission" -> the mission.
    func side(of segAll: [Int], _ cx: Context, salience: Salience) -> String? {
        // (A quotation's closing mark before the role is no part of it: '," the department's chief investigator'.)
        let seg = Array(segAll.drop { !cx.tokens[$0].isWord })
        guard !seg.isEmpty, seg.count <= 12 else { return nil }
        let lower = seg.map { cx.lower[$0] }
        // The two sides of a courtroom.
        if lower.contains(where: { $0.hasPrefix("prosecut") }) { return "the prosecution" }
        if lower.contains(where: { $0 == "defence" || $0 == "defense" }) { return "the defence" }
        let roles = seg.map { !cx.classes[$0].isDisjoint(with: [.personRole, .sideRole]) }
        guard roles.contains(true) else { return nil }
        if lower[0] == "its" || lower[0] == "their" {
            if let body = salience.bodyJustBefore { return body.side ?? body.asSide }
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
            // (In a civil case, the lawyer of the one suing speaks for the claimant.)
            if sp.kind == .person, lower.contains(where: { Self.counselRoles.contains($0) }) {
                return sp.entity.map { salience.claimants.contains($0) } == true ? "the claimant" : "the defence"
            }
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
        if let r = roles.firstIndex(of: true), r > 0,
           !Self.sideBodies.contains(lower[r - 1]), lower[r - 1].count >= 4, cx.tokens[seg[r - 1]].isLowercase,
           let org = salience.lastOrganizations.last(where: { sp in SpaceWords.of(ClaimWords.lowercased(sp.name)).contains { $0 == lower[r - 1] } }) {
            return org.asSide
        }
        // "A company spokeswoman": a body named by its common noun just before the role.
        if let r = roles.firstIndex(of: true), r > 0,
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
        // "Deputy Governor X" just after a bank is named: a governor of that bank.
        if lower.contains("governor"), !lower.contains("former"), let org = salience.lastOrganizations.last,
           SpaceWords.of(ClaimWords.lowercased(org.name)).contains("bank") {
            return org.asSide
        }
        // "Finance Minister X": a minister of a portfolio speaks for that ministry ("the finance ministry",
        // later "the ministry"). Not a foreign minister (one per country in the story), nor a former one.
        if let k = lower.firstIndex(of: "minister"), k > 0, case let portfolio = lower[k - 1],
           Self.portfolios.contains(portfolio), !lower.contains("former") {
            return "the " + portfolio + " ministry"
        }
        return nil
    }
    /// Portfolios a minister holds inside one government ("Finance Minister", "health minister").
    static let portfolios: Set<String> = ["finance", "health", "education", "interior", "energy", "transport", "agriculture",
                                          "trade", "labour", "labor", "justice", "environment", "economy", "mining", "mines",
                                          "housing", "tourism", "communications", "information", "water", "works"]
    /// Titles of a government's own officials.
    static let governmentRoles: Set<String> = ["minister", "president", "premier", "chancellor", "ambassador", "envoy", "secretary"]

    /// A paragraph's tokens and mentions found by offset range, in their original order.
    struct OffsetIndex {
        let tokens: [Token]
        /// Each token's text lower-cased.
        let lower: [String]
        let mentions: [LocalMention]
        /// Mention indices sorted by start.
        let byStart: [Int]
        /// The mentions are in order of start already (as a paragraph's nearly always are).
        let inStartOrder: Bool

        init(tokens: [Token], lower: [String], mentions: [LocalMention]) {
            self.tokens = tokens
            self.lower = lower
            self.mentions = mentions
            let byStart = mentions.indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
            self.byStart = byStart
            inStartOrder = byStart.indices.allSatisfy { byStart[$0] == $0 }
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
        func tokens(in lo: Int, _ hi: Int) -> [Int] { tokens(in: lo, hi) { _ in true } }

        /// Indices of the tokens inside lo..<hi that `keep` keeps, in order.
        @inline(__always)
        func tokens(in lo: Int, _ hi: Int, where keep: (Int) -> Bool) -> [Int] {
            let first = firstToken(startingAtOrAfter: lo)
            var past = first
            while past < tokens.count && tokens[past].start <= hi { past += 1 }
            // (Sized once: growing the array by appends cost more than the scan.)
            var out: [Int] = []
            out.reserveCapacity(past - first)
            for i in first..<past where tokens[i].end <= hi && keep(i) { out.append(i) }
            return out
        }

        /// Calls `body` with the index of each token inside lo..<hi, in order (`tokens(in:)` without the array).
        @inline(__always)
        func forEachToken(in lo: Int, _ hi: Int, _ body: (Int) -> Void) {
            var i = firstToken(startingAtOrAfter: lo)
            while i < tokens.count && tokens[i].start <= hi {
                if tokens[i].end <= hi { body(i) }
                i += 1
            }
        }

        /// Whether a token inside lo..<hi satisfies `test`.
        @inline(__always)
        func anyToken(in lo: Int, _ hi: Int, where test: (Int) -> Bool) -> Bool {
            var i = firstToken(startingAtOrAfter: lo)
            while i < tokens.count && tokens[i].start <= hi {
                if tokens[i].end <= hi && test(i) { return true }
                i += 1
            }
            return false
        }

        /// The mentions inside lo..<hi (start >= lo, end <= hi), in their original order.
        func mentions(in lo: Int, _ hi: Int) -> [LocalMention] {
            var a = 0, b = byStart.count
            while a < b {
                let mid = (a + b) / 2
                if mentions[byStart[mid]].start < lo { a = mid + 1 } else { b = mid }
            }
            if inStartOrder {
                // (Found in their original order already: no index list to sort. Counted first, so
                // that the list is made at its size at once.)
                var n = 0, k = a
                while k < mentions.count && mentions[k].start <= hi {
                    if mentions[k].end <= hi { n += 1 }
                    k += 1
                }
                var out: [LocalMention] = []
                guard n > 0 else { return out }
                out.reserveCapacity(n)
                while a < mentions.count && mentions[a].start <= hi {
                    if mentions[a].end <= hi { out.append(mentions[a]) }
                    a += 1
                }
                return out
            }
            var found: [Int] = []
            while a < byStart.count && mentions[byStart[a]].start <= hi {
                if mentions[byStart[a]].end <= hi { found.append(byStart[a]) }
                a += 1
            }
            return found.sorted().map { mentions[$0] }
        }
    }


    /// The subject tokens before the cue at position n of idx, and the position of the boundary
    /// that ended them (nil at the start or at the length limit).
    func subjectTokens(before n: Int, in idx: [Int], _ cx: Context) -> ([Int], Int?) {
        let tokens = cx.tokens, lower = cx.lower, classes = cx.classes
        var k = n - 1
        while k >= 0 && (classes[idx[k]].contains(.skippedBeforeVerb) || isAdverb(idx[k], cx)) { k -= 1 }
        // "X on Monday accused": the day is no part of the subject.
        // (The weekdays are capitalised: other tokens are passed over without a look-up.)
        if k >= 1, tokens[idx[k]].isCapitalized, Lexicon.weekdays.contains(tokens[idx[k]].text), lower[idx[k - 1]] == "on" { k -= 2 }
        // "Mejía, in turn, accused": a short aside between commas is no part of it either.
        if k >= 2, classes[idx[k]].contains(.comma), let open = (max(0, k - 4)..<k).last(where: { classes[idx[$0]].contains(.comma) }), open >= 1,
           open + 1 < k, (open + 1..<k).allSatisfy({ tokens[idx[$0]].isLowercase && tokens[idx[$0]].isWord }) {
            k = open - 1
        }
        while k >= 0 && (classes[idx[k]].contains(.skippedBeforeVerb) || isAdverb(idx[k], cx)) { k -= 1 }
        // "was rejected", "were reported": passive, the subject is not the speaker.
        if k >= 0, classes[idx[k]].contains(.passiveAuxiliary) { return ([], nil) }
        var out: [Int] = []
        out.reserveCapacity(min(16, k + 1))
        while k >= 0 && out.count < 16 {
            let t = tokens[idx[k]].text
            // "The World Health Organisation (WHO) recommends": the parenthesis belongs to the name.
            if t.utf8.count == 1, t == ")", let open = idx[..<k].lastIndex(where: { tokens[$0].text == "(" }), k - open <= 4 {
                k = open - 1
                continue
            }
            // A capitalised "WHO" or "AS" and the "and" of "The Globe and Mail" end no clause.
            // (The boundaries are lower-case: a token in capitals, "WHO", is never one as written.)
            let isBoundary = classes[idx[k]].contains(.subjectBoundary) && !tokens[idx[k]].isAllCaps && !cx.inName[idx[k]]
            if isBoundary && !(t == "and" && out.isEmpty) { return (out, k) }
            out.insert(idx[k], at: 0)
            k -= 1
        }
        return (out, nil)
    }

    /// A lower-case "-ly" word that is no noun ("repeatedly", not "family").
    func isAdverb(_ t: Int, _ cx: Context) -> Bool {
        cx.tokens[t].isLowercase && Self.hasSuffix(cx.tokens[t].text, "ly") && !Self.lyNouns.contains(cx.lower[t])
    }
    /// Nouns ending in "-ly" that head a subject ("Reed's family said", "the assembly voted").
    static let lyNouns: Set<String> = ["family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "bully", "belly"]

    /// A verb inside a would-be subject: the cue word after it is a noun ("The report has prompted calls").
    func hasVerb(_ subject: [Int], _ cx: Context) -> Bool {
        subject.contains { cx.tokens[$0].isLowercase && cx.classes[$0].contains(.finiteVerb) }
    }

    /// The head part of a noun phrase: before a participle or relative modifier ("a letter seen
    /// by Sky News" -> "a letter", "an Internet posting made ..." -> "an Internet posting").
    func headPhrase(_ np: [Int], _ cx: Context) -> [Int] {
        guard np.count >= 2 else { return np }
        for j in 1..<np.count {
            let t = cx.tokens[np[j]], w = cx.lower[np[j]]
            guard t.isLowercase, !cx.inName[np[j]] else { continue }
            if w == "who" || w == "which" || w == "that" { return Array(np[..<j]) }
            // "the company behind the country's biggest delivery app": the body, before what it is behind.
            if w == "behind", j >= 2, cx.tokens[np[j - 1]].isLowercase { return Array(np[..<j]) }
            // "A food critic being sued by X": the phrase ends before "being".
            if w == "being", j + 1 < np.count, cx.tokens[np[j + 1]].isLowercase { return Array(np[..<j]) }
            let prev = cx.lower[np[j - 1]]
            // ("Toronto-based": a hyphenated compound, no participle.)
            if prev == "-" { continue }
            // A participle after a noun, followed by its complement (not "a leaked internal letter").
            guard Self.participles.contains(w) || (Self.hasSuffix(w, "ed") && w.count > 4) else { continue }
            if Self.determiners.contains(prev) || Self.hasSuffix(prev, "ly") || Self.finiteVerbs.contains(prev) || prev == "'s" || prev == "’s" { continue }
            if j + 1 < np.count, cx.tokens[np[j + 1]].isLowercase || Self.prepositions.contains(cx.lower[np[j + 1]]) { return Array(np[..<j]) }
        }
        return np
    }
    /// Nouns that point back to what was just said ("..., a claim X denies").
    static let pointingNouns: Set<String> = ["claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges",
                                             "assertion", "assertions", "account", "version", "suggestion", "figure", "figures", "estimate",
                                             "estimates", "number", "description", "characterisation", "characterization"]
    static let participles: Set<String> = ["seen", "made", "written", "sent", "given", "shown", "held", "done", "taken", "known",
                                                   "led", "run", "found", "brought", "drawn", "obtained", "published", "released", "issued"]

    /// Turns a speaker phrase into a speaker: an entity in it, a pronoun or role resolved from
    /// context, or the source as written ("state news agencies").
    func resolve(_ npAll: [Int], _ cx: Context, salience: Salience) -> Speaker? {
        let tokens = cx.tokens, mentions = cx.mentions, entities = cx.entities
        // "One of the company's largest investors", "two of the doctors": some of a group, as written.
        // (The cheap test first: most phrases have no "of" second.)
        if npAll.count >= 3, npAll.count <= 10, cx.lower[npAll[1]] == "of", Self.someOfWords.contains(cx.lower[npAll[0]]),
           ReportingCues.groupNouns.contains(cx.lower[npAll[npAll.count - 1]]) {
            return Speaker(name: Self.written(npAll[...], cx.tokens), entity: nil, kind: nil)
        }
        var np = headPhrase(npAll, cx)
        // A leading article is no part of a source's name ("A leaked internal letter").
        guard let first = np.first, let last = np.last else { return nil }
        let lo = tokens[first].start, hi = tokens[last].end
        let inside = mentions.mentions(in: lo, hi)
        // The phrase's words as written, read in place (most calls need none of them).
        let written = np
        func word(_ k: Int) -> String { tokens[written[k]].text }
        func joinedWords(from k: Int = 0) -> String { written[k...].map { tokens[$0].text }.joined(separator: " ") }
        let lower = np.map { cx.lower[$0] }
        // The word lists of each word of the phrase.
        let classes = np.map { cx.classes[$0] }
        // A pronoun right before the verb is the subject ("... where they claimed").
        if let lastWord = classes.last, lastWord.contains(.subjectPronoun), lower.count > 1 {
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
        if lower.count > lead + 2, classes[lead].contains(.documentNoun), tokens[np[lead]].isLowercase || lead == 0,
           ["on", "in", "about", "from", "at"].contains(lower[lead + 1]) {
            return Speaker(name: word(lead), entity: nil, kind: nil)
        }
        // "A spokesman for the board": the body the spokesperson speaks for, else the phrase as written.
        if lower.count >= 4 || (lower.count >= 3 && lead == 0), lower.count <= 10,
           let r = classes.firstIndex(where: { !$0.isDisjoint(with: [.personRole, .sideRole]) }),
           r <= lead + 2, r + 2 < lower.count, ["for", "of", "at"].contains(lower[r + 1]), inside.isEmpty || inside.allSatisfy({ $0.start >= tokens[np[r + 1]].end }) {
            let rest = Array(np[(r + 2)...])
            if let body = resolve(rest, cx, salience: salience) { return body }
            return Speaker(name: joinedWords(from: lead), entity: nil, kind: nil)
        }
        // "Ecuador's foreign ministry", "Zambia's main opposition party": a body of a country, as written,
        // speaking for the country.
        if let m = inside.first, m.mention.kind == .country, m.start == tokens[np[lead]].start,
           let k = np.firstIndex(where: { tokens[$0].start >= m.end }), k + 1 < np.count,
           ["'s", "’s"].contains(cx.lower[np[k]]) || (["'", "’"].contains(cx.lower[np[k]]) && cx.lower[np[k + 1]] == "s"),
           case let from = ["'", "’"].contains(cx.lower[np[k]]) ? k + 2 : k + 1, from < np.count, np.count - from <= 3,
           np[from...].allSatisfy({ tokens[$0].isLowercase && tokens[$0].isWord }), let head = classes.last, !head.isDisjoint(with: [.bodyNoun, .groupNoun]) {
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: m.mention.entity)
        }
        // "A person familiar with the talks", "two officials close to the minister": an unnamed source, as written.
        if let k = classes.indices.first(where: { $0 >= 1 && classes[$0].contains(.anonymousLink) && classes[$0 - 1].contains(.anonymousHead) }),
           k + 1 < lower.count, k <= lead + 4 {
            // ("A person familiar with Westbourne's position" speaks for the body or person named after the link.)
            let party = inside.first { $0.start >= tokens[np[k]].end && $0.mention.kind != .place }
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: party?.mention.entity)
        }
        // "Residents of a Norwich suburb": a group before "of" heads the phrase, not the place after it.
        if lower.count > lead + 2, classes[lead].contains(.groupNoun), ["of", "from", "in"].contains(lower[lead + 1]),
           !inside.contains(where: { $0.start <= tokens[np[lead]].start && $0.end > tokens[np[lead]].start }) {
            return Speaker(name: word(lead), entity: nil, kind: nil)
        }
        // "Several Western embassies in Lusaka", "Japan's embassy in Manila": a body or group before
        // "in" heads the phrase (the source as written); the place only says where it is.
        if let k = lower.indices.first(where: { $0 > lead && ($0 + 1) < lower.count && (lower[$0] == "in" || lower[$0] == "at") }),
           case let head = lower[k - 1], tokens[np[k - 1]].isLowercase,
           !classes[k - 1].isDisjoint(with: [.bodyNoun, .groupNoun]) || ["embassy", "embassies", "consulate", "consulates"].contains(head)
            // (A role in a place, not in a body: "A senior official in the Alliance" speaks for the Alliance.)
            || (classes[k - 1].contains(.personRole) && inside.allSatisfy { $0.mention.kind == .place || $0.mention.kind == .country }),
           inside.allSatisfy({ m in m.start >= tokens[np[k]].end || m.mention.kind == .country }) {
            let country = inside.first { $0.end <= tokens[np[k]].start && $0.mention.kind == .country }
            // ("A Western diplomat in Bishkek": an unnamed source, whom "the diplomat" later stands for.)
            var sp = Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: country?.mention.entity)
            if classes[k - 1].contains(.personRole) { sp.role = head }
            return sp
        }
        let documentHead = classes[classes.count - 1].contains(.documentNoun) && tokens[last].isLowercase
        // "the Toronto-based company": the place only qualifies the head.
        let based = np.indices.compactMap { k -> Range<Int>? in
            Self.hasSuffix(lower[k], "based") ? (tokens[np[k]].start - 2)..<tokens[np[k]].end : nil
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
        // "Reed's family", "the Smiths' relatives": the kin speak, as written, for the person.
        if let m = named.max(by: { $0.end < $1.end }), m.mention.kind == .person,
           let k = np.firstIndex(where: { tokens[$0].start >= m.end }), k + 1 < np.count, tokens[np[k]].start == m.end,
           ["'s", "’s", "'", "’"].contains(cx.lower[np[k]]),
           case let from = cx.lower[np[k + 1]] == "s" ? k + 2 : k + 1, from < np.count, np.count - from <= 3,
           np[from...].allSatisfy({ tokens[$0].isLowercase && tokens[$0].isWord }), Self.kinNouns.contains(cx.lower[np[np.count - 1]]) {
            return Speaker(name: Self.written(np[lead...], tokens), entity: nil, kind: nil, side: m.mention.entity)
        }
        // The head of the phrase: the name nearest the verb ("Trump's envoy Keith Kellogg" -> Kellogg).
        if let m = named.max(by: { $0.end < $1.end }) {
            var sp = speaker(for: m.mention, entities: entities)
            sp.role = classes.firstIndex { $0.contains(.personRole) }.map { lower[$0] }
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
        if definite, lower.count <= 2, ReportingCues.reportNouns.contains(head), let r = salience.lastReporter { return r }
        // "The council rejects that. A spokesperson said ...": a spokesperson of nobody named speaks for the body just heard.
        if lower.count == 2, lower[0] == "a" || lower[0] == "the", Self.spokesRoles.contains(head),
           let body = salience.lastSpeaker, body.kind != .person {
            return Speaker(name: joinedWords(), entity: nil, kind: nil, side: body.side ?? body.asSide)
        }
        if classes[classes.count - 1].contains(.personRole), lower.first == "the" || lower.first == "his" || lower.first == "her" {
            // "The mayor said ..." with nobody named yet: the role as written is the source. One named
            // with that role before ("A senior official in the Alliance ... the official said") is that one.
            // ("Health Secretary X ... the minister said": one office, two names.)
            let named = salience.roleSpeakers[head] ?? Self.sameOffice[head]?.lazy.compactMap({ salience.roleSpeakers[$0] }).first
            return named ?? salience.lastPerson ?? (lower.first == "the" && lower.count <= 3 ? Speaker(name: joinedWords(), entity: nil, kind: nil) : nil)
        }
        // "the group" after "The Sahel Shield Forces (SSF), the paramilitary group": the body so described.
        if lower.count == 2, lower[0] == "the", let org = salience.described(head) { return org }
        // "The bank" after "the Bank of Ghana", "the union" after "the Aviators Union": the last organisation
        // named with that body noun as one of its words.
        if lower.count == 2, lower[0] == "the", Self.bodyNouns.contains(head), !Self.bodyHeads.contains(head), !Self.firmLike.contains(head),
           let org = salience.lastOrganizations.last(where: { SpaceWords.of(ClaimWords.lowercased($0.name)).contains { $0 == head } }) {
            return org
        }
        // "The Kyrgyz ministry": that country's ministry as named before, else as written, for the country.
        if lower.first == "the", Self.bodyHeads.contains(head), let country = inside.first(where: { $0.mention.kind == .country }) {
            let id = country.mention.entity
            return salience.lastOrganizations.last(where: { $0.side == id && ClaimWords.lowercased($0.name).contains(head) })
                ?? Speaker(name: Self.written(np[...], tokens), entity: nil, kind: nil, side: id)
        }
        if lower.first == "the", Self.bodyHeads.contains(head) || Self.firmLike.contains(head) {
            if let org = salience.lastOrganizations.last(where: { ($0.name.lowercased()).contains(head) }) { return org }
            // "The company": the last organisation, unless its name says it is another kind of body; "the
            // ministry" is only ever one named as a ministry (not the bank or news agency named before).
            if Self.firmLike.contains(head), let org = salience.lastOrganizations.last, case let name = ClaimWords.lowercased(org.name),
               !Self.bodyNouns.contains(where: { $0 != head && name.contains($0) }) { return org }
            // No body named yet: "The ministry" as written.
            if lower.count <= 3 { return Speaker(name: joinedWords(), entity: nil, kind: nil) }
        }
        // A named source as written: at least one content word, no pronoun, no preposition, a noun
        // head ("state news agencies", "Scientology officials"), not a lone function word. The
        // pronoun "I" is only ever upper-case ("the i" is a newspaper); "WHO" is no "who".
        for (k, l) in lower.enumerated() where !tokens[np[k]].isAllCaps {
            let c = cx.classes[np[k]]
            if (c.contains(.pronoun) && (l != "i" || word(k) == "I")) || c.contains(.preposition) { return nil }
        }
        // (A word of fewer than three bytes has fewer than three characters.)
        guard written.contains(where: { tokens[$0].text.utf8.count >= 3 && tokens[$0].text.count >= 3 }), word(0).first?.isNumber != true else { return nil }
        // A lone word must be a plural noun ("officials", "sources"), a group ("Officials", "media")
        // or an acronym ("WHO"); a lone capitalised word that no rule knows as a name is more likely
        // a sentence start than a source.
        if written.count == 1 {
            let t = tokens[np[0]]
            let acronym = t.isAllCaps && word(0).count <= 6 && !Self.pronouns.contains(head)
            guard (t.isLowercase && Self.hasSuffix(head, "s")) || classes[0].contains(.groupNoun) || acronym else { return nil }
        }
        if lower.first == "a" || lower.first == "an", np.count >= 2 { np.removeFirst() }
        // "A central bank official" after "the Bank of Ghana": a role of a body speaks for that body.
        let roleSide = !classes[classes.count - 1].isDisjoint(with: [.personRole, .sideRole]) ? side(of: np, cx, salience: salience) : nil
        return Speaker(name: Self.written(np[...], tokens), entity: nil, kind: nil, side: roleSide)
    }

    /// Words that open "one of the ...", "some of the ..." (`resolve`'s first rule).
    static let someOfWords: Set<String> = ["one", "two", "three", "some", "several", "many", "most"]

    /// `text.hasSuffix(suffix)` for an ASCII suffix: by bytes when the text is ASCII (each ASCII
    /// character but CR LF is one byte and one character), else by `hasSuffix`.
    @inline(__always)
    static func hasSuffix(_ text: String, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        var t = text
        let answer: Bool? = t.withUTF8 { b in
            if b.count < n { return false }
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            let s = suffix.utf8Start
            for k in 0..<n where b[b.count - n + k] != s[k] { return false }
            return true
        }
        return answer ?? text.hasSuffix(String(describing: suffix))
    }

    /// Tokens' text as written, spaced as in the source.
    static func written(_ np: ArraySlice<Int>, _ tokens: [Token]) -> String {
        var text = ""
        for i in np {
            if !text.isEmpty && tokens[i].spaceBefore { text += " " }
            text += tokens[i].text
        }
        return text
    }
}
