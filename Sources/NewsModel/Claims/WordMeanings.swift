import Foundation

// What each word of a claim means to the conflict rules (a topic term, a negation, a denial's
// scope, a pole or frame of the dispute lexicon), worked out once per process and word.
extension ConflictFinder {
    /// What a distinct lower-cased word means to a profile, worked out once per chunk.
    struct WordInfo {
        /// The topic term it gives when not capitalised (a local term id), or -1.
        var term: Int32 = -1
        var refuting = false
        var negation = false
        var accuses = false
        var firstPerson = false
        var numberStart = false
        /// DisputeLexicon pole and frame ids, or -1; whether it opens a two-word frame name.
        var pole: Int32 = -1
        var frame: Int32 = -1
        var frameFirst = false
        /// "not", "never": negates the next few words; "denied", "rejects": everything after it.
        var scope: Scope = .none
        /// "allegations", "report", "which": names what is disputed by reference.
        var reference = false
        /// "true", "accurate": a refutation when negated.
        var truth = false
        /// A change with a value of its own ("doubled") or a fraction ("third"): a figure without digits.
        var figure = false
        /// One of `scopePrepositions`; one of `ReportingCues.pointingPronouns`; "such" (so the
        /// profile builds no string for the words of most claims).
        var scopePreposition = false
        var pointing = false
        var such = false

        enum Scope { case none, short, rest }
    }


    /// What a word means to the rules, with its topic term as text (interned per search).
    struct WordMeaning {
        var info: WordInfo
        var term: String?
    }

    /// The meaning of one lower-cased word, as the rules read it.
    static func meaning(_ w: String) -> WordMeaning {
        var word = w
        var term: String? = nil
        var info: WordInfo
        if let ascii = word.withUTF8({ asciiWordInfo($0, w, term: &term) }) {
            info = ascii
        } else {
            info = otherWordInfo(w, term: &term)
        }
        let lexicon = DisputeLexicon.shared
        // Words making one point share a term: a denial of "received" meets "returned by mail".
        if let point = lexicon.point[w] { term = "@" + point }
        info.pole = lexicon.pole[w] ?? -1
        info.frame = lexicon.frame[w] ?? -1
        info.frameFirst = lexicon.frameFirst.contains(w)
        if shortScope.contains(w) { info.scope = .short } else if restScope.contains(w) { info.scope = .rest }
        info.reference = referenceWords.contains(w)
        info.truth = truthWords.contains(w)
        info.figure = changeWords[w]?.1 ?? 0 != 0 || fractions[w] != nil
        info.scopePreposition = scopePrepositions.contains(w)
        info.pointing = ReportingCues.pointingPronouns.contains(w)
        info.such = w == "such"
        return WordMeaning(info: info, term: term)
    }

    /// Three-letter words that carry a topic ("fee", "tax", "war"); other short words are function words.
    static let shortTerms: Set<String> = ["fee", "tax", "war", "oil", "gas", "pay", "ban", "aid", "gun", "job", "law", "car", "sea",
                                          "air", "arm", "vote", "pit", "dam", "ore", "rig", "gay", "age", "bid", "cut", "hit", "fed",
                                          "bomb", "ice", "map", "art"]

    /// Words negating the next few words, and verbs denying all that follows them.
    static let shortScope: Set<String> = ["not", "never", "no", "n't", "nor", "neither", "nobody", "nothing", "none", "cannot"]
    static let restScope: Set<String> = ["denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting",
                                         "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes", "contested", "contests"]
    /// Prepositions that end a negation's point ("no shots were fired | during the detention").
    static let scopePrepositions: Set<String> = ["during", "in", "at", "on", "after", "before", "since", "until", "within", "while", "from"]
    /// Words that may follow a pointing object and leave it bare ("disputed that as well").
    static let afterPointer: Set<String> = ["all", "as", "well", "too", "also", "again", "either", "outright", "entirely"]
    /// Words between a denial verb and what it points back to ("denied all the allegations").
    /// Nouns that point back at a charge ("denied the allegations").
    static let chargeNouns: Set<String> = ["allegation", "allegations", "accusation", "accusations", "charge", "charges"]
    /// Nouns that point back at a figure ("rejected that calculation").
    static let figureNouns: Set<String> = ["figure", "figures", "number", "numbers", "estimate", "estimates", "calculation",
                                           "calculations", "count", "toll", "tally", "total", "turnout", "attendance", "statistics",
                                           "projection", "projections", "forecast"]
    /// Words a negation turns into "false" ("not true").
    static let truthWords: Set<String> = ["true", "correct", "accurate", "right", "factual", "truthful"]
    /// Forms of "happen" a negation turns into "that did not take place".
    static let happenWords: Set<String> = ["happen", "happened", "occur", "occurred"]

    /// "That is not what happened", "That never happened", "It did not happen": a short answer opening
    /// with a word pointing back, whose negation covers the event itself. The index of the negation, or nil.
    static func pointedEventDenial(_ lower: [String]) -> Int? {
        guard lower.count >= 3, lower.count <= 14, ReportingCues.pointingPronouns.contains(lower[0]) else { return nil }
        // (The event word ends its clause: "that has never happened before" only says it is new.)
        for k in 1..<lower.count where happenWords.contains(lower[k]) && (k == lower.count - 1 || ["and", "but"].contains(lower[k + 1])) {
            // (The negation within three words before: "is not what happened", "did not happen", "never happened".)
            if let n = (max(1, k - 3)..<k).first(where: { ["not", "n't", "never", "didn't", "didn’t", "wasn't", "isn't"].contains(lower[$0]) }) { return n }
        }
        return nil
    }

    /// Nouns for a report that has a source of its own ("called the report false").
    static let sourceNouns: Set<String> = ["report", "reports", "story", "stories", "rumour", "rumours", "rumor", "rumors", "findings",
                                           "analysis", "ruling", "decision", "verdict", "study", "article", "statement"]
    static let determinersBeforeReference: Set<String> = ["the", "a", "an", "these", "those", "such", "any", "all", "his", "her", "their", "its", "our", "as"]

    /// Words by which a denial names what it denies without restating it.
    static let referenceWords: Set<String> = [
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports", "charge", "charges",
        "story", "stories", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions", "suggestion", "suggestions",
        "speculation", "account", "accounts", "version", "figure", "figures", "estimate", "estimates", "description",
        "characterisation", "characterization", "findings", "conclusions", "conclusion", "ruling", "decision", "verdict",
        "criticism", "criticisms", "complaints", "objections", "warnings", "concerns", "calculation", "calculations",
        "interpretation", "analysis", "portrayal", "this", "that", "it", "which", "these", "those", "them",
        // ("disputes the barrier count", "rejected the death toll", "disputed the turnout")
        "count", "tally", "toll", "total", "turnout", "attendance", "statistics", "projection", "projections", "forecast",
    ]

    static func otherWordInfo(_ w: String, term: inout String?) -> WordInfo {
        var info = WordInfo()
        if w.count >= 4 || shortTerms.contains(w), !TopicTerms.stop.contains(w) {
            let t = TopicTerms.stem(w)
            // Reporting and accusing verbs are how claims are made, not what they are about.
            if !verbStems.contains(t) && !ReportingCues.accusing.contains(where: { t.hasPrefix($0) }) { term = t }
        }
        info.refuting = ReportingCues.refuting.contains(w)
        info.negation = ReportingCues.negations.contains(w)
        info.accuses = ReportingCues.accusing.contains { w.hasPrefix($0) }
        info.firstPerson = w == "i" || w == "we" || w == "my" || w == "our"
        // ("nine and a half hours": numbers written as words give figures too.)
        info.numberStart = w.first?.isNumber == true || numberNames[w] != nil
        return info
    }

    /// Words of the stop, refuting, negation and first-person lists, with a bit for each.
    static let listedWords: [String: UInt8] = {
        var out: [String: UInt8] = [:]
        for w in TopicTerms.stop { out[w, default: 0] |= 1 }
        for w in ReportingCues.refuting { out[w, default: 0] |= 2 }
        for w in ReportingCues.negations { out[w, default: 0] |= 4 }
        for w in ["i", "we", "my", "our"] { out[w, default: 0] |= 8 }
        return out
    }()

    /// The accusing stems' bytes; nil unless all are ASCII (then byte prefixes are `hasPrefix`).
    static let accusingBytes: [[UInt8]]? = ReportingCues.accusing.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        ? ReportingCues.accusing.map { Array($0.utf8) } : nil

    static func hasAccusingPrefix(_ b: UnsafeBufferPointer<UInt8>, _ stems: [[UInt8]]) -> Bool {
        for stem in stems where stem.count <= b.count {
            var k = 0
            while k < stem.count && stem[k] == b[k] { k += 1 }
            if k == stem.count { return true }
        }
        return false
    }

    /// `wordInfo` of an ASCII word, from its bytes (nil for other text): for ASCII, counts,
    /// prefixes and suffixes of characters are those of bytes.
    static func asciiWordInfo(_ b: UnsafeBufferPointer<UInt8>, _ w: String, term: inout String?) -> WordInfo? {
        guard let stems = accusingBytes, !b.contains(where: { $0 >= 0x80 }) else { return nil }
        var info = WordInfo()
        let listed = listedWords[w] ?? 0
        if (b.count >= 4 || shortTerms.contains(w)) && listed & 1 == 0 {
            var t = TopicTerms.stemASCII(b)
            let accusing = t.withUTF8 { hasAccusingPrefix($0, stems) }
            if !verbStems.contains(t) && !accusing { term = t }
        }
        info.refuting = listed & 2 != 0
        info.negation = listed & 4 != 0
        info.accuses = hasAccusingPrefix(b, stems)
        info.firstPerson = listed & 8 != 0
        info.numberStart = (b.first.map { $0 &- 0x30 < 10 } ?? false) || numberNames[w] != nil
        return info
    }
}
