import Foundation

/// Keys that make spelling variants of one person's name meet:
/// "Zelensky", "Zelenskyy", "Zelenskiy" -> "zelensky"; "Donald J. Trump" -> "donald trump".
enum NameKey {
    static func fold(_ word: String) -> String {
        var w = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        w = w.replacingOccurrences(of: "’", with: "'")
        if w.hasSuffix("yy") || w.hasSuffix("iy") || w.hasSuffix("ij") { w = String(w.dropLast(2)) + "y" }
        if w.hasSuffix("ei") && w.count > 4 { w = String(w.dropLast(2)) + "ey" }
        return w
    }

    /// The words of a name without initials and honorific dots.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " }).map(String.init).filter { w in
            !(w.hasSuffix(".") && w.count <= 3)
        }
    }

    /// "first last" for a full name, "~last" for a surname alone.
    static func person(_ name: String) -> String {
        let w = words(name).map(fold)
        guard let last = w.last else { return "~" }
        if w.count == 1 { return "~" + last }
        return w[0] + " " + last
    }

    /// The surname key of a name.
    static func surname(_ name: String) -> String {
        "~" + (words(name).last.map(fold) ?? "")
    }
}
