// libFuzzer target: bytes -> a parsed article -> Analyzer.recognize (entity recognition), then the
// analysis cache's JSON round trip of the result. Every mention must lie inside its paragraph (or
// the title or standfirst) and be exactly the source text between its offsets.
import Foundation
import FuzzSupport
import NewsModel

/// Loaded once: the gazetteers take a while to compile.
let analyzer = Analyzer()

/// The cached form of a mention, read back from the cache's JSON.
private struct CachedArticle: Decodable {
    struct Mention: Decodable {
        var kind: String
        var form: String
        var key: String
        var name: String
        var paragraph: Int
        var start: Int
        var end: Int
        var text: String
    }
    var mentions: [Mention]
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard case .success(let article) = CorpusLoader.parse(bytes: input, id: "fuzz", path: "fuzz.txt"),
          let text = try? TextDecoder.decode(input) else { return 0 }
    let recognized = analyzer.recognize(article)
    let json: Data
    do { json = try JSONEncoder().encode(recognized) } catch { fatalError("cannot encode a recognised article: \(error)") }
    let back: RecognizedArticle, mirror: CachedArticle
    do {
        back = try JSONDecoder().decode(RecognizedArticle.self, from: json)
        mirror = try JSONDecoder().decode(CachedArticle.self, from: json)
    } catch {
        fatalError("cannot decode a recognised article: \(error)")
    }
    require(back.article == article, "the cached article differs from the parsed one")
    let scalars = Array(text.unicodeScalars)
    for m in mirror.mentions {
        let bounds: Range<Int>
        switch m.paragraph {
        case -1: bounds = article.titleRange
        case -2: bounds = article.standfirstRange
        case 0..<article.paragraphs.count: bounds = article.paragraphs[m.paragraph].start..<article.paragraphs[m.paragraph].end
        default: fatalError("mention \(m.text) in paragraph \(m.paragraph), which does not exist")
        }
        require(m.start < m.end && bounds.lowerBound <= m.start && m.end <= bounds.upperBound,
                "mention \(m.text) at \(m.start)..<\(m.end) outside its paragraph \(m.paragraph) \(bounds)")
        require(m.text.unicodeScalars.elementsEqual(scalars[m.start..<m.end]),
                "mention \(m.text) differs from the source at \(m.start)..<\(m.end)")
        require(!m.key.isEmpty && !m.name.isEmpty, "mention \(m.text) without a key or name")
    }
    return 0
}

@main
enum Main {
    static func main() { runLibFuzzer(fuzzEntities) }
}
