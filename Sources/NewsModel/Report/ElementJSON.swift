/// Elements of the report (articles, entities, conflicts) as JSON, written by hand: the bytes
/// `JSONEncoder` gives for them in the report (pretty, key-sorted, at the depth of an element of a
/// top-level array), about ten times as fast. Tests hold the two to the same bytes.
struct ElementJSON {
    private(set) var bytes: [UInt8] = []

    /// Appends `article` as an element of the report's "articles" array (its "{" four spaces in).
    mutating func append(_ a: AnalysisReport.ArticleReport) {
        open(indent: 4)
        array("claims", a.claims, indent: 6) { c, w in
            w.string("cue", c.cue, 10)
            w.int("end", c.end, 10)
            w.string("id", c.id, 10)
            w.int("paragraph", c.paragraph, 10)
            w.bool("quoted", c.quoted, 10)
            w.string("speaker", c.speaker, 10)
            w.string("speakerEntity", c.speakerEntity, 10)
            w.string("speakerSide", c.speakerSide, 10)
            w.int("start", c.start, 10)
            w.string("text", c.text, 10, last: true)
        }
        string("date", a.date, 6)
        string("id", a.id, 6)
        array("mentions", a.mentions, indent: 6) { m, w in
            w.int("end", m.end, 10)
            w.string("entity", m.entity, 10)
            w.string("form", m.form.rawValue, 10)
            w.string("kind", m.kind.rawValue, 10)
            w.int("paragraph", m.paragraph, 10)
            w.int("start", m.start, 10)
            w.string("text", m.text, 10, last: true)
        }
        string("outlet", a.outlet, 6)
        array("paragraphs", a.paragraphs, indent: 6) { p, w in
            w.int("end", p.end, 10)
            w.int("index", p.index, 10)
            w.string("kind", p.kind.rawValue, 10)
            w.int("start", p.start, 10)
            w.string("text", p.text, 10, last: true)
        }
        string("path", a.path, 6)
        string("standfirst", a.standfirst, 6)
        string("title", a.title, 6)
        string("url", a.url, 6, last: true)
        close(indent: 4)
    }

    /// Appends `e` as an element of the report's "entities" array.
    mutating func append(_ e: Entity) {
        open(indent: 4)
        strings("aliases", e.aliases, indent: 6)
        int("articles", e.articles, 6)
        strings("countries", e.countries, indent: 6)
        string("id", e.id, 6)
        string("kind", e.kind.rawValue, 6)
        int("mentions", e.mentions, 6)
        string("name", e.name, 6, last: true)
        close(indent: 4)
    }

    /// Appends `c` as an element of the report's "conflicts" array (a strength that is not a
    /// finite number, which JSONEncoder would refuse, as null).
    mutating func append(_ c: Conflict) {
        open(indent: 4)
        string("a", c.a, 6)
        string("b", c.b, 6)
        string("id", c.id, 6)
        string("kind", c.kind.rawValue, 6)
        self.key("strength", 6)
        // JSONEncoder writes a double as its description without a trailing ".0".
        let d = c.strength.isFinite ? c.strength.description : "null"
        bytes.append(contentsOf: (d.hasSuffix(".0") ? d.dropLast(2) : Substring(d)).utf8)
        end(false)
        string("why", c.why, 6, last: true)
        close(indent: 4)
    }

    /// The ",\n" between two elements.
    mutating func separate() {
        bytes.append(0x2C)
        bytes.append(0x0A)
    }

    private mutating func open(indent: Int) {
        spaces(indent)
        bytes.append(0x7B)  // {
        bytes.append(0x0A)
    }

    /// `"key" : [ objects ]`.
    private mutating func array<T>(_ key: String, _ items: [T], indent: Int, _ fields: (T, inout ElementJSON) -> Void) {
        list(key, items, indent: indent) { item, w in
            w.open(indent: indent + 2)
            fields(item, &w)
            w.close(indent: indent + 2)
        }
    }

    /// `"key" : [ strings ]`, one a line.
    private mutating func strings(_ key: String, _ items: [String], indent: Int) {
        list(key, items, indent: indent) { item, w in
            w.spaces(indent + 2)
            w.quoted(item)
        }
    }

    /// `"key" : [ items ]`, each written by `element` on a line of its own; an empty array is a
    /// blank line between the brackets, as JSONEncoder writes it.
    private mutating func list<T>(_ key: String, _ items: [T], indent: Int, _ element: (T, inout ElementJSON) -> Void) {
        self.key(key, indent)
        bytes.append(0x5B)  // [
        bytes.append(0x0A)
        if items.isEmpty { bytes.append(0x0A) }
        for (k, item) in items.enumerated() {
            element(item, &self)
            if k < items.count - 1 { bytes.append(0x2C) }
            bytes.append(0x0A)
        }
        spaces(indent)
        bytes.append(0x5D)  // ]
        bytes.append(0x2C)
        bytes.append(0x0A)
    }

    private mutating func close(indent: Int) {
        spaces(indent)
        bytes.append(0x7D)  // }
    }

    private mutating func key(_ key: String, _ indent: Int) {
        spaces(indent)
        bytes.append(0x22)
        bytes.append(contentsOf: key.utf8)
        bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])  // " :
    }

    private mutating func end(_ last: Bool) {
        if !last { bytes.append(0x2C) }
        bytes.append(0x0A)
    }

    private mutating func int(_ key: String, _ value: Int, _ indent: Int, last: Bool = false) {
        self.key(key, indent)
        bytes.append(contentsOf: String(value).utf8)
        end(last)
    }

    private mutating func bool(_ key: String, _ value: Bool, _ indent: Int, last: Bool = false) {
        self.key(key, indent)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        end(last)
    }

    private mutating func string(_ key: String, _ value: String?, _ indent: Int, last: Bool = false) {
        self.key(key, indent)
        if let value { quoted(value) } else { bytes.append(contentsOf: "null".utf8) }
        end(last)
    }

    private mutating func spaces(_ n: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: n))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string as JSONEncoder escapes it: quote and backslash, \b \t \n \f \r, other controls
    /// below U+0020 as \u00xx; everything else (slashes too) as it is.
    private mutating func quoted(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { b in
            var run = 0
            for i in 0..<b.count {
                let c = b[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                run = i + 1
                switch c {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                default:
                    let hex = Self.hexDigits
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
        }
        bytes.append(0x22)
    }
}
