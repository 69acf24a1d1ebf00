import Foundation

/// Finds calendar dates written the ways news sources write them, as ISO yyyy-MM-dd:
/// "2025-03-19", "19 March 2025", "March 19, 2025", "Mar. 19th 2025".
public enum DateParser {
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    private struct Token {
        var text: Substring
        var range: Range<String.Index>
        var number: Int? { Int(text) }
    }

    private static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i].isLetter || text[i].isNumber {
                var j = i
                while j < text.endIndex && (text[j].isLetter || text[j].isNumber || text[j] == "-") { j = text.index(after: j) }
                out.append(Token(text: text[i..<j], range: i..<j))
                i = j
            } else {
                i = text.index(after: i)
            }
            if out.count > 4096 { break }  // dates sit near the start of what we parse
        }
        return out
    }

    private static func month(_ word: Substring) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        if let i = months.firstIndex(of: lower) { return i + 1 }
        if lower == "sept" { return 9 }
        if lower.count == 3, let i = months.firstIndex(where: { $0.hasPrefix(lower) }) { return i + 1 }
        return nil
    }

    /// "19", "19th", "1st" -> 19, 1
    private static func day(_ word: Substring) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, let y = Int(word), (1000...9999).contains(y) else { return nil }
        return y
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The first date in `text` and where it is.
    public static func firstDate(in text: String) -> (String, Range<String.Index>)? {
        let t = tokens(text)
        for i in t.indices {
            let w = t[i].text
            // 2025-03-19
            let parts = w.split(separator: "-")
            if parts.count == 3, let y = year(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
               parts[1].count == 2, parts[2].count == 2, (1...12).contains(m), (1...31).contains(d) {
                return (iso(y, m, d), t[i].range)
            }
            guard i + 2 < t.count else { continue }
            // 19 March 2025
            if let d = day(w), let m = month(t[i + 1].text), let y = year(t[i + 2].text) {
                return (iso(y, m, d), t[i].range.lowerBound..<t[i + 2].range.upperBound)
            }
            // March 19, 2025
            if let m = month(w), let d = day(t[i + 1].text), let y = year(t[i + 2].text) {
                return (iso(y, m, d), t[i].range.lowerBound..<t[i + 2].range.upperBound)
            }
        }
        return nil
    }

    /// The date when `text` is nothing but a date (optionally with a weekday), e.g. "Friday, July 21, 2017".
    public static func wholeDate(_ text: String) -> String? {
        guard text.count <= 40, let (date, range) = firstDate(in: text) else { return nil }
        let rest = text.replacingCharacters(in: range, with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: " ,.\t"))
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return rest.isEmpty || weekdays.contains(rest.lowercased()) ? date : nil
    }
}
