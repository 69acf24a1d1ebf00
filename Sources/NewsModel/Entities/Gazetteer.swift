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

/// A person title or role ("President", "Foreign Minister", "spokesman").
struct TitleInfo: Sendable, Hashable {
    var title: String
    /// A demonym plus this title names one person ("Russian President").
    var headOf: Bool
    /// Honorifics (Mr., Dr.) are not roles.
    var honorific: Bool
}

/// The gazetteers and lexicons, loaded once from the package's resource files
/// (Resources/Gazetteer; sources and licences in its SOURCES.md).
public final class Gazetteer: Sendable {
    let phrases: PhraseTrie<[GazetteerEntry]>
    /// Titles, keyed by lower-cased tokens.
    let titles: PhraseTrie<TitleInfo>
    let givenNames: Set<String>
    let surnames: Set<String>
    let stopwords: Set<String>
    /// Country id -> canonical name.
    let countryNames: [String: String]
    /// Lower-cased country names, aliases and demonyms -> country id (for affiliations like "Kursk region").
    let countryLookup: [String: String]

    /// The gazetteer built from the bundled resource files.
    public static let shared: Gazetteer = Gazetteer(folder: Bundle.module.url(forResource: "Gazetteer", withExtension: nil))

    /// Number of phrases and words known, for reports and benchmarks.
    public var phraseCount: Int { phrases.count }

    init(folder: URL?) {
        var phrases = PhraseTrie<[GazetteerEntry]>()
        var titles = PhraseTrie<TitleInfo>()
        var countryNames: [String: String] = [:]
        var countryLookup: [String: String] = [:]
        func add(_ surface: String, _ entry: GazetteerEntry) {
            let words = Tokenizer.tokenize(surface).map(\.text)
            guard !words.isEmpty else { return }
            phrases.insert(words, [entry]) { existing, new in
                if !existing.contains(new) { existing.append(contentsOf: new) }
            }
        }
        let rows = { (name: String) -> [[String: String]] in
            guard let folder else { return [] }
            return TSV.read(folder.appendingPathComponent(name))
        }
        func list(_ s: String?) -> [String] {
            (s ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

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
        for row in rows("person_titles.tsv") {
            guard let title = row["title"], !title.isEmpty else { continue }
            let info = TitleInfo(title: title, headOf: row["head_of"] == "1", honorific: row["kind"] == "honorific")
            let words = Tokenizer.tokenize(title).map { $0.text.lowercased() }
            titles.insert(words, info) { _, _ in }
            // "Presidents Putin and Trump", "Foreign Ministers Lavrov and Sybiha".
            if let last = words.last, last.count > 3, !last.hasSuffix("s"), !last.hasSuffix(".") {
                titles.insert(Array(words.dropLast()) + [last + "s"], info) { _, _ in }
            }
        }
        func names(_ file: String) -> Set<String> {
            Set(rows(file).compactMap { $0["name"] }.filter { !$0.isEmpty })
        }
        givenNames = names("given_names.tsv")
        surnames = names("surnames.tsv")
        var stop: Set<String> = []
        if let folder, let text = try? String(contentsOf: folder.appendingPathComponent("stopwords_capitalized.txt"), encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let w = line.trimmingCharacters(in: .whitespaces)
                if !w.isEmpty && !w.hasPrefix("#") { stop.insert(w) }
            }
        }
        stopwords = stop
        self.phrases = phrases
        self.titles = titles
        self.countryNames = countryNames
        self.countryLookup = countryLookup
    }
}

/// Reads a tab-separated file with one header row into dictionaries.
enum TSV {
    static func read(_ url: URL) -> [[String: String]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.compactMap { line -> [String: String]? in
            if line.hasPrefix("#") { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            var row: [String: String] = [:]
            for (i, key) in header.enumerated() where i < cols.count { row[key] = String(cols[i]) }
            return row
        }
    }
}

/// Stable ASCII slugs for entity ids: "Vladimir Putin" -> "vladimir-putin".
public enum Slug {
    public static func make(_ text: String) -> String {
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
}
