/// The kinds of things newstui recognises.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, country, organization, place
}

/// How a mention names its entity.
public enum MentionForm: String, Sendable, Hashable, Codable {
    /// A proper name: "Vladimir Putin", "Putin", "NATO", "Kyiv".
    case name
    /// A demonym: "Russian", "Ukrainians".
    case demonym
    /// A title or role standing for a person: "the US president".
    case title
    /// A social-media handle: "@generalkellogg".
    case handle
}

/// A canonical entity of the corpus, with the countries it belongs to.
public struct Entity: Sendable, Hashable, Codable {
    /// Stable id: "<kind>/<slug>", e.g. "country/ua", "person/vladimir-putin".
    public var id: String
    public var name: String
    public var kind: EntityKind
    /// Other surface forms seen or known ("Putin", "Zelenskyy").
    public var aliases: [String]
    /// Ids of the country entities it belongs to.
    public var countries: [String]
    /// How many articles mention it, and how many mentions in all.
    public var articles: Int
    public var mentions: Int

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], countries: [String] = [], articles: Int = 0, mentions: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.countries = countries
        self.articles = articles
        self.mentions = mentions
    }
}

/// An entity named at a range of an article's text.
///
/// A corpus holds millions: the paragraph and offsets are stored as 32-bit numbers (files are
/// far smaller than 2^31 characters), which keeps a mention at 48 bytes.
public struct Mention: Sendable, Hashable {
    /// The canonical entity's id.
    public var entity: String
    /// The surface text, exactly as in the source.
    public var text: String
    /// Paragraph index; -1 for the title, -2 for the standfirst.
    @Compact32 public var paragraph: Int
    /// Unicode scalar offsets into the source file's decoded text (end exclusive).
    @Compact32 public var start: Int
    @Compact32 public var end: Int
    public var kind: EntityKind
    public var form: MentionForm

    public init(entity: String, kind: EntityKind, form: MentionForm, text: String, paragraph: Int, start: Int, end: Int) {
        self.entity = entity
        self.kind = kind
        self.form = form
        self.text = text
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

extension Mention: Codable {}
