// libFuzzer target: a file's bytes -> CorpusLoader.parse(bytes:id:path:) (TextDecoder, then
// ArticleParser and the paragraph classifier). Bytes that are not an article must give a one-line
// reason; an article's paragraphs must be exactly the source text between their offsets.
import FuzzSupport
import NewsModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    switch CorpusLoader.parse(bytes: input, id: "fuzz", path: "fuzz.txt") {
    case .success(let article):
        guard let text = try? TextDecoder.decode(input) else { fatalError("parsed, yet the bytes do not decode") }
        Invariants.check(article, text: text)
    case .failure(let error):
        let message = error.description
        require(!message.isEmpty && !message.contains("\n"), "the problem message is not one line: \(message)")
    }
    return 0
}

@main
enum Main {
    static func main() { runLibFuzzer(fuzzArticle) }
}
