import Foundation

// The closed word lists the claim rules react to.
extension ClaimExtractor {
    static let openingQuotes: Set<String> = ["“", "\"", "«", "‘", "'"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it"]
    /// Lower-case head nouns of a body that speaks ("The ministry", "the central bank"); once the body is
    /// named, "the <noun>" stands for it.
    static let bodyNouns: Set<String> = bodyHeads.union(sideBodies).union(["bank", "regulator", "commissioner", "panel",
                                                                                  "authority", "watchdog", "federation", "association",
                                                                                  "committee", "administration", "secretariat"])
    /// Dashes that sign a quote or close a dateline.
    static let dashes: Set<String> = ["-", "—", "–", "--"]
    /// Reports a denial names with their content ("denied reports that ...").
    /// (Only reports with a source of their own: "rejects any suggestion that ..." quotes nobody.)
    static let reportedNouns: Set<String> = ["report", "reports", "rumour", "rumours", "rumor", "rumors", "story", "stories"]
    /// Nouns for people an unnamed source is ("a person familiar with ...", "officials close to ...").
    static let anonymousHeads: Set<String> = ["person", "people", "official", "officials", "source", "sources", "diplomat",
                                                       "diplomats", "executive", "executives", "aide", "aides", "insider", "insiders",
                                                       "adviser", "advisers", "advisor", "advisors", "member", "members", "employee", "employees"]
    /// Words that tie an unnamed source to what it knows.
    static let anonymousLinks: Set<String> = ["familiar", "close", "briefed", "knowledgeable"]
    static let bodyHeads: Set<String> = ["ministry", "agency", "service", "department", "government", "kremlin", "office", "committee"]
    static let pronouns: Set<String> = ["i", "we", "you", "this", "that", "these", "those", "which", "who", "there", "his", "her", "its", "their"]
    /// Words after which "that" is the pronoun, not the conjunction: a verb, or the apostrophe of
    /// "that's" ("says that's wrong", "said that was a lie").
    static let pronounThatVerbs: Set<String> = ["'", "’", "'s", "’s", "is", "was", "isn", "wasn"]
    static let headPrepositions: Set<String> = ["of", "at", "for", "from", "with", "in"]
    static let prepositions: Set<String> = ["to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "about", "and", "or"]
}
