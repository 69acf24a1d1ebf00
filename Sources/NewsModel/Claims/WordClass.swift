// What a lower-cased token is to the claim rules, from one dictionary look-up per token: the
// rules test a bit where they would otherwise hash the word again for every list they consult.
extension ClaimExtractor {
    /// The word lists a lower-cased token belongs to. Each bit means exactly membership of the
    /// list it names, so `classes[k].contains(.negation)` is `ReportingCues.negations.contains(lower[k])`.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt64

        /// A reporting cue's first word (a reporting verb, "ruled", "pointed", "call", ...).
        static let cue = WordClass(rawValue: 1 << 0)
        /// `mutualVerbs`
        static let mutual = WordClass(rawValue: 1 << 1)
        /// "according"
        static let according = WordClass(rawValue: 1 << 2)
        /// "which", "who", "whom"
        static let relative = WordClass(rawValue: 1 << 3)
        /// `pointingNouns`
        static let pointing = WordClass(rawValue: 1 << 4)
        /// The words the clause rules of a sentence react to.
        static let clauseWords: WordClass = [.cue, .mutual, .according, .relative, .pointing]

        /// `ReportingCues.verbs` keys
        static let reportingVerb = WordClass(rawValue: 1 << 5)
        /// `ReportingCues.negations`
        static let negation = WordClass(rawValue: 1 << 6)
        /// `issuedDocuments`
        static let issuedDocument = WordClass(rawValue: 1 << 7)
        /// `skippedBeforeVerb`
        static let skippedBeforeVerb = WordClass(rawValue: 1 << 8)
        /// `subjectBoundaries`
        static let subjectBoundary = WordClass(rawValue: 1 << 9)
        /// `passiveAuxiliaries`
        static let passiveAuxiliary = WordClass(rawValue: 1 << 10)
        /// `finiteVerbs`
        static let finiteVerb = WordClass(rawValue: 1 << 11)
        /// `determiners`
        static let determiner = WordClass(rawValue: 1 << 12)
        /// `inNounPhrase`
        static let inNounPhrase = WordClass(rawValue: 1 << 13)
        /// `ReportingCues.personRoles`
        static let personRole = WordClass(rawValue: 1 << 14)
        /// `sideRoles`
        static let sideRole = WordClass(rawValue: 1 << 15)
        /// `ReportingCues.groupNouns`
        static let groupNoun = WordClass(rawValue: 1 << 16)
        /// `bodyNouns`
        static let bodyNoun = WordClass(rawValue: 1 << 17)
        /// `openingWords`
        static let openingWord = WordClass(rawValue: 1 << 18)
        /// `prepositions`
        static let preposition = WordClass(rawValue: 1 << 19)
        /// `pronouns`
        static let pronoun = WordClass(rawValue: 1 << 20)
        /// `ReportingCues.documentNouns`
        static let documentNoun = WordClass(rawValue: 1 << 21)
        /// `subjectPronouns`
        static let subjectPronoun = WordClass(rawValue: 1 << 22)
        /// "sued", "suing", "sues"
        static let suing = WordClass(rawValue: 1 << 23)
        /// `dashes`
        static let dash = WordClass(rawValue: 1 << 24)
        /// `openingQuotes`
        static let openingQuote = WordClass(rawValue: 1 << 25)
        /// ","
        static let comma = WordClass(rawValue: 1 << 26)
        /// `anonymousLinks`
        static let anonymousLink = WordClass(rawValue: 1 << 27)
        /// `anonymousHeads`
        static let anonymousHead = WordClass(rawValue: 1 << 28)

        /// Lower-cased words (and punctuation marks) with the lists they are on.
        static let table: [String: WordClass] = {
            var table: [String: WordClass] = [:]
            func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String {
                for w in words { table[w, default: []].insert(c) }
            }
            add(ReportingCues.verbs.keys, .cue)
            add(["ruled", "pointed", "call", "calls", "called", "calling", "maintained", "maintains", "put", "puts"], .cue)
            add(ClaimExtractor.mutualVerbs, .mutual)
            add(["according"], .according)
            add(["which", "who", "whom"], .relative)
            add(ClaimExtractor.pointingNouns, .pointing)
            add(ReportingCues.verbs.keys, .reportingVerb)
            add(ReportingCues.negations, .negation)
            add(ClaimExtractor.issuedDocuments, .issuedDocument)
            add(ClaimExtractor.skippedBeforeVerb, .skippedBeforeVerb)
            add(ClaimExtractor.subjectBoundaries, .subjectBoundary)
            add(ClaimExtractor.passiveAuxiliaries, .passiveAuxiliary)
            add(ClaimExtractor.finiteVerbs, .finiteVerb)
            add(ClaimExtractor.determiners, .determiner)
            add(ClaimExtractor.inNounPhrase, .inNounPhrase)
            add(ReportingCues.personRoles, .personRole)
            add(ClaimExtractor.sideRoles, .sideRole)
            add(ReportingCues.groupNouns, .groupNoun)
            add(ClaimExtractor.bodyNouns, .bodyNoun)
            add(ClaimExtractor.openingWords, .openingWord)
            add(ClaimExtractor.prepositions, .preposition)
            add(ClaimExtractor.pronouns, .pronoun)
            add(ReportingCues.documentNouns, .documentNoun)
            add(ClaimExtractor.subjectPronouns, .subjectPronoun)
            add(["sued", "suing", "sues"], .suing)
            add(ClaimExtractor.dashes, .dash)
            add(ClaimExtractor.openingQuotes, .openingQuote)
            add([","], .comma)
            add(ClaimExtractor.anonymousLinks, .anonymousLink)
            add(ClaimExtractor.anonymousHeads, .anonymousHead)
            return table
        }()

        /// The ASCII words of `table` by their bytes (ids into `asciiClasses`): a token's look-up
        /// hashes a few bytes instead of the string.
        private static let asciiTable: ByteTable = {
            var bytes = ByteTable()
            bytes.reserve(asciiWords.count)
            for (i, w) in asciiWords.enumerated() { bytes.insert(Array(w.utf8), Int32(i), flags: 0) }
            return bytes
        }()
        private static let asciiWords: [String] = table.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.sorted()
        private static let asciiClasses: [WordClass] = asciiWords.map { table[$0]! }

        /// The lists of an ASCII lower-cased token given as `count` (at least one) bytes at `p`,
        /// and the word of the table it is (nil when it is on no list), with `readable` bytes
        /// readable from `p` (eight or more: its first eight read at once). `words` is `asciiWordList`.
        @inline(__always)
        static func lookUp(ascii p: UnsafePointer<UInt8>, _ count: Int, readable: Int, words: [String]) -> (WordClass, String?) {
            let prefix = readable >= 8 ? ByteTable.prefix8(p, count) : ByteTable.prefix(p, count)
            let id = asciiTable.find(p, count, prefix: prefix).id
            return id < 0 ? ([], nil) : (asciiClasses[Int(id)], words[Int(id)])
        }
        /// The ASCII words of the lists, by id (for `lookUp(ascii:)`).
        static var asciiWordList: [String] { asciiWords }

        /// The lists of an ASCII lower-cased token given as `count` (at least one) bytes at `p`,
        /// with `readable` bytes readable from `p` (eight or more: its first eight read at once).
        @inline(__always)
        static func of(ascii p: UnsafePointer<UInt8>, _ count: Int, readable: Int) -> WordClass {
            let prefix = readable >= 8 ? ByteTable.prefix8(p, count) : ByteTable.prefix(p, count)
            let id = asciiTable.find(p, count, prefix: prefix).id
            return id < 0 ? [] : asciiClasses[Int(id)]
        }

        /// The lists `lower` (a lower-cased token) is on.
        /// (An ASCII string equals a key only if it has the key's bytes: no key holds one of the
        /// few non-ASCII characters equivalent to an ASCII one. Other text goes through `table`,
        /// which compares as `String` does.)
        static func of(_ lower: String) -> WordClass {
            var text = lower
            return text.withUTF8 { b in
                guard let p = b.baseAddress, !b.isEmpty, !b.contains(where: { $0 >= 0x80 }) else { return table[lower] ?? [] }
                let id = asciiTable.find(p, b.count).id
                return id < 0 ? [] : asciiClasses[Int(id)]
            }
        }
    }
}
