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
    private var paragraph32: Int32
    private var start32: Int32
    private var end32: Int32
    public var kind: EntityKind
    public var form: MentionForm
    /// Paragraph index; -1 for the title, -2 for the standfirst.
    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(clamping: newValue) }
    }
    /// Unicode scalar offsets into the source file's decoded text (end exclusive).
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    public init(entity: String, kind: EntityKind, form: MentionForm, text: String, paragraph: Int, start: Int, end: Int) {
        self.entity = entity
        self.kind = kind
        self.form = form
        self.text = text
        paragraph32 = Int32(clamping: paragraph)
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
    }
}

extension Mention: Codable {
    private enum CodingKeys: String, CodingKey {
        case entity, kind, form, text, paragraph, start, end
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(entity: try c.decode(String.self, forKey: .entity), kind: try c.decode(EntityKind.self, forKey: .kind),
                  form: try c.decode(MentionForm.self, forKey: .form), text: try c.decode(String.self, forKey: .text),
                  paragraph: try c.decode(Int.self, forKey: .paragraph), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entity, forKey: .entity)
        try c.encode(kind, forKey: .kind)
        try c.encode(form, forKey: .form)
        try c.encode(text, forKey: .text)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
