import Foundation

/// A deterministic synthetic corpus of news articles for benchmarks: headlines, standfirsts and
/// paragraphs of wire-style prose about people (given names and surnames from the gazetteer's
/// name tables, with titles and later surname-only references), countries and demonyms, cities
/// and regions, organisations and outlets, quotes with attributions, disputes and figures.
///
/// The same `articles` and `seed` always give the same text (a SplitMix64 generator, no system
/// randomness), so runs on different machines and days measure the same work. Articles are built
/// as seed-format text and read with `ArticleParser.parse`, so parsing is real.
public enum SyntheticCorpus {
    /// The default seed of `newstui bench`.
    public static let defaultSeed: UInt64 = 0x6E65_7773_7475_6901

    /// `count` articles of about 3-5 KB each.
    public static func generate(articles count: Int, seed: UInt64 = defaultSeed) -> [Article] {
        texts(articles: count, seed: seed).enumerated().compactMap { i, text in
            try? ArticleParser.parse(text, id: fileName(i))
        }
    }

    /// The source texts of `generate` (seed format), for writing the corpus to files.
    public static func texts(articles count: Int, seed: UInt64 = defaultSeed) -> [String] {
        let vocabulary = Vocabulary.load()
        var rng = SplitMix64(seed: seed)
        return (0..<max(0, count)).map { _ in
            // Each article draws its own stream, so article k is the same whatever the count.
            var local = SplitMix64(seed: rng.next())
            var writer = ArticleWriter(vocabulary: vocabulary)
            return writer.write(&local)
        }
    }

    /// The file name of article `i` when the corpus is written out.
    public static func fileName(_ i: Int) -> String {
        let digits = String(i)
        return "synthetic-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".txt"
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast and fully deterministic.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int {
        Int(UInt64(n).multipliedFullWidth(by: next()).high)
    }

    /// A number in the closed range.
    mutating func inRange(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// The names the generator draws from, read from the gazetteer's resource files (sorted, so the
/// order never depends on hashing).
struct Vocabulary: Sendable {
    struct Country: Sendable {
        var name: String
        var demonym: String
        var plural: String
        var capital: String
    }
    struct Place: Sendable {
        var name: String
        var country: String
    }

    var givenNames: [String] = []
    var surnames: [String] = []
    var countries: [Country] = []
    var cities: [Place] = []
    var regions: [Place] = []
    /// Titles a demonym can lead ("Russian Foreign Minister").
    var headTitles: [String] = []
    /// Roles written after a name or before it in lower case ("spokesman", "adviser").
    var roles: [String] = []
    var outlets: [String] = []
    var agencies: [String] = []
    var institutions: [String] = []

    static func load() -> Vocabulary {
        let folder = Bundle.module.url(forResource: "Gazetteer", withExtension: nil)
        func rows(_ name: String) -> [TSV.Row] {
            guard let folder else { return [] }
            return TSV.read(folder.appendingPathComponent(name))
        }
        func weighted(_ file: String, minimum: Double) -> [String] {
            let names = rows(file).compactMap { row -> String? in
                guard let name = row["name"], !name.isEmpty, Double(row["weight"] ?? "") ?? 0 >= minimum else { return nil }
                return name
            }
            return Array(Set(names)).sorted()
        }
        var v = Vocabulary()
        v.givenNames = weighted("given_names.tsv", minimum: 0.02)
        v.surnames = weighted("surnames.tsv", minimum: 0.004)
        var countryNames: [String: String] = [:]
        for row in rows("countries.tsv") where row["sovereign"] == "1" {
            guard let name = row["name"], let iso = row["iso2"], !name.isEmpty, name.count <= 14 else { continue }
            let demonyms = (row["demonyms"] ?? "").split(separator: "|").map(String.init)
            guard let demonym = demonyms.first, let capital = (row["capitals"] ?? "").split(separator: "|").first else { continue }
            countryNames[iso] = name
            let plural = demonyms.dropFirst().last { $0.hasSuffix("s") } ?? (demonym.hasSuffix("s") ? demonym : demonym + "s")
            v.countries.append(Country(name: name, demonym: demonym, plural: plural, capital: String(capital)))
        }
        v.countries.sort { $0.name < $1.name }
        for row in rows("places.tsv") {
            guard let name = row["name"], let code = row["country"], let country = countryNames[code],
                  let population = Int(row["population"] ?? "") else { continue }
            if row["kind"] == "city" && population >= 400_000 {
                v.cities.append(Place(name: name, country: country))
            } else if row["kind"] == "region" && population >= 2_000_000 {
                v.regions.append(Place(name: name, country: country))
            }
        }
        if v.regions.count < 20 {
            for row in rows("places.tsv") where row["kind"] == "region" {
                guard let name = row["name"], let code = row["country"], let country = countryNames[code], name.count <= 20 else { continue }
                v.regions.append(Place(name: name, country: country))
                if v.regions.count >= 400 { break }
            }
        }
        v.cities.sort { $0.name < $1.name }
        v.regions.sort { $0.name < $1.name }
        for row in rows("person_titles.tsv") {
            guard let title = row["title"], !title.isEmpty, !title.hasSuffix(".") else { continue }
            if row["kind"] == "office" && row["head_of"] == "1" && title.first?.isUppercase == true && !title.contains(" of ") {
                v.headTitles.append(title)
            } else if row["kind"] == "other" && title.first?.isLowercase == true && !title.contains(" ") {
                v.roles.append(title)
            }
        }
        v.headTitles.sort()
        v.roles.sort()
        for row in rows("organizations.tsv") {
            guard let name = row["name"], !name.isEmpty, name.count <= 40, !name.contains(",") else { continue }
            switch row["type"] {
            case "outlet": v.outlets.append(name)
            case "agency": v.agencies.append(name)
            case "igo", "government", "ngo": v.institutions.append(name)
            default: break
            }
        }
        v.outlets.sort()
        v.agencies.sort()
        v.institutions.sort()
        // Never empty, whatever the resource files hold.
        if v.givenNames.isEmpty { v.givenNames = ["Anna", "David", "Maria", "Peter"] }
        if v.surnames.isEmpty { v.surnames = ["Kovalenko", "Miller", "Petrov", "Santos"] }
        if v.countries.isEmpty {
            v.countries = [Country(name: "Ukraine", demonym: "Ukrainian", plural: "Ukrainians", capital: "Kyiv"),
                           Country(name: "Russia", demonym: "Russian", plural: "Russians", capital: "Moscow")]
        }
        if v.cities.isEmpty { v.cities = v.countries.map { Place(name: $0.capital, country: $0.name) } }
        if v.regions.isEmpty { v.regions = v.cities }
        if v.headTitles.isEmpty { v.headTitles = ["President", "Foreign Minister", "Defence Minister"] }
        if v.roles.isEmpty { v.roles = ["spokesman", "adviser", "analyst"] }
        if v.outlets.isEmpty { v.outlets = ["The Times"] }
        if v.agencies.isEmpty { v.agencies = ["Reuters"] }
        if v.institutions.isEmpty { v.institutions = ["United Nations"] }
        return v
    }
}

/// Writes one article: a small cast of people, countries, places and organisations, then
/// paragraphs from templates until the article reaches its drawn length.
private struct ArticleWriter {
    struct Person {
        var given: String
        var surname: String
        var title: String
        var country: Vocabulary.Country
        var introduced = false
        var full: String { given + " " + surname }
    }

    let v: Vocabulary
    var people: [Person] = []
    var countries: [Vocabulary.Country] = []
    var cities: [Vocabulary.Place] = []
    var regions: [Vocabulary.Place] = []
    var orgs: [String] = []
    var outlets: [String] = []

    init(vocabulary: Vocabulary) { v = vocabulary }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let topics = ["the ceasefire", "the peace talks", "the grain corridor", "the prisoner exchange", "the sanctions package",
                         "the energy agreement", "the border dispute", "the security guarantees", "the reconstruction fund",
                         "the nuclear programme", "the trade deal", "the humanitarian corridor", "the election results"]
    static let adjectives = ["unacceptable", "baseless", "premature", "constructive", "productive", "difficult", "irresponsible",
                             "encouraging", "deeply troubling", "a step in the right direction"]
    static let nouns = ["troops", "drones", "missiles", "civilians", "refugees", "soldiers", "observers", "tonnes of grain",
                        "households", "prisoners"]
    static let quoteOpeners = ["We will not accept", "Nobody wants", "We are ready to discuss", "There can be no agreement on",
                               "Our position on", "The world is watching", "History will judge", "We have always supported"]

    mutating func write(_ rng: inout SplitMix64) -> String {
        for _ in 0..<rng.inRange(2...4) { countries.append(rng.pick(v.countries)) }
        for _ in 0..<rng.inRange(3...6) {
            people.append(Person(given: rng.pick(v.givenNames), surname: rng.pick(v.surnames), title: rng.pick(v.headTitles),
                                 country: rng.pick(countries)))
        }
        for _ in 0..<rng.inRange(2...3) { cities.append(rng.pick(v.cities)) }
        for _ in 0..<rng.inRange(1...2) { regions.append(rng.pick(v.regions)) }
        for _ in 0..<rng.inRange(2...3) { orgs.append(rng.pick(v.institutions)) }
        for _ in 0..<2 { outlets.append(rng.pick(v.outlets)) }
        outlets.append(rng.pick(v.agencies))

        let a = countries[0], b = countries[countries.count > 1 ? 1 : 0]
        let topic = rng.pick(Self.topics)
        let titles = [
            "\(a.name) accuses \(b.name) of breaking \(topic)",
            "\(people[0].surname) says \(a.name) is ready for talks with \(b.name)",
            "\(b.demonym) officials deny \(a.name)'s claims over \(topic)",
            "\(a.name) and \(b.name) trade blame as \(topic) stalls in \(cities[0].name)",
        ]
        let title = rng.pick(titles)
        let standfirst = "\(a.demonym) \(people[0].title) \(people[0].full) said \(topic) was \(rng.pick(Self.adjectives)), "
            + "while \(b.name) called the claims \(rng.pick(Self.adjectives))."
        var text = title + "\n" + standfirst + "\n-\n"
        let target = rng.inRange(3000...5000)
        while text.utf8.count < target {
            text += paragraph(&rng) + "\n"
        }
        return text
    }

    /// A person's reference: full with title the first time, surname later. As the subject of
    /// a verb, a first reference may be an apposition ("Anna Petrova, Ukraine's health minister,").
    mutating func refer(_ k: Int, _ rng: inout SplitMix64, subject: Bool = false) -> String {
        let p = people[k]
        if !p.introduced {
            people[k].introduced = true
            switch rng.below(subject ? 3 : 2) {
            case 0: return "\(p.country.demonym) \(p.title) \(p.full)"
            case 1: return "\(p.title) \(p.full)"
            default: return "\(p.full), \(p.country.name)'s \(p.title.lowercased()),"
            }
        }
        return rng.chance(85) ? p.surname : "the \(p.country.demonym) \(p.title.lowercased())"
    }

    /// "the United Nations", "The Hague Group" as they are.
    func the(_ name: String) -> String { name.hasPrefix("The ") ? name : "the " + name }

    /// "a" or "an" before a word.
    func article(_ word: String) -> String { "aeiou".contains(word.first ?? "x") ? "an " + word : "a " + word }

    /// Another item than `other` when there is one.
    func other<T>(_ items: [T], than index: Int, _ rng: inout SplitMix64) -> T {
        items.count < 2 ? items[0] : items[(index + 1 + rng.below(items.count - 1)) % items.count]
    }

    func figure(_ rng: inout SplitMix64) -> String {
        switch rng.below(5) {
        case 0: return "\(rng.inRange(2...99)),\(rng.inRange(100...999)) \(rng.pick(Self.nouns))"
        case 1: return "$\(rng.inRange(1...40)).\(rng.inRange(1...9)) billion"
        case 2: return "\(rng.inRange(3...97)) percent"
        case 3: return "\(rng.inRange(12...900)) \(rng.pick(Self.nouns))"
        default: return "more than \(rng.inRange(2...60)) \(rng.pick(Self.nouns))"
        }
    }

    func date(_ rng: inout SplitMix64) -> String {
        rng.chance(60) ? "on \(rng.pick(Self.weekdays))" : "on \(rng.pick(Self.months)) \(rng.inRange(1...28))"
    }

    mutating func clause(_ rng: inout SplitMix64) -> String {
        let c = rng.pick(countries), d = rng.pick(countries)
        let city = rng.pick(cities), region = rng.pick(regions)
        switch rng.below(8) {
        case 0: return "\(c.name) had moved \(figure(&rng)) towards \(city.name)"
        case 1: return "\(figure(&rng)) had been lost near \(region.name) \(date(&rng))"
        case 2: return "\(c.demonym) forces had shelled positions outside \(city.name), \(city.country)"
        case 3: return "talks on \(rng.pick(Self.topics)) would resume in \(rng.pick(cities).name) \(date(&rng))"
        case 4: return "\(d.name) had received \(figure(&rng)) from \(the(rng.pick(orgs)))"
        case 5: return "\(the(rng.pick(orgs))) had been told about the plan in advance"
        case 6: return "\(c.plural) living in \(region.name) would be allowed to return home"
        default: return "\(rng.pick(Self.topics)) had been violated \(rng.inRange(2...40)) times since \(rng.pick(Self.months))"
        }
    }

    mutating func sentence(_ rng: inout SplitMix64) -> String {
        let k = rng.below(people.count)
        switch rng.below(11) {
        case 0:
            return "\(refer(k, &rng, subject: true)) said \(date(&rng)) that \(clause(&rng))."
        case 1:
            let quote = "\(rng.pick(Self.quoteOpeners)) \(rng.pick(Self.topics)) while \(clause(&rng))"
            return "“\(quote),” \(refer(k, &rng)) said."
        case 2:
            return "\(refer(k, &rng, subject: true)) denied that \(clause(&rng)), calling the report \(rng.pick(Self.adjectives))."
        case 3:
            return "According to \(rng.pick(outlets)), \(clause(&rng))."
        case 4:
            let ci = rng.below(countries.count)
            let c = countries[ci], d = other(countries, than: ci, &rng)
            return "The \(c.demonym) Foreign Ministry accused \(d.name) of spreading false claims about \(rng.pick(Self.topics))."
        case 5:
            return "\(refer(k, &rng, subject: true)) told \(rng.pick(outlets)) that \(clause(&rng)), a claim \(rng.pick(countries).name) rejected."
        case 6:
            let city = rng.pick(cities)
            return "In \(city.name), officials said \(rng.inRange(12...900)) \(rng.pick(Self.nouns)) had arrived \(date(&rng)), \(rng.pick(outlets)) reported."
        case 7:
            let role = rng.pick(v.roles)
            return "\(rng.pick(v.givenNames)) \(rng.pick(v.surnames)), \(article(role)) at \(the(rng.pick(orgs))), said the figures were \(rng.pick(Self.adjectives))."
        case 8:
            return capitalized(the(rng.pick(orgs))) + " said in a statement that \(clause(&rng)), but \(refer(k, &rng)) disputed that account."
        case 9:
            let c = rng.pick(countries)
            return "\(c.name)'s \(rng.pick(v.headTitles)) \(rng.pick(v.givenNames)) \(rng.pick(v.surnames)) is expected to visit \(c.capital) \(date(&rng))."
        default:
            return "“It is \(rng.pick(Self.adjectives)),” said \(refer(k, &rng)), adding that \(clause(&rng))."
        }
    }

    /// Background: the context, process and figures that fill news prose between the names
    /// (real reports name an entity about every 80 bytes; the seed articles do).
    mutating func background(_ rng: inout SplitMix64) -> String {
        let topic = rng.pick(Self.topics)
        switch rng.below(16) {
        case 0: return "The talks come at a time when negotiations over \(topic) have stalled, with both sides accusing each other of bad faith."
        case 1: return "Officials said the discussions were expected to continue later this week, although no date had been set."
        case 2: return "The agreement, which took months to negotiate, would cover \(figure(&rng)) and remain in force for \(rng.inRange(2...10)) years."
        case 3: return "Analysts say the deal could collapse if either side fails to meet its obligations under the terms agreed \(date(&rng))."
        case 4: return "It was not immediately clear how many people had been affected, and officials declined to give further details."
        case 5: return "The announcement marked a sharp change in tone after weeks of public criticism and private warnings."
        case 6: return "Prices for food and fuel have risen by \(rng.inRange(3...40)) percent since the start of the year, according to official figures."
        case 7: return "Human rights groups have called for an independent investigation into the incident."
        case 8: return "Neither side has provided evidence to support its claims, which could not be independently verified."
        case 9: return "The measures are due to take effect at the end of the month, pending approval by lawmakers."
        case 10: return "The talks were held behind closed doors and lasted more than \(rng.inRange(2...9)) hours, people familiar with the matter said."
        case 11: return "The proposal includes a phased withdrawal of forces, an exchange of prisoners and the reopening of key trade routes."
        case 12: return "Critics argue that \(topic) does little to address the root causes of the conflict."
        case 13: return "Supporters of the measure say it will bring much-needed stability to the region, where \(figure(&rng)) remain displaced."
        case 14: return "Several aid convoys were turned back \(date(&rng)), delaying deliveries of food, water and medicine."
        default: return "The figures have not been confirmed and are likely to rise as more information becomes available."
        }
    }

    mutating func paragraph(_ rng: inout SplitMix64) -> String {
        // Mostly one to three sentences, sometimes a long wire-style paragraph; more than half
        // of the sentences give background, as in real reports.
        let count = rng.chance(8) ? rng.inRange(6...10) : rng.inRange(1...3)
        return (0..<count).map { _ in capitalized(rng.chance(55) ? background(&rng) : sentence(&rng)) }.joined(separator: " ")
    }

    func capitalized(_ s: String) -> String {
        guard let first = s.first, first.isLowercase else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
