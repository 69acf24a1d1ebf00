import NewsModel
@testable import NewsUI

/// Small in-memory corpora for UI tests.
enum Fixtures {
    static func article(_ id: String, _ title: String, outlet: String? = nil, date: String? = nil, paragraphs: [String]) -> Article {
        Article(
            id: id, title: title, outlet: outlet, date: date,
            paragraphs: paragraphs.enumerated().map { Paragraph(index: $0, kind: .body, text: $1, start: 0, end: 0) })
    }

    static let corpus = Corpus(name: "news", articles: [
        article("a", "Leaders meet in Geneva", outlet: "Daily Planet", date: "2025-03-01",
                paragraphs: ["The talks began on Monday and lasted well into the night, officials said.", "A second paragraph."]),
        article("b", "東京で新しい駅が開業", outlet: "Tokyo Times", date: "2025-03-02", paragraphs: ["駅は朝六時に開く。"]),
        article("c", "Ceasefire holds for a third day", outlet: "Wire", date: "2025-03-03", paragraphs: ["Short."]),
    ])

    static func state(_ width: Int = 80, _ height: Int = 24, corpus: Corpus = corpus) -> AppState {
        AppState(analysis: CorpusAnalysis(unanalyzed: corpus), size: Size(width: width, height: height))
    }
}

extension AppState {
    /// Sends keys one after another and returns all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }
}
