/// Who claimed what, where: one reported statement of an article.
public struct Claim: Sendable, Hashable, Codable {
    /// "<article id>#<n>", unique in the corpus.
    public var id: String
    /// The speaker as named: a canonical entity's name, or the source as written ("state news agencies").
    public var speaker: String
    /// The speaker's entity id when the speaker is a known entity.
    public var speakerEntity: String?
    /// The party the speaker speaks for, when a role phrase says so ("the army's spokesman"):
    /// an entity id, or the party as written.
    public var speakerSide: String?
    /// The reporting cue: "said", "denied", "according to", "quote", "post", ...
    public var cue: String
    /// What was claimed (quoted or paraphrased), exactly as in the source.
    public var text: String
    public var quoted: Bool
    /// Paragraph index and source offsets (Unicode scalars, end exclusive) of `text`.
    public var paragraph: Int
    public var start: Int
    public var end: Int
    /// The article the claim is in.
    public var article: String
    /// Entities mentioned in the claim's text.
    public var about: [String]
    /// The claim negates or disputes something ("not", "never", "denied", "misrepresents").
    public var disputes: Bool
    /// Two parties accuse each other ("Russia and Ukraine accuse each other").
    public var mutualParties: [String]
    /// The claim this one answers as a fact-check ("FACT:" after "HOAX:"), if any.
    public var answers: String?

    public init(id: String, speaker: String, speakerEntity: String?, speakerSide: String? = nil, cue: String, text: String, quoted: Bool, paragraph: Int,
                start: Int, end: Int, article: String, about: [String] = [], disputes: Bool = false, mutualParties: [String] = [], answers: String? = nil) {
        self.id = id
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.speakerSide = speakerSide
        self.cue = cue
        self.text = text
        self.quoted = quoted
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.article = article
        self.about = about
        self.disputes = disputes
        self.mutualParties = mutualParties
        self.answers = answers
    }
}

/// How two claims disagree.
public enum ConflictKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// B says A is false or did not happen.
    case denial
    /// B counters A with an argument or a fact.
    case refutation
    /// Each side accuses the other.
    case mutualAccusation = "mutual-accusation"
    /// The same quantity with incompatible numbers.
    case contradictingFigures = "contradicting-figures"
    /// The same thing described in incompatible terms.
    case framing
}

/// Two claims that disagree, with why, in one line. Reported, not judged.
public struct Conflict: Sendable, Hashable, Codable {
    public var id: String
    public var kind: ConflictKind
    /// Claim ids.
    public var a: String
    public var b: String
    /// 0...1: how sure the rule that found it is.
    public var strength: Double
    public var why: String

    public init(id: String, kind: ConflictKind, a: String, b: String, strength: Double, why: String) {
        self.id = id
        self.kind = kind
        self.a = a
        self.b = b
        self.strength = strength
        self.why = why
    }
}
