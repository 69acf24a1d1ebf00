import Foundation

// What an article has told the claim rules so far: the people, speakers and bodies seen, and
// the sex it gives a person (for pronouns).
extension ClaimExtractor {
    /// The running context of an article: the people and speakers seen so far.
    /// (A class: the rules read it from closures that share it, and a copy of a struct of this
    /// many speakers and tables would retain each of them.)
    final class Salience {
        var lastPerson: Speaker?
        var lastSpeaker: Speaker?
        var lastReporter: Speaker?
        var lastOrganizations: [Speaker] = []
        /// Person entity -> the side they speak for, once a role phrase said it.
        var sides: [String: String] = [:]
        var postAuthor: Speaker?
        /// Who last spoke "in a statement" (a document noun -> its speaker, and the paragraph):
        /// "the statement said" next speaks for them.
        var documentBy: [String: (speaker: Speaker, paragraph: Int)] = [:]
        /// Role word -> the latest speaker named with it.
        var roleSpeakers: [String: Speaker] = [:]
        /// A body named as written, by its head noun, as first named ("The finance ministry"):
        /// "the ministry" later is the same body.
        var bodies: [String: String] = [:]
        /// Bodies by the noun an apposition described them with ("The Sahel Shield Forces (SSF), the
        /// paramilitary group that ..."): "the group" later is the one of them named last.
        var describedAs: [String: [Speaker]] = [:]

        /// The body "the <noun>" stands for: of those described with the noun, the one named most
        /// recently ("the SSF, the paramilitary group ... the Consortium, a group of charities ...
        /// The army describes the SSF as ... The group says": the SSF).
        func described(_ noun: String) -> Speaker? {
            guard let bodies = describedAs[noun], let last = bodies.last else { return nil }
            guard bodies.count > 1 else { return last }
            for org in lastOrganizations.reversed() {
                if let body = bodies.first(where: { $0.entity != nil && $0.entity == org.entity }) { return body }
            }
            return last
        }
        /// People the article says are suing ("being sued by X", "X is suing"): their lawyers speak for
        /// them, the side bringing the case, not for the defence.
        var claimants: Set<String> = []

        /// The body a written name stands for: the first one named with its head noun, when the
        /// name is "the" and lower-case words ending in a body noun (not "the Philippine ministry").
        func body(_ written: String) -> String? {
            // (Most names are no such body; an ASCII one is turned away by its bytes, before any string is built.)
            guard Self.mayBeBody(written) else { return nil }
            let words = SpaceWords.of(ClaimWords.lowercased(written))
            guard words.count >= 2, words.count <= 4, words[0] == "the", let head = words.last, ClaimExtractor.bodyNouns.contains(String(head)),
                  written.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase }) else { return nil }
            if let first = bodies[String(head)] { return first }
            bodies[String(head)] = written
            return written
        }
        /// False when `written` is ASCII and plainly fails `body`'s test: a capital after its first
        /// character, or a first word other than "the".
        private static func mayBeBody(_ written: String) -> Bool {
            var written = written
            return written.withUTF8 { b in
                var i = 0
                while i < b.count && b[i] == 0x20 { i += 1 }
                var k = 0
                while k < b.count {
                    let c = b[k]
                    if c >= 0x80 { return true }
                    if k > 0 && c &- 0x41 < 26 { return false }
                    k += 1
                }
                guard b.count >= i + 3, b[i] | 0x20 == 0x74, b[i + 1] | 0x20 == 0x68, b[i + 2] | 0x20 == 0x65 else { return false }
                return b.count == i + 3 || b[i + 3] == 0x20
            }
        }

        /// The person who was the subject of (or spoke in) the latest sentence that had one: "he"
        /// prefers them to whoever was named last.
        var lastSubject: Speaker?
        /// The latest group, organisation or document that spoke or was a sentence's subject:
        /// "they" prefers it to a single person.
        var lastGroup: Speaker?
        /// The body (not a person or a country) that spoke in the paragraph's previous sentence:
        /// "The ruling party dismissed the complaints. Its spokesman, X, said ..." speaks for that party.
        var bodyJustBefore: Speaker?
        /// The current sentence's own subject, for pronouns later in the same sentence
        /// ("Officials went to the station, where they claimed ...").
        var currentPerson: Speaker?
        var currentGroup: Speaker?
        /// A quote or an attribution ("X stated,") left open at the end of the previous paragraph:
        /// a quotation opening the next paragraph without attribution of its own continues it.
        var pendingQuote: (speaker: Speaker, cue: String)?
        /// The people named lately, latest last, and the sex the article gives each (by entity).
        var recentPeople: [Speaker] = []
        var sexes = LazySexes()

        func noteRecent(_ sp: Speaker) {
            recentPeople.removeAll { $0 == sp }
            recentPeople.append(sp)
            if recentPeople.count > 8 { recentPeople.removeFirst() }
        }

        /// The person a pronoun stands for: this sentence's subject, the last sentence's, the last
        /// person named, in that order, but passing over anyone the article gives the other sex,
        /// to the latest person of the pronoun's sex.
        func person(for pronoun: String) -> Speaker? {
            let preferred = [currentPerson, lastSubject, lastPerson].compactMap { $0 }
            guard let want = PersonSex(pronoun: pronoun) else { return preferred.first }
            func sex(_ sp: Speaker) -> PersonSex? { sp.entity.flatMap { sexes.of($0) } }
            if let first = preferred.first, sex(first) == nil || sex(first) == want { return first }
            if let match = preferred.first(where: { sex($0) == want }) ?? recentPeople.last(where: { sex($0) == want }) { return match }
            return preferred.first { sex($0) == nil } ?? preferred.first
        }
    }

    /// The sex the article gives a person, worked out for the people a pronoun is weighed
    /// against only: a marker right before a mention ("Ms", "Mr", "spokeswoman"), else a given
    /// name that is nearly always one sex.
    final class LazySexes {
        private let analyzed: AnalyzedArticle?
        private let name: (String) -> String?
        private var known: [String: PersonSex?] = [:]

        init(_ analyzed: AnalyzedArticle? = nil, name: @escaping (String) -> String? = { _ in nil }) {
            self.analyzed = analyzed
            self.name = name
        }

        func of(_ entity: String) -> PersonSex? {
            if let sex = known[entity] { return sex }
            let sex = work(entity)
            known[entity] = sex
            return sex
        }

        private func work(_ entity: String) -> PersonSex? {
            guard let analyzed else { return nil }
            for m in analyzed.mentions where m.entity == entity && m.kind == .person && m.form == .name {
                guard let p = analyzed.article.paragraphs.first(where: { $0.index == m.paragraph }) else { continue }
                // The word before the mention ("Ms", "Mr.", "spokeswoman").
                let view = p.text.unicodeScalars
                let offset = m.start - p.start
                guard offset > 0, offset <= view.count else { continue }
                var i = view.index(view.startIndex, offsetBy: offset)
                while i > view.startIndex, case let c = view[view.index(before: i)], c == " " || c == "." { i = view.index(before: i) }
                let end = i
                while i > view.startIndex, view[view.index(before: i)].properties.isAlphabetic { i = view.index(before: i) }
                if i < end, let sex = PersonSex.markers[String(view[i..<end]).lowercased()] { return sex }
            }
            guard let full = name(entity), let given = full.split(separator: " ").first else { return nil }
            return PersonSex.givenNames[String(given)]
        }
    }
}
