import Foundation

/// Words through which two claims meet on one point though worded differently: shared points
/// ("returned" / "received"), opposite poles ("rose" / "fell") and side-taking names of one thing
/// ("peacekeeping" / "occupation"). Loaded from `Resources/Lexicon/disputes.tsv`.
struct DisputeLexicon: Sendable {
    /// Word -> the name of the point it makes ("transfer").
    var point: [String: String] = [:]
    /// Word -> group * 2 + pole, for opposite poles.
    var pole: [String: Int32] = [:]
    /// Word -> pair * 2 + side, for side-taking names; two-word names keyed "first second".
    var frame: [String: Int32] = [:]
    /// First words of the two-word names.
    var frameFirst: Set<String> = []
    /// Group names, by group (for explanations).
    var poleGroups: [String] = []
    var frameGroups: [String] = []

    static let shared = DisputeLexicon(url: Bundle.module.url(forResource: "Lexicon", withExtension: nil)?.appendingPathComponent("disputes.tsv"))

    init(url: URL?) {
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        self.init(text: text)
    }

    /// Parses the lexicon's lines; unknown kinds and malformed lines are skipped.
    init(text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 3 else { continue }
            let kind = cols[0], name = String(cols[1])
            let sides = cols[2].split(separator: "|").map { $0.split(separator: " ").map { $0.replacingOccurrences(of: "_", with: " ") } }
            switch kind {
            case "same":
                for w in sides.joined() { point[w] = name }
            case "opposite" where sides.count == 2:
                let g = Int32(poleGroups.count)
                poleGroups.append(name)
                for (side, words) in sides.enumerated() { for w in words { pole[w] = g * 2 + Int32(side) } }
            case "framing" where sides.count == 2:
                let g = Int32(frameGroups.count)
                frameGroups.append(name)
                for (side, words) in sides.enumerated() {
                    for w in words {
                        let parts = w.split(separator: " ")
                        // Longer names are keyed by their last two words ("military operation").
                        let key = parts.suffix(2).joined(separator: " ")
                        frame[key] = g * 2 + Int32(side)
                        if parts.count > 1 { frameFirst.insert(String(parts[parts.count - 2])) }
                    }
                }
            default:
                continue
            }
        }
    }
}
