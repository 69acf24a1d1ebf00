import Foundation

/// Reads "Source: outlet (domain), date, url (notes)" into its parts.
enum SourceLineParser {
    struct Meta: Equatable {
        var outlet: String?
        var date: String?
        var url: String?
    }

    static func parse(_ body: String) -> Meta {
        var meta = Meta()
        var rest = body.trimmingCharacters(in: .whitespaces)
        if let urlRange = rest.range(of: #"https?://[^\s,)]+"#, options: .regularExpression) {
            meta.url = String(rest[urlRange])
            rest.removeSubrange(urlRange)
        }
        if let (date, range) = DateParser.firstDate(in: rest) {
            meta.date = date
            let outletPart = rest[..<range.lowerBound]
            meta.outlet = cleanOutlet(String(outletPart))
        } else if let comma = rest.firstIndex(of: ",") {
            meta.outlet = cleanOutlet(String(rest[..<comma]))
        } else {
            meta.outlet = cleanOutlet(rest)
        }
        return meta
    }

    /// "The White House (whitehouse.gov), " -> "The White House"
    private static func cleanOutlet(_ text: String) -> String? {
        var t = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;–—-"))
        if let paren = t.range(of: #"\s*\([^)]*\)$"#, options: .regularExpression) {
            t.removeSubrange(paren)
        }
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
        return t.isEmpty ? nil : t
    }
}
