import Foundation

/// What a known phrase refers to.
struct GazetteerEntry: Sendable, Hashable {
    var id: String
    var name: String
    var kind: EntityKind
    var form: MentionForm
    /// Country entity ids it belongs to (for a country: itself).
    var countries: [String]
}

/// What the rules read of a phrase's entries, in four bytes (one cache line holds sixteen).
struct PhraseInfo: Sendable {
    /// Whether there is a preferred entry (there always is: a phrase has at least one entry).
    var hasBest: Bool
    /// Kind and form of the preferred entry.
    var kind: EntityKind
    var form: MentionForm
    /// Whether one of its entries is a country or an organisation.
    var countryOrOrganization: Bool
}

/// A person title or role ("President", "Foreign Minister", "spokesman").
struct TitleInfo: Sendable, Hashable {
    var title: String
    /// A demonym plus this title names one person ("Russian President").
    var headOf: Bool
    /// Honorifics (Mr., Dr.) are not roles.
    var honorific: Bool
    /// The plural form ("Presidents Putin and Trump"), which names no single person.
    var plural = false
    /// Titles that are the same but for case share a group ("President", "president").
    var group: Int32 = -1
}

/// The gazetteers and lexicons, loaded once from the package's resource files
/// (Resources/Gazetteer; sources and licences in its SOURCES.md).
public final class Gazetteer: Sendable {
    /// Every known word, with what it is (stopword, given name, country name...).
    let words: WordTable
    /// Phrases by word ids.
    let phrases: PhraseTrie<[GazetteerEntry]>
    /// Titles, by the ids of their lower-cased words.
    let titles: PhraseTrie<TitleInfo>
    /// Per phrase value: what the rules read of the entry they prefer (countries, then
    /// organisations, places, people; names before demonyms), as plain values.
    let phraseInfo: [PhraseInfo]
    /// Per phrase value: the countries, id and name of its preferred entry.
    let bestCountries: [[String]]
    let bestID: [String]
    let bestName: [String]
    /// Per phrase value: the country of its first place or country entry ("Kursk" -> Russia).
    let placeCountry: [String?]
    /// Per phrase value: the id of its first country entry.
    let countryEntry: [String?]
    /// Country id -> canonical name.
    let countryNames: [String: String]
    /// A sovereign country's capital place id -> the country's id ("place/bishkek" -> "country/kg"):
    /// capitals stand for their governments in news prose ("Moscow denied ...").
    let countryByCapital: [String: String]
    /// Lower-cased word ids of words before a title that make it another holder's: "deputy", "former".
    let otherHolder: Set<Int32>
    /// Per title value: its `TitleInfo.group`, as a plain array.
    let titleGroup: [Int32]

    /// The gazetteer built from the bundled resource files.
    public static let shared: Gazetteer = Gazetteer(folder: Bundle.module.url(forResource: "Gazetteer", withExtension: nil))

    /// Number of phrases and words known, for reports and benchmarks.
    public var phraseCount: Int { phrases.count }

    func isStopword(_ word: String) -> Bool { words.has(word, .stopword) }
    func isGivenName(_ word: String) -> Bool { words.has(word, .givenName) }
    func isSurname(_ word: String) -> Bool { words.has(word, .surname) }

    init(folder: URL?) {
        let table = WordTable()
        var phrases = PhraseTrie<[GazetteerEntry]>()
        var titles = PhraseTrie<TitleInfo>()
        var countryNames: [String: String] = [:]
        var countryLookup: [String: String] = [:]
        var countryByCapital: [String: String] = [:]
        func add(_ surface: String, _ entry: GazetteerEntry) {
            let ids = Tokenizer.tokenize(surface).map { table.intern($0.text) }
            guard let first = ids.first else { return }
            table.mark(first, .phraseStart)
            phrases.insert(ids, [entry]) { existing, new in
                if !existing.contains(new) { existing.append(contentsOf: new) }
            }
        }
        let rows = { (name: String) -> [TSV.Row] in
            guard let folder else { return [] }
            return TSV.read(folder.appendingPathComponent(name))
        }
        func list(_ s: String?) -> [String] { TSV.list(s) }

        for row in rows("countries.tsv") {
            guard let iso = row["iso2"]?.lowercased(), let name = row["name"], !iso.isEmpty else { continue }
            let id = "country/\(iso)"
            countryNames[id] = name
            let entry = GazetteerEntry(id: id, name: name, kind: .country, form: .name, countries: [id])
            for surface in [name] + list(row["aliases"]) {
                add(surface, entry)
                countryLookup[surface.lowercased()] = id
            }
            for demonym in list(row["demonyms"]) {
                add(demonym, GazetteerEntry(id: id, name: name, kind: .country, form: .demonym, countries: [id]))
                countryLookup[demonym.lowercased()] = countryLookup[demonym.lowercased()] ?? id
            }
            if row["sovereign"] == "1" {
                for capital in list(row["capitals"]) { countryByCapital["place/" + Slug.make(capital)] = id }
            }
        }
        for row in rows("places.tsv") {
            guard let name = row["name"], !name.isEmpty else { continue }
            let countries = (row["country"] ?? "").isEmpty ? [] : ["country/\(row["country"]!.lowercased())"]
            let entry = GazetteerEntry(id: "place/\(Slug.make(name))", name: name, kind: .place, form: .name, countries: countries)
            for surface in [name] + list(row["aliases"]) { add(surface, entry) }
        }
        for row in rows("organizations.tsv") {
            guard let name = row["name"], !name.isEmpty else { continue }
            let code = (row["country"] ?? "").uppercased()
            let countries = code.count == 2 && code != "ZZ" && code != "EU" ? ["country/\(code.lowercased())"] : []
            let entry = GazetteerEntry(id: "organization/\(Slug.make(name))", name: name, kind: .organization, form: .name, countries: countries)
            for surface in [name] + list(row["aliases"]) { add(surface, entry) }
        }
        // People prominent in world news: full names, spelling variants and unambiguous surnames.
        for row in rows("people.tsv") {
            guard let name = row["name"], !name.isEmpty else { continue }
            let code = (row["country"] ?? "").lowercased()
            let entry = GazetteerEntry(id: "person:" + NameKey.person(name), name: name, kind: .person, form: .name,
                                       countries: code.count == 2 ? ["country/\(code)"] : [])
            for surface in [name] + list(row["aliases"]) { add(surface, entry) }
        }
        var titleGroups: [String: Int32] = [:]
        for row in rows("person_titles.tsv") {
            guard let title = row["title"], !title.isEmpty else { continue }
            let lower = title.lowercased()
            let group = titleGroups[lower] ?? Int32(titleGroups.count)
            titleGroups[lower] = group
            let info = TitleInfo(title: title, headOf: row["head_of"] == "1", honorific: row["kind"] == "honorific", group: group)
            let words = Tokenizer.tokenize(title).map { $0.text.lowercased() }
            func insert(_ words: [String], _ info: TitleInfo) {
                let ids = words.map { table.intern($0) }
                titles.insert(ids, info) { _, _ in }
                if let first = ids.first { table.mark(first, .titleStart) }
            }
            insert(words, info)
            // "Presidents Putin and Trump", "Foreign Ministers Lavrov and Sybiha".
            if let last = words.last, last.count > 3, !last.hasSuffix("s"), !last.hasSuffix(".") {
                var plural = info
                plural.plural = true
                insert(Array(words.dropLast()) + [last + "s"], plural)
            }
        }
        let otherHolder = Set(["deputy", "vice", "former", "ex", "acting", "assistant", "interim", "late", "then", "next", "new", "future"]
            .map { table.intern($0) })
        for row in rows("given_names.tsv") {
            if let name = row["name"], !name.isEmpty { table.mark(name, .givenName) }
        }
        for row in rows("surnames.tsv") {
            if let name = row["name"], !name.isEmpty { table.mark(name, .surname) }
        }
        if let folder, let text = try? String(contentsOf: folder.appendingPathComponent("stopwords_capitalized.txt"), encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let w = line.trimmingCharacters(in: .whitespaces)
                if !w.isEmpty && !w.hasPrefix("#") { table.mark(w, .stopword) }
            }
        }
        for (word, country) in countryLookup { table.setCountry(word, country) }
        for w in Lexicon.organizationHeads { table.mark(w, .organizationHead) }
        for w in Lexicon.organizationLeads { table.mark(w, .organizationLead) }
        for w in Lexicon.placeHeads { table.mark(w, .placeHead) }
        for w in Lexicon.connectors { table.mark(w, .connector) }
        for w in Lexicon.nameParticles { table.mark(w, .nameParticle) }
        for w in Lexicon.regionWords { table.mark(w, .regionWord) }
        for w in Lexicon.sportsTerms { table.mark(w, .sportsTerm) }
        for w in Lexicon.nameModifiers { table.mark(w, .nameModifier) }
        for w in Lexicon.surnamePlaceHeads { table.mark(w, .surnameHead) }
        for w in Lexicon.organizationContext { table.mark(w, .organizationContext) }
        table.finish()

        let order: [EntityKind: Int] = [.country: 0, .organization: 1, .place: 2, .person: 3]
        let bestEntry = phrases.values.map { entries in
            entries.min { a, b in
                (a.form == .demonym ? 1 : 0, order[a.kind] ?? 9) < (b.form == .demonym ? 1 : 0, order[b.kind] ?? 9)
            }
        }
        phraseInfo = zip(bestEntry, phrases.values).map { best, entries in
            PhraseInfo(hasBest: best != nil, kind: best?.kind ?? .place, form: best?.form ?? .name,
                       countryOrOrganization: entries.contains { $0.kind == .country || $0.kind == .organization })
        }
        bestCountries = bestEntry.map { $0?.countries ?? [] }
        bestID = bestEntry.map { $0?.id ?? "" }
        bestName = bestEntry.map { $0?.name ?? "" }
        placeCountry = phrases.values.map { entries in entries.first { $0.kind == .place || $0.kind == .country }?.countries.first }
        countryEntry = phrases.values.map { entries in entries.first(where: { $0.kind == .country })?.id }
        self.words = table
        self.phrases = phrases
        self.titles = titles
        self.countryNames = countryNames
        self.countryByCapital = countryByCapital
        self.otherHolder = otherHolder
        self.titleGroup = titles.values.map(\.group)
    }
}

/// Reads a tab-separated file with one header row.
///
/// Works on the file's bytes: tabs and line feeds are control characters, so they are grapheme
/// clusters of their own and splitting at their bytes gives the cells splitting the text at
/// those characters did (the files have no carriage returns), at a tenth of the cost.
enum TSV {
    /// A row: its cells by the header's column names, as a dictionary of them would give them
    /// (for a name given to several columns, the last one the row has).
    struct Row {
        /// The whole file, shared by its rows, and this row's cells as ranges of it.
        let bytes: [UInt8]
        let cells: [Range<Int>]
        let columns: [String: [Int]]

        subscript(key: String) -> String? {
            guard let positions = columns[key] else { return nil }
            for i in positions.reversed() where i < cells.count { return String(decoding: bytes[cells[i]], as: UTF8.self) }
            return nil
        }
    }

    static func read(_ url: URL) -> [Row] {
        // Unreadable or not UTF-8: no rows (as `String(contentsOf:encoding:)` failing gave).
        guard let data = try? Data(contentsOf: url) else { return [] }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else { return [] }
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if i > start { lines.append(start..<i) }
            start = i + 1
        }
        if bytes.count > start { lines.append(start..<bytes.count) }
        guard let headerLine = lines.first else { return [] }
        func cells(_ line: Range<Int>) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var start = line.lowerBound
            for i in line where bytes[i] == 0x09 {
                out.append(start..<i)
                start = i + 1
            }
            out.append(start..<line.upperBound)
            return out
        }
        var columns: [String: [Int]] = [:]
        for (i, cell) in cells(headerLine).enumerated() { columns[String(decoding: bytes[cell], as: UTF8.self), default: []].append(i) }
        return lines.dropFirst().compactMap { line -> Row? in
            // "#" is a character of its own unless a combining mark follows it.
            if bytes[line.lowerBound] == 0x23 && String(decoding: bytes[line], as: UTF8.self).hasPrefix("#") { return nil }
            return Row(bytes: bytes, cells: cells(line), columns: columns)
        }
    }

    /// The items of a "|"-separated list, trimmed of whitespace, empty ones left out.
    static func list(_ s: String?) -> [String] {
        guard var s else { return [] }
        // Split at the bytes of "|" unless a non-ASCII scalar is next to one (it could join it in
        // one grapheme cluster, which splitting at the character would not split).
        let bytes = s.withUTF8 { Array($0) }
        let joined = bytes.indices.contains { i in
            bytes[i] == 0x7C && ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80))
        }
        if joined { return s.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        var out: [String] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x7C {
            let item = trimmed(bytes[start..<i])
            if !item.isEmpty { out.append(item) }
            start = i + 1
        }
        return out
    }

    /// `trimmingCharacters(in: .whitespaces)` of UTF-8 bytes: ASCII spaces and tabs cut here,
    /// Foundation asked only when a non-ASCII scalar ends the text (it may be a space).
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        let text = String(decoding: bytes[lo..<hi], as: UTF8.self)
        if lo < hi && (bytes[lo] >= 0x80 || bytes[hi - 1] >= 0x80) { return text.trimmingCharacters(in: .whitespaces) }
        return text
    }
}

/// Stable ASCII slugs for entity ids: "Vladimir Putin" -> "vladimir-putin".
public enum Slug {
    public static func make(_ text: String) -> String {
        if let slug = ascii(text, prefix: "") { return slug }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var dash = false
        for s in folded.unicodeScalars {
            if s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil) {
                out.unicodeScalars.append(s)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// `prefix` + `make(text)`, built at once ("org:" + slug).
    static func make(_ text: String, prefix: StaticString) -> String {
        ascii(text, prefix: prefix) ?? prefix.description + make(text)
    }

    /// The slug of ASCII text, worked out on bytes (folding leaves ASCII lower-cased, nothing
    /// more); nil for other text.
    private static func ascii(_ text: String, prefix: StaticString) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            for c in b where c >= 0x80 { return nil }
            let p = prefix.utf8CodeUnitCount
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p + b.count + 1) { buffer in
                let out = buffer.baseAddress!
                for i in 0..<p { out[i] = prefix.utf8Start[i] }
                var m = p
                var dash = false
                for c in b {
                    let lower = c &- 0x41 < 26 ? c | 0x20 : c
                    if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
                        out[m] = lower
                        m += 1
                        dash = false
                    } else if !dash && m > p {
                        out[m] = 0x2D
                        m += 1
                        dash = true
                    }
                }
                while m > p && out[m - 1] == 0x2D { m -= 1 }
                if m == p {
                    out[m] = 0x78 // "x"
                    m += 1
                }
                return String(decoding: UnsafeBufferPointer(start: out, count: m), as: UTF8.self)
            }
        }
    }
}
