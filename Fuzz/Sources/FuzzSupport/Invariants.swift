import CLibFuzzer
import Foundation
import NewsModel
import NewsUI

/// Stops the run with a message when `condition` is false; libFuzzer reports the trap as a crash
/// and keeps the input.
@inline(__always)
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                    file: StaticString = #fileID, line: UInt = #line) {
    if !condition() { fatalError("invariant broken: \(message())", file: file, line: line) }
}

/// The promises the model makes about offsets and drawable text, checked on every fuzz input.
public enum Invariants {
    /// Paragraphs are numbered in order, do not overlap, and each one's text is exactly the
    /// decoded source text between its offsets; title and standfirst ranges lie in the text.
    public static func check(_ article: Article, text: String) {
        let scalars = Array(text.unicodeScalars)
        checkRange(article.titleRange, in: scalars.count, "title")
        checkRange(article.standfirstRange, in: scalars.count, "standfirst")
        var previousEnd = 0
        for (i, p) in article.paragraphs.enumerated() {
            require(p.index == i, "paragraph \(i) numbered \(p.index)")
            checkRange(p.start..<max(p.start, p.end), in: scalars.count, "paragraph \(i)")
            require(p.start <= p.end, "paragraph \(i): start \(p.start) > end \(p.end)")
            require(p.start >= previousEnd, "paragraph \(i) starts at \(p.start), before the previous end \(previousEnd)")
            require(p.text.unicodeScalars.elementsEqual(scalars[p.start..<p.end]),
                    "paragraph \(i) text differs from the source at \(p.start)..<\(p.end)")
            previousEnd = p.end
        }
        for s in [article.title, article.standfirst] + article.paragraphs.map(\.text) {
            checkDrawable(SafeText.sanitize(s), "sanitized article text")
        }
    }

    /// Every mention, claim and conflict points at real text of its article and at known claims.
    public static func check(_ analysis: CorpusAnalysis, texts: [String]) {
        require(analysis.articles.count == texts.count, "\(analysis.articles.count) articles for \(texts.count) texts")
        var claimIDs: Set<String> = []
        let entityIDs = Set(analysis.entities.map(\.id))
        for (a, analyzed) in analysis.articles.enumerated() {
            let article = analyzed.article
            let scalars = Array(texts[a].unicodeScalars)
            for m in analyzed.mentions {
                let bounds = paragraphBounds(article, m.paragraph)
                require(bounds != nil, "mention \(m.text) in paragraph \(m.paragraph), which does not exist")
                guard let bounds else { continue }
                require(m.start < m.end && bounds.lowerBound <= m.start && m.end <= bounds.upperBound,
                        "mention \(m.text) at \(m.start)..<\(m.end) outside its paragraph \(bounds)")
                require(m.text.unicodeScalars.elementsEqual(scalars[m.start..<m.end]),
                        "mention text \(m.text) differs from the source at \(m.start)..<\(m.end)")
                require(entityIDs.contains(m.entity), "mention of unknown entity \(m.entity)")
            }
            for c in analyzed.claims {
                require(claimIDs.insert(c.id).inserted, "duplicate claim id \(c.id)")
                require(c.article == article.id, "claim \(c.id) of article \(c.article) listed under \(article.id)")
                let bounds = paragraphBounds(article, c.paragraph)
                require(bounds != nil, "claim \(c.id) in paragraph \(c.paragraph), which does not exist")
                guard let bounds else { continue }
                require(c.start <= c.end && bounds.lowerBound <= c.start && c.end <= bounds.upperBound,
                        "claim \(c.id) at \(c.start)..<\(c.end) outside its paragraph \(bounds)")
                require(c.text.unicodeScalars.elementsEqual(scalars[c.start..<c.end]),
                        "claim \(c.id) text differs from the source at \(c.start)..<\(c.end)")
                if let e = c.speakerEntity { require(entityIDs.contains(e), "claim \(c.id) by unknown entity \(e)") }
            }
        }
        for c in analysis.conflicts {
            require(claimIDs.contains(c.a) && claimIDs.contains(c.b), "conflict \(c.id) between unknown claims \(c.a), \(c.b)")
            require(c.a != c.b, "conflict \(c.id) of a claim with itself")
            require(c.strength >= 0 && c.strength <= 1, "conflict \(c.id) strength \(c.strength)")
            checkDrawable(SafeText.sanitize(c.why), "conflict explanation")
        }
    }

    /// A drawn screen: the right number of cells, wide glyphs followed by their continuation, and
    /// no control character, escape or bidirectional override anywhere (what reaches the terminal).
    public static func check(_ buffer: ScreenBuffer) {
        let size = buffer.size
        require(buffer.cells.count == size.width * size.height, "\(buffer.cells.count) cells for \(size)")
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = buffer.cells[y * size.width + x]
                checkDrawable(cell.text, "cell (\(x), \(y))")
                if cell.width == 2 {
                    require(x + 1 < size.width, "wide glyph in the last column at (\(x), \(y))")
                    require(buffer.cells[y * size.width + x + 1].isContinuation, "wide glyph at (\(x), \(y)) without continuation")
                    x += 2
                } else {
                    require(cell.width == 1, "stray continuation or width \(cell.width) at (\(x), \(y))")
                    x += 1
                }
            }
        }
    }

    /// No C0/C1 control, DEL, line or paragraph separator, or bidirectional control.
    public static func checkDrawable(_ text: String, _ what: @autoclosure () -> String) {
        // Fast path: printable ASCII (most cells).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return }
        for s in text.unicodeScalars {
            let v = s.value
            let bad = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0x2028 || v == 0x2029
            require(!bad, "\(what()) carries U+\(String(v, radix: 16, uppercase: true))")
        }
    }

    private static func checkRange(_ r: Range<Int>, in count: Int, _ what: String) {
        require(r.lowerBound >= 0 && r.upperBound <= count, "\(what) range \(r) outside 0..<\(count)")
    }

    /// The source range of paragraph `index` (-1 the title, -2 the standfirst).
    private static func paragraphBounds(_ article: Article, _ index: Int) -> Range<Int>? {
        switch index {
        case -1: return article.titleRange
        case -2: return article.standfirstRange
        case 0..<article.paragraphs.count:
            let p = article.paragraphs[index]
            return p.start..<p.end
        default: return nil
        }
    }
}

/// The input as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Runs libFuzzer's driver on the command line with `callback` as the target, and exits.
public func runLibFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}
