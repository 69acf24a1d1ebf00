// libFuzzer target: bytes -> one or two articles (a NUL byte, which no text file holds, separates
// them) -> Analyzer().analyze on that corpus (entities, claims, conflicts) -> the JSON report and
// the screens that show claims (the reader with its claims panel, conflicts) at 80x24 or 130x30.
// Claims and mentions must be exactly the source text between their offsets, conflicts must pair
// known claims, and no drawn cell may carry a control character.
import FuzzSupport
import NewsModel
import NewsUI

let analyzer = Analyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    var articles: [Article] = []
    var texts: [String] = []
    for (i, part) in input.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: true).enumerated() {
        let partBytes = Array(part)
        guard case .success(let article) = CorpusLoader.parse(bytes: partBytes, id: "fuzz\(i)", path: "fuzz\(i).txt"),
              let text = try? TextDecoder.decode(partBytes) else { continue }
        articles.append(article)
        texts.append(text)
    }
    guard !articles.isEmpty else { return 0 }
    let analysis = analyzer.analyze(Corpus(name: "fuzz", articles: articles))
    Invariants.check(analysis, texts: texts)
    do { _ = try AnalysisReport(analysis: analysis).json() } catch { fatalError("report: \(error)") }

    // One size an input (two would double the time): the list alone, or the list beside the reader.
    do {
        let size = input.count % 2 == 0 ? Size(width: 80, height: 24) : Size(width: 130, height: 30)
        // Drawing is most of a run's time: the screens that show claims, each once.
        var state = AppState(analysis: analysis, size: size)
        state.openArticle(0, paragraph: nil, from: .articles)
        _ = state.update(.key(.char("c")))  // the side panel lists claims
        Invariants.check(RootView.render(state))
        _ = state.update(.key(.end))
        _ = state.update(.key(.char("3")))  // Conflicts
        Invariants.check(RootView.render(state))
        _ = state.update(.key(.enter))  // the reader at the conflict's claim
        Invariants.check(RootView.render(state))
    }
    return 0
}

@main
enum Main {
    static func main() { runLibFuzzer(fuzzClaims) }
}
