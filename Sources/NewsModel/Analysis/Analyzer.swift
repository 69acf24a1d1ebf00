import Foundation

/// Runs entity recognition over a corpus and merges mentions into canonical entities.
public struct Analyzer: Sendable {
    public var recognizer: EntityRecognizer

    public init(recognizer: EntityRecognizer = EntityRecognizer()) {
        self.recognizer = recognizer
    }

    /// Analyses every article, using all cores, then merges entities across the corpus.
    public func analyze(_ corpus: Corpus) -> CorpusAnalysis {
        let articles = corpus.articles
        var raw = [[RawMention]](repeating: [], count: articles.count)
        raw.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeMutableBufferPointerBox(buffer)
            DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                out.buffer[i] = recognizer.recognize(articles[i])
            }
        }
        let merged = merge(corpus: corpus, raw: raw)
        return withClaims(consume merged)
    }

    /// Adds claims (per article, on all cores) and the conflicts between them. Takes `analysis`
    /// over (pass it with `consume`), so its articles' mentions can be packed away, and their
    /// memory freed, while the conflict search runs.
    func withClaims(_ analysis: consuming MergedEntities) -> CorpusAnalysis {
        let (info, lookup) = Self.entityLookups(analysis.entities)
        var articles = analysis.articles
        analysis.articles = []
        Self.extractClaims(in: &articles, entities: info)
        // The search reads claims alone: the mentions wait packed (10,000 articles: 25 MB less
        // at the cold open's peak, which is the search's).
        let entities = analysis.entities
        var packed = [PackedMentions](repeating: PackedMentions(), count: articles.count)
        do {
            let numbers = CorpusIndex.numbers(entities)
            articles.withUnsafeMutableBufferPointer { buffer in
                packed.withUnsafeMutableBufferPointer { out in
                    let box = UncheckedBox((buffer, out))
                    ParallelChunks.forEach(box.value.0.count, minimum: 64) { a in
                        box.value.1[a] = PackedMentions(box.value.0[a].mentions, entities: entities, numbers: numbers)
                        box.value.0[a].mentions = []
                    }
                }
            }
        }
        let conflicts = ConflictFinder().find(in: articles, entities: lookup)
        // The search's profiles and indexes, freed in the workers' heaps, go back before the
        // analysis is put together on this thread (10,000 articles: the open's peak came after
        // the search, 36 MB above it).
        FreedMemory.release()
        articles.withUnsafeMutableBufferPointer { buffer in
            let box = UncheckedBox(buffer)
            ParallelChunks.forEach(box.value.count, minimum: 64) { a in box.value[a].mentions = packed[a].mentions(entities) }
        }
        packed = []
        return CorpusAnalysis(name: analysis.name, articles: articles, entities: entities, problems: analysis.problems, conflicts: conflicts)
    }

    /// What claim extraction and the conflict search need to know about entities.
    static func entityLookups(_ entities: [Entity]) -> (ClaimExtractor.EntityInfo, ConflictFinder.EntityLookup) {
        // One table of numbers into the entities (not one of names and one of countries: 72,000
        // entities at 10,000 articles).
        let byID = CorpusIndex.numbers(entities)
        let info = ClaimExtractor.EntityInfo(name: { byID[$0].map { entities[$0].name } }, kind: { byID[$0].map { entities[$0].kind } })
        let lookup = ConflictFinder.EntityLookup(name: { byID[$0].map { entities[$0].name } }, countries: { byID[$0].map { entities[$0].countries } ?? [] })
        return (info, lookup)
    }

    /// The articles with their claims (on all cores).
    static func extractClaims(_ articles: [AnalyzedArticle], entities info: ClaimExtractor.EntityInfo) -> [AnalyzedArticle] {
        var articles = articles
        extractClaims(in: &articles, entities: info)
        return articles
    }

    /// Gives each article its claims, in place (on all cores).
    static func extractClaims(in articles: inout [AnalyzedArticle], entities info: ClaimExtractor.EntityInfo) {
        let extractor = ClaimExtractor()
        articles.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeMutableBufferPointerBox(buffer)
            DispatchQueue.concurrentPerform(iterations: out.buffer.count) { i in
                out.buffer[i].claims = extractor.extract(out.buffer[i], entities: info)
                // The texts' own copies are let go at once: the claims share their paragraphs' text.
                shareClaimTexts(&out.buffer[i])
            }
        }
    }

    /// Makes each claim's text a slice of its paragraph's text (sharing its storage) instead of
    /// a copy of its own.
    static func shareClaimTexts(_ article: inout AnalyzedArticle) {
        let paragraphs = article.article.paragraphs
        var claims = article.claims
        article.claims = []
        var byParagraph: [Int: [Int]] = [:]
        // (The extractor makes most texts slices already: only the others are looked for.)
        for c in claims.indices where paragraphs.indices.contains(claims[c].paragraph)
            && claims[c].sharedUTF8Range(in: paragraphs[claims[c].paragraph]) == nil {
            byParagraph[claims[c].paragraph, default: []].append(c)
        }
        for (p, which) in byParagraph { Claim.shareTexts(&claims, which, in: paragraphs[p]) }
        // Claims about the same entities share one list (an array each: 11 MB at 10,000 articles).
        var aboutLists: [[String]: [String]] = [:]
        for c in claims.indices where !claims[c].about.isEmpty {
            if let same = aboutLists[claims[c].about] { claims[c].about = same } else { aboutLists[claims[c].about] = claims[c].about }
        }
        // Exactly as long as needed: the extractor's appends leave up to twice the room
        // (8 MB at 10,000 articles).
        article.claims = claims.withUnsafeBufferPointer { Array($0) }
    }

    /// Articles with their mentions and the entities they refer to: what the merge gives, before
    /// claims (the CorpusAnalysis, with its indexes, is built once, after them).
    struct MergedEntities {
        var name: String
        var articles: [AnalyzedArticle]
        var entities: [Entity]
        var problems: [LoadProblem]
    }

    func merge(corpus: Corpus, raw: [[RawMention]]) -> MergedEntities {
        // Surname-only people resolve to the corpus's full-name person with that surname.
        // (Surnames are worked out on all cores, counted in corpus order.)
        let surnames = ParallelChunks.map(raw.count, minimum: 16) { range -> [(String, String)] in
            var out: [(String, String)] = []
            for a in range {
                for m in raw[a] where m.kind == .person && m.form == .name && has(m.name, " ") { out.append((NameKey.surname(m.name), m.key)) }
            }
            return out
        }
        var fullBySurname: [String: [String: Int]] = [:]
        for list in surnames {
            for (surname, key) in list { fullBySurname[surname, default: [:]][key, default: 0] += 1 }
        }
        // The most frequent full name of each surname (ties: the smallest key).
        let bestBySurname = fullBySurname.compactMapValues { options in
            options.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
        }
        func canonicalKey(_ m: RawMention) -> String {
            guard m.kind == .person, m.form == .name, !has(m.name, " ") else { return m.key }
            return bestBySurname[NameKey.surname(m.name)] ?? m.key
        }

        struct Accumulator {
            var kind: EntityKind
            var names: [String: Int] = [:]
            var surfaces: [String: Int] = [:]
            var countries: Set<String> = []
            /// The number of articles that mention it, and the last one counted (articles come in order).
            var articles = 0
            var lastArticle = -1
            var mentions = 0
            var gazetteerName: String?
        }
        // Each mention's entity key, article by article on all cores.
        // (Each kept mention's index in its article and its key: the mentions are not copied.)
        var keyed = [[(Int32, String)]](repeating: [], count: raw.count)
        keyed.withUnsafeMutableBufferPointer { buffer in
          let box = UncheckedBox(buffer)
          ParallelChunks.forEach(raw.count, minimum: 16) { a in
            let mentions = raw[a]
            var list: [(Int32, String)] = []
            // A handle belongs to the person named on its post's attribution line ("— Keith Kellogg
            // (@generalkellogg)"), else to a person of the article whose surname it spells
            // ("@realDonaldTrump"); otherwise it is left out.
            let article = corpus.articles[a]
            let attributionLines = Set(article.paragraphs.filter { $0.kind == .postAttribution }.map(\.index))
            var personInParagraph: [Int: String] = [:]
            var people: [(surname: String, key: String)] = []
            for m in mentions where m.kind == .person && m.form == .name {
                personInParagraph[m.paragraph] = personInParagraph[m.paragraph] ?? canonicalKey(m)
                let surname = String(NameKey.surname(m.name).dropFirst())
                if surname.count >= 3 { people.append((surname, canonicalKey(m))) }
            }
            for (mi, m) in mentions.enumerated() {
                var key = canonicalKey(m)
                if m.form == .handle {
                    let handle = NameKey.fold(String(m.text.dropFirst()))
                    if attributionLines.contains(m.paragraph), let owner = personInParagraph[m.paragraph] {
                        key = owner
                    } else if let owner = people.first(where: { handle.contains($0.surname) }) {
                        key = owner.key
                    } else {
                        continue
                    }
                }
                list.append((Int32(mi), key))
            }
            box.value[a] = list
          }
        }
        // Entities accumulated in corpus order: each core a run of articles, the runs' accumulators
        // then combined in order (far fewer keys than mentions; the loop over mentions was serial).
        var runs = ParallelChunks.mapRuns(raw.count, minimum: 16) { range -> [String: Accumulator] in
            var acc: [String: Accumulator] = [:]
            for a in range {
                let mentions = raw[a]
                for (mi, key) in keyed[a] {
                    let m = mentions[Int(mi)]
                    // Mutated in place: a copy taken out of the dictionary would copy its article set
                    // on every mention (quadratic in the articles that mention one entity).
                    let nameCounts = m.form == .name && !(m.kind == .person && !has(m.name, " ") && key != m.key)
                    modify(&acc[key, default: Accumulator(kind: m.kind)]) { e in
                        if nameCounts { e.names[m.name, default: 0] += 1 }
                        if has(key, "/") { e.gazetteerName = m.name }
                        e.surfaces[m.text, default: 0] += 1
                        e.countries.formUnion(m.countries)
                        if e.lastArticle != a { e.lastArticle = a; e.articles += 1 }
                        e.mentions += 1
                    }
                }
            }
            return acc
        }
        var acc: [String: Accumulator] = runs.isEmpty ? [:] : runs.removeFirst()
        for run in runs {
            for (key, later) in run {
                modify(&acc[key, default: Accumulator(kind: later.kind)]) { e in
                    e.names.merge(later.names, uniquingKeysWith: +)
                    if let g = later.gazetteerName { e.gazetteerName = g }
                    e.surfaces.merge(later.surfaces, uniquingKeysWith: +)
                    e.countries.formUnion(later.countries)
                    // (A run's articles all come after the earlier runs': none is counted twice.)
                    e.articles += later.articles
                    e.lastArticle = later.lastArticle
                    e.mentions += later.mentions
                }
            }
        }
        runs = []

        // Ids: gazetteer ids as they are; others "<kind>/<slug of the chosen name>".
        var idForKey: [String: String] = [:]
        var entities: [Entity] = []
        var usedIDs: Set<String> = []
        // (Built on this thread: built on all cores, their long-lived arrays and ids lay scattered
        // in the workers' heaps, and the open's peak was 35 MB higher one time in two at 10,000 articles.)
        for key in acc.keys.sorted() {
            guard let e = acc[key] else { continue }
            // The plain full name ("Donald Trump") over forms with a middle initial, then the most frequent.
            func plain(_ n: String) -> Int { n.split(separator: " ").contains { $0.count <= 2 && $0.hasSuffix(".") } ? 0 : 1 }
            var name = e.gazetteerName ?? e.names.max(by: { (plain($0.key), $0.value, $0.key.count, $1.key) < (plain($1.key), $1.value, $1.key.count, $0.key) })?.key
                ?? e.surfaces.max(by: { $0.value < $1.value })?.key ?? key
            // Organisations known by an acronym are shown by it ("NATO", "AFP"), the long name kept as an alias.
            if e.kind == .organization, let top = e.surfaces.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
               top.count >= 2, top.count <= 6, top.allSatisfy({ $0.isUppercase || $0 == "." }), name.split(separator: " ").count >= 2 {
                name = top
            }
            var id = has(key, "/") ? key : "\(e.kind.rawValue)/\(Slug.make(name))"
            if usedIDs.contains(id) { id += "-" + Slug.make(key) }
            usedIDs.insert(id)
            idForKey[key] = id
            var aliasSet = Set(e.surfaces.keys).union(e.names.keys)
            if let g = e.gazetteerName { aliasSet.insert(g) }
            let aliases = aliasSet.subtracting([name]).sorted().prefix(12)
            // Country ids come straight from the gazetteer, so no mapping is needed.
            let countries = e.kind == .country ? [id] : e.countries.sorted()
            entities.append(Entity(id: id, name: name, kind: e.kind, aliases: Array(aliases), countries: countries,
                                   articles: e.articles, mentions: e.mentions))
        }
        // A country counts every article that mentions it or anything of it (its cities, bodies,
        // people), as its filter does; countries only implied that way become entities too.
        let countryRuns = ParallelChunks.mapRuns(keyed.count, minimum: 16) { range -> [String: Int] in
            var counts: [String: (last: Int, count: Int)] = [:]
            var countriesOfKey: [String: [String]] = [:]
            for a in range {
                for (_, key) in keyed[a] {
                    let countries: [String]
                    if let known = countriesOfKey[key] {
                        countries = known
                    } else {
                        guard let e = acc[key] else { continue }
                        countries = e.kind == .country ? [idForKey[key] ?? key] : Array(e.countries)
                        countriesOfKey[key] = countries
                    }
                    for c in countries {
                        modify(&counts[c, default: (-1, 0)]) { if $0.last != a { $0.last = a; $0.count += 1 } }
                    }
                }
            }
            return counts.mapValues(\.count)
        }
        var countryArticles: [String: Int] = [:]
        for run in countryRuns { countryArticles.merge(run, uniquingKeysWith: +) }
        let known = Set(entities.map(\.id))
        for (id, articles) in countryArticles.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
            guard let name = recognizer.gazetteer.countryNames[id] else { continue }
            entities.append(Entity(id: id, name: name, kind: .country, countries: [id], articles: articles, mentions: 0))
        }
        for i in entities.indices where entities[i].kind == .country {
            entities[i].articles = max(entities[i].articles, countryArticles[entities[i].id] ?? 0)
        }
        entities.sort { ($0.articles, $0.mentions, $1.name) > ($1.articles, $1.mentions, $0.name) }

        var analyzed = [AnalyzedArticle](repeating: AnalyzedArticle(article: Article(id: "", title: "", paragraphs: []), mentions: []), count: corpus.articles.count)
        analyzed.withUnsafeMutableBufferPointer { buffer in
            let box = UncheckedBox(buffer)
            ParallelChunks.forEach(corpus.articles.count, minimum: 16) { a in
                let raw = raw[a]
                let mentions = keyed[a].map { mi, key in
                    let m = raw[Int(mi)]
                    return Mention(entity: idForKey[key] ?? key, kind: m.kind, form: m.form, text: m.text, paragraph: m.paragraph, start: m.start, end: m.end)
                }
                box.value[a] = AnalyzedArticle(article: corpus.articles[a], mentions: mentions)
            }
        }
        // The runs' dictionaries were freed in the workers' heaps: handed back before claims.
        FreedMemory.release()
        return MergedEntities(name: corpus.name, articles: analyzed, entities: entities, problems: corpus.problems)
    }
}

/// `text.contains(needle)` for a one-scalar ASCII needle, by bytes when the text is ASCII.
private func has(_ text: String, _ needle: String) -> Bool {
    let b = needle.utf8.first ?? 0
    var found = false
    for c in text.utf8 {
        if c >= 0x80 { return text.contains(needle) }
        if c == b { found = true }
    }
    return found
}

/// Applies `change` to a value in place (a dictionary's `default:` subscript, without a copy).
private func modify<T>(_ value: inout T, _ change: (inout T) -> Void) { change(&value) }

/// Lets concurrentPerform write each slot of a buffer from its own iteration.
private struct UnsafeMutableBufferPointerBox<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
