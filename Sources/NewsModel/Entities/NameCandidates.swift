import Foundation

// The candidate names of one paragraph: gazetteer phrases, titled people, given names, handles,
// regions, datelines, and runs of capitalised words classified by their head, their context and
// the nouns around them.
extension EntityRecognizer {
    func candidates(_ scan: Scan, allCaps: Bool, _ pool: inout Pool) -> [Candidate] {
        let words = gazetteer.words
        let tokens = scan.tokens
        var cands: [Candidate] = []
        let n = tokens.count
        for i in 0..<n {
            let t = tokens[i]
            guard t.isWord || t.flags.contains(.handle) else { continue }
            // Gazetteer phrases.
            if t.isCapitalized, scan.phraseLength(i) > 0, case let info = gazetteer.phraseInfo[scan.phraseValue(i)], info.hasBest {
                let value = scan.phraseValue(i)
                let len = scan.phraseLength(i)
                let form = info.form
                let single = len == 1
                // "US$ 20,000" is money, not the country.
                let currency = i + len < n && (tokens[i + len].word == WordTable.dollar || tokens[i + len].word == WordTable.euro)
                    && !tokens[i + len].spaceBefore
                let skip = currency || single && (t.sentenceStart && t.wordFlags.contains(.stopword)) || isWebDomain(scan, i + len)
                if !skip && !(allCaps && !t.flags.contains(.acronym)) {
                    // "The Guardian", "The Globe and Mail": the article is not part of the mention.
                    let lo = len >= 2 && t.word == WordTable.theCapital ? i + 1 : i
                    // "the Lombardy region": nor is a lower-case region word after the name.
                    var hi = i + len
                    if hi - lo >= 2 && tokens[hi - 1].isLowercase && tokens[hi - 1].wordFlags.contains(.regionWord) { hi -= 1 }
                    cands.append(Candidate(lo: lo, hi: hi, kind: info.kind, form: form, label: .entry(Int32(value)),
                                           countries: Pool.phraseCountries(value), priority: form == .demonym ? 2 : 4))
                    // "East Los Angeles", "North London": a compass point before a place names a part of it.
                    if info.kind == .place, form == .name, i > 0, tokens[i - 1].isCapitalized,
                       case let w = scan.text(i - 1), w == "East" || w == "West" || w == "North" || w == "South" {
                        cands.append(Candidate(lo: i - 1, hi: hi, kind: .place, form: .name, label: .place,
                                               countries: Pool.phraseCountries(value), priority: 3))
                    }
                }
            }
            if allCaps { continue }
            // Titles followed by a name: "Foreign Minister Sergey Lavrov", "spokesman Dmitry Peskov".
            if scan.titleLength(i) > 0 {
                let titleValue = scan.matches[i].titleValue
                let honorific = gazetteer.titles.values[Int(titleValue)].honorific
                var start = i + scan.titleLength(i)
                var countries: Int32 = honorific ? -1 : pool.country(affiliation(tokens, before: i), gazetteer.words)
                // "Ambassador to the United States Hamdullah Mohib", "Minister of Defence X".
                if start + 1 < n, tokens[start].word == WordTable.to || tokens[start].word == WordTable.of || tokens[start].word == WordTable.for_ {
                    var k = start + 1
                    if k < n && tokens[k].word == WordTable.the { k += 1 }
                    // A demonym there qualifies a noun ("Chairman of the Australian Centre for ..."), it is no body.
                    if k < n, scan.phraseLength(k) > 0, case let info = gazetteer.phraseInfo[scan.phraseValue(k)], info.hasBest,
                       info.form == .name, info.kind == .country || info.kind == .organization {
                        start = k + scan.phraseLength(k)
                        if countries == -1 { countries = Pool.phraseCountries(scan.phraseValue(k)) }
                    }
                }
                // Stacked titles ("spokesman Commodore Rafael Dimaculangan", "Minister Dr. X"): the name follows the last.
                while start < n, tokens[start].isCapitalized, scan.titleLength(start) > 0, start + scan.titleLength(start) < n {
                    start += scan.titleLength(start)
                }
                let nameEnd = nameSpan(tokens, from: start)
                // "its official WeChat account": a lower-case title word before a name that qualifies a
                // channel is an adjective, and the name is no person.
                let qualifies = t.isLowercase && nameEnd == start + 1 && nameEnd < n && tokens[nameEnd].isLowercase
                    && Lexicon.channelNouns.contains(scan.text(nameEnd))
                if nameEnd > start && !qualifies {
                    cands.append(Candidate(lo: start, hi: nameEnd, kind: .person, form: .name, label: .person, countries: countries,
                                           priority: 6, title: titleValue))
                } else if !honorific, let mention = titleMention(scan, at: i, end: start) {
                    // "the Kremlin spokesman", "the US president", "Russia's foreign minister": a title that stands
                    // for a person; it is resolved (or dropped) once the article's titled people are known.
                    cands.append(Candidate(lo: i, hi: mention, kind: .person, form: .title, label: .blocking, countries: countries,
                                           priority: 1, title: titleValue))
                }
            }
            // A given name followed by more name words: "Kirill Dmitriev".
            if t.isCapitalized, t.wordFlags.contains(.givenName), !(t.sentenceStart && t.wordFlags.contains(.stopword)),
               !insidePhrase(scan, i) {
                let end = nameSpan(tokens, from: i)
                var wordCount = 0
                for k in i..<max(i, end) where tokens[k].isWord { wordCount += 1 }
                // ("Al Jazeera": a known body or place named in full is no person, whatever its first word.)
                let knownBody = scan.phraseLength(i) >= end - i && scan.phraseLength(i) > 0
                    && gazetteer.phraseInfo[scan.phraseValue(i)].kind != .person
                if wordCount >= 2 && !isPlaceOrOrg(scan, i + 1) && !knownBody {
                    // An unknown capitalised word just before the given name is a first name too
                    // ("Hernan Dario Gomez"), when nothing else claims it.
                    let lo = wordCount <= 3 && i > 0 && leadsName(scan, i - 1) ? i - 1 : i
                    cands.append(Candidate(lo: lo, hi: end, kind: .person, form: .name, label: .person,
                                           countries: pool.country(affiliation(tokens, before: lo), gazetteer.words), priority: 5))
                }
            }
            // Handles: "@generalkellogg".
            if t.flags.contains(.handle), scan.text(i).count > 1 {
                cands.append(Candidate(lo: i, hi: i + 1, kind: .person, form: .handle, label: .handle, countries: -1, priority: 3))
            }
            // "Kursk region", "Sumy Oblast".
            if t.isCapitalized, i + 1 < n, tokens[i + 1].wordFlags.contains(.regionWord), !t.wordFlags.contains(.stopword) {
                let value = gazetteer.phrases.single(t.word)
                let country = value < 0 ? nil : gazetteer.placeCountry[Int(value)]
                // Inside a longer capitalised name ("Irving Independent School District") the pair is no region.
                let inRun = i > 0 && tokens[i - 1].isCapitalized && tokens[i - 1].isWord && !tokens[i].sentenceStart
                if tokens[i + 1].isCapitalized && (country != nil || !inRun) {
                    cands.append(Candidate(lo: i, hi: i + 2, kind: .place, form: .name, label: .region,
                                           countries: pool.countries(country.map { [$0] } ?? []), priority: 5))
                } else if !tokens[i + 1].isCapitalized, country != nil {
                    // "the Kursk region": the name is "Kursk"; the lower-case word is no part of it.
                    cands.append(Candidate(lo: i, hi: i + 1, kind: .place, form: .name, label: .region,
                                           countries: pool.countries(country.map { [$0] } ?? []), priority: 5))
                }
            }
        }
        if !allCaps {
            capitalizedRuns(scan, into: &cands, &pool)
            dateline(scan, into: &cands, &pool)
        }
        return cands
    }

    /// A wire dateline opens a paragraph with its place in capitals before a comma or a dash:
    /// "NAIROBI, Kenya --", "THE HAGUE, Feb 11 (Reuters) -", "TORONTO --". The place is the
    /// gazetteer's when its name in title case is one, else an unknown place.
    func dateline(_ scan: Scan, into cands: inout [Candidate], _ pool: inout Pool) {
        let tokens = scan.tokens
        var k = 0
        while k < min(tokens.count, 4), tokens[k].isWord, tokens[k].flags.contains(.allUpper),
              scan.text(k).unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 { k += 1 }
        guard k > 0, k < tokens.count else { return }
        // The dash that ends a dateline stands apart ("NAIROBI, Kenya -- Kenyan ..."), within a few words.
        // ("--" may be two tokens.)
        func dashPart(_ j: Int) -> Bool { ["--", "-", "—", "–", "―"].contains(scan.text(j)) }
        func isDash(_ j: Int) -> Bool {
            guard dashPart(j), tokens[j].spaceBefore else { return false }
            var e = j + 1
            while e < tokens.count && dashPart(e) && !tokens[e].spaceBefore { e += 1 }
            return e >= tokens.count || tokens[e].spaceBefore
        }
        let next = scan.text(k)
        guard (next == "," && !tokens[k].spaceBefore && (k + 1..<min(tokens.count, k + 9)).contains(where: isDash)) || isDash(k) else { return }
        let words = (0..<k).map { j -> String in
            let w = scan.text(j)
            return w.prefix(1) + w.dropFirst().lowercased()
        }
        let ids = words.map { gazetteer.words.id($0) }
        if !ids.contains(-1), let match = gazetteer.phrases.longestMatch(from: 0, count: k, word: { ids[$0] }), match.length == k,
           case let info = gazetteer.phraseInfo[Int(match.value)], info.hasBest, info.form == .name, info.kind == .place || info.kind == .country {
            cands.append(Candidate(lo: 0, hi: k, kind: info.kind, form: .name, label: .entry(match.value),
                                   countries: Pool.phraseCountries(Int(match.value)), priority: 7))
        } else {
            let name = words.joined(separator: " ")
            cands.append(Candidate(lo: 0, hi: k, kind: .place, form: .name, label: pool.name(Slug.make(name, prefix: "place/"), name),
                                   countries: -1, priority: 7))
        }
    }

    /// Whether token `i` lies inside a capitalised gazetteer phrase that starts before it ("Angeles" in "Los Angeles").
    func insidePhrase(_ scan: Scan, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && j >= i - 4 {
            if scan.phraseLength(j) > i - j && scan.tokens[j].isCapitalized { return true }
            j -= 1
        }
        return false
    }

    /// Whether token `k`, just before a given name, is an unknown first name ("Hernan" in "Hernan Dario
    /// Gomez"): a capitalised word no lexicon knows (or a surname), not at a sentence start, and not
    /// itself after another capitalised word.
    func leadsName(_ scan: Scan, _ k: Int) -> Bool {
        let t = scan.tokens[k]
        guard t.isWord, t.isCapitalized, !t.sentenceStart, !t.isAllCaps, !t.isInitial,
              t.word < 0 || t.wordFlags.contains(.surname),
              t.wordFlags.isDisjoint(with: [.stopword, .placeHead, .organizationHead, .organizationLead, .regionWord, .nameParticle, .connector]),
              !t.lowerFlags.contains(.country), !t.lowerFlags.contains(.titleStart), scan.phraseLength(k) == 0, !insidePhrase(scan, k)
        else { return false }
        // After punctuation ("After the match, Hernan Dario Gomez"): after a word it may well qualify the
        // name ("featuring Scientologist Tom Cruise").
        return k > 0 && !scan.tokens[k - 1].isWord
    }

    /// Whether tokens from `j` are ".org", ".com"... glued to the word before: a web site, not a mention.
    func isWebDomain(_ scan: Scan, _ j: Int) -> Bool {
        let tokens = scan.tokens
        guard j + 1 < tokens.count, tokens[j].word == WordTable.period, !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
              tokens[j + 1].isLowercase else { return false }
        return Lexicon.webDomains.contains(scan.text(j + 1))
    }

    /// Where a title mention starting at `i` ends, when the title stands for a person ("the Kremlin
    /// spokesman", "the US president", "Russia's foreign minister", "US President"); nil when it does not
    /// (no determiner or country before it, a plural, a deputy or former holder, or a title of something
    /// unnamed: "the president of the club"). `end` is where a name after it would have started.
    func titleMention(_ scan: Scan, at i: Int, end: Int) -> Int? {
        let tokens = scan.tokens
        let hi = i + scan.titleLength(i)
        guard i > 0 else { return nil }
        if end == hi, hi < tokens.count {
            let w = tokens[hi].word
            if w == WordTable.of || w == WordTable.for_ || w == WordTable.to || w == WordTable.at { return nil }
        }
        // Part of a longer title ("Vice President"), or another holder of it.
        if scan.titleLength(i - 1) > 1 { return nil }
        if gazetteer.otherHolder.contains(tokens[i - 1].lower) { return nil }
        if gazetteer.titles.values[Int(scan.matches[i].titleValue)].plural { return nil }
        let p = tokens[i - 1]
        if p.lower == WordTable.the || p.word == WordTable.s || (p.isCapitalized && gazetteer.words.hasCountry(p.lower)) { return hi }
        if i >= 2, tokens[i - 2].lower == WordTable.the, p.isCapitalized, p.isWord { return hi }
        return nil
    }

    func isPlaceOrOrg(_ scan: Scan, _ i: Int) -> Bool {
        guard i < scan.count, scan.phraseLength(i) > 0 else { return false }
        return gazetteer.phraseInfo[scan.phraseValue(i)].countryOrOrganization
    }

    /// Where a personal name starting at `from` ends: capitalised words, initials, hyphenated
    /// parts and particles, at most five tokens.
    func nameSpan(_ tokens: [WordToken], from: Int) -> Int {
        var j = from
        var count = 0
        while j < tokens.count && count < 5 {
            let t = tokens[j]
            if t.isInitial || (t.isCapitalized && t.isWord && !t.wordFlags.contains(.stopword) && !t.isAllCaps) {
                if count > 0 && t.sentenceStart { break }
                // A head word makes the run a place or an organisation ("Centre", "Kennedy Airport"), except a
                // common surname ending a three-word name ("Marc Lamont Hill") with no more name after it.
                if !t.wordFlags.isDisjoint(with: count > 0 ? [.placeHead, .organizationHead, .regionWord] : [.organizationHead, .regionWord]) {
                    let next = j + 1 < tokens.count ? tokens[j + 1] : nil
                    if count >= 2 && t.wordFlags.contains(.surnameHead) && !t.wordFlags.contains(.organizationHead)
                        && tokens[from].wordFlags.contains(.givenName) && !(next?.isCapitalized ?? false) {
                        j += 1
                        break
                    }
                    return from
                }
                j += 1
                count += 1
                continue
            }
            if t.word == WordTable.hyphen && !t.spaceBefore && j + 1 < tokens.count && !tokens[j + 1].spaceBefore && tokens[j + 1].isWord && count > 0 {
                // "Jean-Luc" and "Lung-bin" join; "Putin-Witkoff" (two people) is split later by coreference.
                // A longer lower-case word is no name part ("a Booker Prize-winner").
                if tokens[j + 1].isLowercase {
                    if tokens[j + 1].end - tokens[j + 1].start > 3 { break }
                    j += 2
                    continue
                }
                j += 1
                continue
            }
            // "Osman al-Tayeb", "Luis de Guindos": a particle, glued by a hyphen or not, before more name.
            if t.wordFlags.contains(.nameParticle) && count > 0 && j + 1 < tokens.count && (tokens[j + 1].isCapitalized
                || (tokens[j + 1].word == WordTable.hyphen && !tokens[j + 1].spaceBefore && t.spaceBefore
                    && j + 2 < tokens.count && !tokens[j + 2].spaceBefore && tokens[j + 2].isCapitalized)) {
                j += 1
                continue
            }
            break
        }
        // Never end on a particle or hyphen, nor keep a trailing initial alone.
        // ("Lung-bin" keeps its particle: it is glued to the name by the hyphen.)
        while j > from && (tokens[j - 1].word == WordTable.hyphen || tokens[j - 1].wordFlags.contains(.nameParticle)) {
            if j - 2 > from && tokens[j - 2].word == WordTable.hyphen && !tokens[j - 1].spaceBefore && !tokens[j - 2].spaceBefore
                && tokens[j - 1].isLowercase { break }
            j -= 1
        }
        return j
    }

    /// The country named just before a title ("Russian Foreign Minister", "Ukraine's President"):
    /// its index in `WordTable.countries`, or -1.
    func affiliation(_ tokens: [WordToken], before i: Int) -> Int32 {
        let words = gazetteer.words
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 3 {
            let w = tokens[k].word
            if w == WordTable.apostrophe || w == WordTable.rightQuote || w == WordTable.s { k -= 1; continue }
            let country = words.countryIndex(tokens[k].lower)
            if country >= 0, tokens[k].isCapitalized { return country }
            if !tokens[k].isCapitalized { break }
            k -= 1
            steps += 1
        }
        return -1
    }

    /// Runs of capitalised words classified as organisations or places (by their head word),
    /// people (by given names, surnames or a reporting verb next to them), or names of other
    /// things that hide the entities inside them ("Fan Expo Canada", "Google Science Fair").
    func capitalizedRuns(_ scan: Scan, into out: inout [Candidate], _ pool: inout Pool) {
        let tokens = scan.tokens
        let n = tokens.count
        func capital(_ u: WordToken) -> Bool { u.isWord && (u.isCapitalized || u.isAllCaps || u.flags.contains(.numberWithLetter)) }
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.isWord && (t.isCapitalized || t.isAllCaps) else { i += 1; continue }
            var j = i + 1
            while j < n {
                let u = tokens[j]
                if capital(u) && !u.sentenceStart { j += 1; continue }
                if u.isInitial { j += 1; continue }
                // "Support for the Labour Party grew": a sentence's first word, capitalised only for
                // that and no name word of its own, joins no name across "of"/"for".
                if u.wordFlags.contains(.connector), j - 1 == i, tokens[i].sentenceStart, scan.phraseLength(i) == 0,
                   tokens[i].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead, .placeHead, .givenName, .surname]) { break }
                if u.wordFlags.contains(.connector) && j + 1 < n {
                    // "Bank of England", "Daughters of the American Revolution"
                    var k = j + 1
                    if tokens[k].word == WordTable.the && k + 1 < n { k += 1 }
                    // ("... Court of Cassation on July 8": a date is no part of the name.)
                    if tokens[k].isCapitalized && tokens[k].isWord
                        && (!tokens[k].wordFlags.contains(.stopword) || tokens[k].wordFlags.contains(.nameModifier)
                            || (k + 1 < n && tokens[k + 1].isCapitalized && tokens[k + 1].isWord)) { j = k; continue }
                }
                if u.word == WordTable.hyphen && !u.spaceBefore && j + 1 < n && !tokens[j + 1].spaceBefore && tokens[j + 1].isCapitalized { j += 1; continue }
                // "Aviators' Union", "Workers' Party", "Patients' Voice Alliance": a plural possessive before
                // capitalised words that end in an organisation word (one or two of them before it).
                if !u.isWord, !u.spaceBefore, j + 1 < n, tokens[j + 1].isCapitalized,
                   (j + 1..<min(n, j + 4)).prefix(while: { tokens[$0].isCapitalized && tokens[$0].isWord }).contains(where: { tokens[$0].wordFlags.contains(.organizationHead) }),
                   case let mark = scan.text(j), mark == "'" || mark == "’", scan.text(j - 1).hasSuffix("s") { j += 1; continue }
                // The same after a plural that takes "'s" and opens the name: "Women's Health Initiative",
                // "People's Liberation Army" (not "Ukraine Children's ...": a country is no part of it).
                if j - 1 == i || !capital(tokens[j - 2]) || tokens[j - 2].wordFlags.contains(.stopword), !u.isWord, !u.spaceBefore, j + 2 < n, scan.text(j + 1) == "s", !tokens[j + 1].spaceBefore, tokens[j + 2].isCapitalized,
                   Self.possessivePlurals.contains(scan.text(j - 1).lowercased()),
                   (j + 2..<min(n, j + 5)).prefix(while: { tokens[$0].isCapitalized && tokens[$0].isWord }).contains(where: { tokens[$0].wordFlags.contains(.organizationHead) }),
                   case let mark = scan.text(j), mark == "'" || mark == "’" { j += 2; continue }
                break
            }
            var lo = i
            // A name that ends in an organisation or place word may open with a modifier ("Supreme Court",
            // "National Science Foundation"); otherwise a sentence-initial function word is not part of
            // the name ("The", "In", "According").
            let headed = !tokens[j - 1].wordFlags.isDisjoint(with: [.organizationHead, .placeHead]) || orgByConnector(tokens, i, j)
            while lo < j {
                let f = tokens[lo].wordFlags
                guard f.contains(.stopword) && !f.contains(.organizationHead) && !f.contains(.organizationLead) else { break }
                if headed && f.contains(.nameModifier) && lo + 1 < j { break }
                // ("People's Liberation Army": the possessive opens the name.)
                if lo + 1 < j, !tokens[lo + 1].isWord, Self.possessivePlurals.contains(scan.text(lo).lowercased()) { break }
                lo += 1
            }
            while lo < j && tokens[lo].wordFlags.contains(.connector) { lo += 1 }
            if lo < j { classifyRun(scan, lo: lo, hi: j, into: &out, &pool) }
            i = max(j, i + 1)
        }
    }

    /// Plurals that take "'s" (not "s'") and open names of bodies.
    static let possessivePlurals: Set<String> = ["women", "men", "children", "people"]

    /// Whether tokens [lo, hi) hold an organisation word followed by "of", "for" or "on" and more of the
    /// name: "Massachusetts Institute of Technology", "Centre for Control of Iodine Deficiency Disorders",
    /// "Joint Council for the Welfare of Immigrants".
    func orgByConnector(_ tokens: [WordToken], _ lo: Int, _ hi: Int) -> Bool {
        // Not when it ends in a demonym: that qualifies what comes next ("Council on American - Islamic ...").
        if hi > lo, tokens[hi - 1].lowerFlags.contains(.country), case let v = gazetteer.phrases.single(tokens[hi - 1].word), v >= 0,
           gazetteer.phraseInfo[Int(v)].form == .demonym { return false }
        var k = lo
        while k + 2 < hi {
            if !tokens[k].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead]) && tokens[k].isCapitalized {
                let w = tokens[k + 1].word
                if w == WordTable.of || w == WordTable.for_ || w == WordTable.on { return true }
            }
            k += 1
        }
        return false
    }

    /// A country's name as it reads after "of": "the Philippines", "the United Kingdom", "France".
    static func withArticle(_ country: String) -> String {
        let plural = country.hasSuffix("s") && !["Laos", "Belarus", "Cyprus", "Mauritius", "Barbados", "Honduras"].contains(country)
        let compound = ["United ", "Republic", "Kingdom", "Federation", "Emirates", "Union"].contains { country.contains($0) }
        return plural || compound ? "the " + country : country
    }

    func isTitle(_ scan: Scan, _ k: Int) -> Bool {
        scan.titleLength(k) > 0 && scan.tokens[k].isCapitalized
    }

    func classifyRun(_ scan: Scan, lo: Int, hi: Int, into out: inout [Candidate], _ pool: inout Pool) {
        let words = gazetteer.words
        let tokens = scan.tokens
        if let kind = kindByNoun(scan, lo: lo, hi: hi) {
            let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
            let name = scan.name(lo, hi)
            out.append(Candidate(lo: lo, hi: hi, kind: kind, form: .name,
                                 label: kind == .place ? .place : pool.name("org:" + Slug.make(name), name),
                                 countries: pool.countries(country.map { [$0] } ?? []), priority: 4, byNoun: kind == .organization))
            return
        }
        // "Fenwick & Marsh", "Procter & Gamble": an ampersand joins one company's name.
        if let amp = (lo + 1..<hi).first(where: { tokens[$0].word == WordTable.ampersand }), amp + 1 < hi, hi - lo <= 6,
           scan.phraseLength(lo) < hi - lo {
            let name = scan.name(lo, hi)
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: pool.name("org:" + Slug.make(name), name),
                                 countries: -1, priority: 3))
            return
        }
        // "and" lists names: "Russia and Ukraine", "Jean-Luc Moreau and J.D. Vance" are read one by one.
        if let and = (lo..<hi).first(where: { tokens[$0].word == WordTable.and || tokens[$0].word == WordTable.ampersand }) {
            // ... except inside "Union of Rationalist Atheists and Agnostics": after "Lead of ...", one or two
            // more unknown words with no head of their own belong to the same name.
            // ("Department of Health and Human Services": two words after "and" may end in an
            // organisation word of their own.)
            if and - lo >= 3, tokens[lo].wordFlags.contains(.organizationLead), tokens[lo + 1].word == WordTable.of,
               (1...2).contains(hi - and - 1), (and + 1..<hi).allSatisfy({ k in
                   let head: WordTable.Flags = k == hi - 1 && hi - and - 1 == 2 ? [] : [.organizationHead]
                   return tokens[k].isCapitalized && scan.phraseLength(k) == 0 && !insidePhrase(scan, k)
                       && tokens[k].wordFlags.isDisjoint(with: head.union([.organizationLead, .placeHead, .stopword]))
                       && !tokens[k].lowerFlags.contains(.country)
               }) {
                let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization,
                                     countries: pool.countries(country.map { [$0] } ?? []), priority: 2))
                return
            }
            if and > lo { classifyRun(scan, lo: lo, hi: and, into: &out, &pool) }
            var next = and + 1
            if next < hi && tokens[next].word == WordTable.the { next += 1 }
            if next < hi { classifyRun(scan, lo: next, hi: hi, into: &out, &pool) }
            return
        }
        // "Dr. Kerry-Ann Lockhart of the Caribbean Ocean Science Centre": a person's name, then the body
        // they belong to; neither is part of the other.
        if hi - lo >= 4, let of = (lo + 2..<hi).first(where: { tokens[$0].word == WordTable.of }), of + 1 < hi {
            let title = scan.titleLength(lo) > 0 ? scan.titleLength(lo) : 0
            let first = lo + title
            let nameWords = first..<of
            let capitals = nameWords.filter { tokens[$0].isWord }.count
            if (1...3).contains(capitals), nameWords.count <= 5,
               nameWords.allSatisfy({ !tokens[$0].isWord || (tokens[$0].isCapitalized && tokens[$0].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead, .placeHead, .stopword]) && !tokens[$0].lowerFlags.contains(.country)) }),
               tokens[first].isWord, tokens[of - 1].isWord, capitals >= 2 || title > 0,
               title > 0 || tokens[first].wordFlags.contains(.givenName) || (lo > 0 && Lexicon.personNouns.contains(scan.text(lo - 1))) {
                classifyRun(scan, lo: lo, hi: of, into: &out, &pool)
                var next = of + 1
                if next < hi && tokens[next].word == WordTable.the { next += 1 }
                if next < hi { classifyRun(scan, lo: next, hi: hi, into: &out, &pool) }
                return
            }
        }
        var lo = lo
        // Titles lead into names but are not part of them ("President Donald Trump").
        while lo < hi, scan.titleLength(lo) > 0, lo + scan.titleLength(lo) <= hi {
            let len = scan.titleLength(lo)
            let heads = !tokens[hi - 1].wordFlags.isDisjoint(with: [.organizationHead, .placeHead]) || orgByConnector(tokens, lo + len, hi)
            if !heads {
                lo += len
                // "CEO of the Refugee Council": the title's "of the" goes with it.
                while lo < hi && tokens[lo].wordFlags.contains(.connector) { lo += 1 }
                continue
            }
            // "Director of the Second CIS Department": the title and its "of the" go, the body stays.
            var k = lo + len
            guard k < hi, tokens[k].word == WordTable.of else { break }
            k += 1
            if k < hi && tokens[k].word == WordTable.the { k += 1 }
            guard k < hi else { break }
            lo = k
        }
        guard lo < hi else { return }
        let count = hi - lo
        let headFlags = tokens[hi - 1].wordFlags
        let leadsOrg = count >= 3 && tokens[lo].wordFlags.contains(.organizationLead) && tokens[lo + 1].word == WordTable.of
        // "Refugee Council Enver Solomon told": an organisation and the person speaking for it, side by side.
        if count >= 4, let k = (lo + 1..<hi - 2).last(where: { tokens[$0].wordFlags.contains(.organizationHead) }),
           (k + 1..<hi).allSatisfy({ tokens[$0].wordFlags.isDisjoint(with: [.organizationHead, .organizationLead, .placeHead, .connector, .stopword])
               && tokens[$0].isCapitalized && scan.phraseLength($0) == 0 }),
           tokens[k + 1].wordFlags.contains(.givenName) || (hi < tokens.count && Lexicon.reportingVerbs.contains(scan.text(hi))) {
            classifyRun(scan, lo: lo, hi: k + 1, into: &out, &pool)
            out.append(Candidate(lo: k + 1, hi: hi, kind: .person, form: .name, label: .person, countries: -1, priority: 3))
            return
        }
        // "Irving, Texas", "from Mountain View, California": a town named with its region or country.
        if count <= 3, lo > 0, hi + 1 < tokens.count, tokens[hi].word == WordTable.comma, scan.phraseLength(hi + 1) > 0,
           case let info = gazetteer.phraseInfo[scan.phraseValue(hi + 1)], info.form == .name, info.kind == .place || info.kind == .country,
           case let before = tokens[lo - 1].lower, before == WordTable.in_ || before == WordTable.from || before == WordTable.at || before == WordTable.near,
           (lo..<hi).allSatisfy({ tokens[$0].wordFlags.isDisjoint(with: [.organizationHead, .stopword]) && !tokens[$0].lowerFlags.contains(.country) }) {
            out.append(Candidate(lo: lo, hi: hi, kind: .place, form: .name, label: .place,
                                 countries: Pool.phraseCountries(scan.phraseValue(hi + 1)), priority: 2))
            return
        }
        // "Team Estonia", "Group G": a side and a group of a tournament.
        if count >= 2, tokens[lo].word == WordTable.team, scan.phraseLength(lo + 1) == count - 1,
           let country = gazetteer.countryEntry[scan.phraseValue(lo + 1)] {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization,
                                 countries: pool.countries([country]), priority: 2))
            return
        }
        if count == 2, tokens[lo].word == WordTable.group, tokens[hi - 1].end - tokens[hi - 1].start == 1, tokens[hi - 1].isCapitalized {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization, countries: -1, priority: 2))
            return
        }
        let schoolDistrict = count >= 2 && tokens[hi - 1].word == WordTable.district && tokens[hi - 2].word == WordTable.school
        // "Doctor Who Society of Canada": the organisation, with the country named after it.
        if let ofIndex = (lo..<hi).first(where: { tokens[$0].word == WordTable.of }) {
            let of = ofIndex - lo
            let k = lo + of + 1
            if of >= 2, tokens[lo + of - 1].wordFlags.contains(.organizationHead), k < scan.count, scan.phraseLength(k) > 0,
               k + scan.phraseLength(k) == hi, let country = gazetteer.countryEntry[scan.phraseValue(k)] {
                out.append(Candidate(lo: lo, hi: lo + of, kind: .organization, form: .name, label: .organization,
                                     countries: pool.countries([country]), priority: 2))
                return
            }
        }
        // Organisations by their head word; government bodies get their country.
        if headFlags.contains(.organizationHead) || leadsOrg || schoolDistrict || orgByConnector(tokens, lo, hi) || (lo..<hi).contains(where: {
            let w = tokens[$0].word
            return w == WordTable.ministry || w == WordTable.agency || w == WordTable.department
        }) {
            // A government body needs a country named first ("Russian Foreign Ministry").
            var countries: [String] = []
            var body: String? = nil
            if let id = words.country(tokens[lo].lower) {
                countries = [id]
                var bodyWords = (lo + 1..<hi).map { scan.text($0) }
                if bodyWords.first == "'" || bodyWords.first == "’" { bodyWords = Array(bodyWords.dropFirst(2)) }
                body = Lexicon.governmentBodies[bodyWords.joined(separator: " ")]
            }
            if let body, let country = countries.first, let countryName = gazetteer.countryNames[country] {
                let name = "\(body) of \(Self.withArticle(countryName))"
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: pool.name("org:" + Slug.make(name), name),
                                     countries: pool.countries(countries), priority: 3))
            } else if count >= 2 {
                // An unknown organisation; a country or demonym in it gives its country.
                let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
                out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization,
                                     countries: pool.countries(country.map { [$0] } ?? []), priority: 2))
            }
            return
        }
        if count >= 2 && headFlags.contains(.placeHead) {
            let country = (lo..<hi).lazy.compactMap { words.country(tokens[$0].lower) }.first
            out.append(Candidate(lo: lo, hi: hi, kind: .place, form: .name, label: .place,
                                 countries: pool.countries(country.map { [$0] } ?? []), priority: 2))
            return
        }
        // People: two or three name-like words with evidence.
        if (2...3).contains(count) {
            let nameLike = (lo..<hi).allSatisfy { k in
                let t = tokens[k]
                let f = t.wordFlags
                return !f.contains(.stopword) && !t.lowerFlags.contains(.country) && t.isCapitalized
                    && !t.flags.contains(.allUpper) && !f.contains(.placeHead)
            } && !(lo..<hi).contains(where: { isTitle(scan, $0) })
            let known = scan.phraseLength(lo) > 0 && scan.phraseLength(lo) >= count
            if nameLike && !known {
                let next = hi < tokens.count ? scan.text(hi) : ""
                let next2 = hi + 1 < tokens.count ? scan.text(hi + 1) : ""
                let prev = lo > 0 ? scan.text(lo - 1) : ""
                // A verb right after the name ("Nacer Chadli replaced", "Sassi scored") makes it a doer.
                let verbNext = next.count >= 4 && next.first?.isLowercase == true && (next.hasSuffix("ed") || Lexicon.reportingVerbs.contains(next))
                // Apposition: "Nunzio Galantino, has called", "Jane Roe, who ...", "John Doe, the ...".
                let context = verbNext || (next == "," && ["who", "whose", "the", "a", "an", "has", "had", "is", "was", "said", "says", "told"].contains(next2))
                    || ["by", "with", "said", "told", "says"].contains(prev) || Lexicon.personNouns.contains(prev)
                    // "Its spokesman, Davies Mumba, described ...": set off after a role, or before a reporting verb.
                    || (next == "," && Lexicon.reportingVerbs.contains(next2))
                    || (prev == "," && lo >= 2 && Lexicon.personNouns.contains(scan.text(lo - 2)) && next == ",")
                    // "Mercy Kirui on Friday denied": a day between the name and its verb.
                    || (next == "on" && Lexicon.weekdays.contains(next2) && hi + 2 < tokens.count
                        && Lexicon.reportingVerbs.contains(scan.text(hi + 2)))
                // "The Daily Beast claimed", "In its report, The Morning Post said": people take no
                // article, so a doer named after "the" is a body.
                if prev == "the" || prev == "The", verbNext || Lexicon.reportingVerbs.contains(next) {
                    out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .organization, countries: -1, priority: 2))
                    return
                }
                let evidence = tokens[lo].wordFlags.contains(.givenName) || context || tokens[lo].isInitial
                    || (tokens[hi - 1].wordFlags.contains(.surname) && scan.text(lo).count <= 3)
                if evidence {
                    out.append(Candidate(lo: lo, hi: hi, kind: .person, form: .name, label: .person, countries: -1, priority: 2))
                    return
                }
            }
        }
        // Otherwise a longer name that contains known names hides them ("Fan Expo Canada 2016").
        guard count >= 2 else { return }
        var containsKnown = false, joined = false, titled = false, unknown = false
        for k in lo..<hi {
            let t = tokens[k]
            let f = t.wordFlags
            let known = scan.phraseLength(k) > 0
            let title = isTitle(scan, k)
            if known { containsKnown = true }
            if f.contains(.connector) { joined = true }
            if title { titled = true }
            if t.isWord && !f.contains(.stopword) && !known && !f.contains(.connector) && !t.lowerFlags.contains(.country) && !title {
                unknown = true
            }
        }
        if containsKnown && unknown && !joined && !titled {
            out.append(Candidate(lo: lo, hi: hi, kind: .organization, form: .name, label: .blocking, countries: -1, priority: 0, blocks: true))
        }
    }

    /// The kind a lower-case noun right before an unknown name gives it: "the newspaper De
    /// Telegraaf", "research firm Peilpunt" (an organisation); "the fishing town of Masinloc"
    /// (a place). Not for a known name, a title, a person's given name, a day or a month.
    func kindByNoun(_ scan: Scan, lo: Int, hi: Int) -> EntityKind? {
        let tokens = scan.tokens
        guard hi - lo <= 5, lo >= 1 || hi - lo == 1 else { return nil }
        // (The word before first: most runs have no such noun, and the rest is not looked at.)
        var kind: EntityKind? = nil
        if lo >= 1, tokens[lo - 1].isLowercase, Lexicon.organizationNouns.contains(scan.text(lo - 1)) {
            kind = .organization
        } else if hi - lo == 1, lo >= 2, tokens[lo - 1].word == WordTable.comma, hi < tokens.count, tokens[hi].word == WordTable.comma,
                  tokens[lo - 2].isLowercase, Lexicon.organizationNouns.contains(scan.text(lo - 2)) {
            // "his restaurant, Fiamma, was": one unknown word set off by commas after the noun.
            kind = .organization
        } else if hi - lo == 1, tokens[lo].flags.contains(.allUpper), (3...5).contains(tokens[lo].end - tokens[lo].start), hi < tokens.count,
                  ["'s", "’s", "'", "’"].contains(scan.text(hi)) || Lexicon.organizationRoles.contains(scan.text(hi)) {
            // "APD's own data", "APD spokesman Leon Ortiz": an unknown acronym that owns something or has a spokesman.
            kind = .organization
        } else if lo >= 2, tokens[lo - 1].word == WordTable.of, tokens[lo - 2].isLowercase, Lexicon.placeNouns.contains(scan.text(lo - 2)),
                  tokens[hi - 1].wordFlags.isDisjoint(with: [.organizationHead]) {
            kind = .place
        }
        guard let kind, scan.phraseLength(lo) < hi - lo, !isTitle(scan, lo), !tokens[lo].wordFlags.contains(.givenName),
              !(lo..<hi).contains(where: { Lexicon.weekdays.contains(scan.text($0)) || Lexicon.months.contains(scan.text($0)) }),
              // ("Comic Corps of Canada": the country after "of" is its own mention.)
              !(lo + 1..<hi).contains(where: { tokens[$0 - 1].word == WordTable.of && tokens[$0].lowerFlags.contains(.country) }) else { return nil }
        return kind
    }
}
