import Foundation

/// Entry points for measuring entity recognition (the recogniser itself is internal).
public enum EntityBenchmark {
    /// Recognises the entities of every article on the calling thread; returns the number of mentions.
    public static func recognize(_ articles: [Article], recognizer: EntityRecognizer = EntityRecognizer()) -> Int {
        var mentions = 0
        for article in articles { mentions += recognizer.recognize(article).count }
        return mentions
    }

    /// Recognises the entities of every article on all cores (as `Analyzer` does, without the
    /// corpus-wide merge); returns the number of mentions.
    public static func recognizeConcurrently(_ articles: [Article], recognizer: EntityRecognizer = EntityRecognizer()) -> Int {
        let chunks = max(1, min(articles.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        let counts = Counts(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var mentions = 0
            var i = c
            while i < articles.count {
                mentions += recognizer.recognize(articles[i]).count
                i += chunks
            }
            counts.set(c, mentions)
        }
        return counts.total
    }

    /// One slot per chunk, each written by its own iteration only.
    private final class Counts: @unchecked Sendable {
        private var values: [Int]
        init(_ n: Int) { values = Array(repeating: 0, count: n) }
        func set(_ i: Int, _ v: Int) { values.withUnsafeMutableBufferPointer { $0[i] = v } }
        var total: Int { values.reduce(0, +) }
    }

    /// Only the first stage of recognition: tokenising every segment and looking its words up
    /// in the gazetteer; returns the number of tokens.
    public static func tokenize(_ articles: [Article], gazetteer: Gazetteer = .shared) -> Int {
        var tokens = 0
        for article in articles {
            for segment in EntityRecognizer.segments(of: article) {
                let bytes = Array(segment.text.utf8)
                tokens += bytes.withUnsafeBufferPointer { Tokenizer.scan($0, words: gazetteer.words) }.count
            }
        }
        return tokens
    }

    /// UTF-8 bytes of the text entity recognition reads (title, standfirst, paragraphs).
    public static func textBytes(_ articles: [Article]) -> Int {
        var bytes = 0
        for article in articles {
            for segment in EntityRecognizer.segments(of: article) { bytes += segment.text.utf8.count }
        }
        return bytes
    }

    /// A baseline pass over the same text: counts words by walking Unicode scalars. Recognition
    /// throughput divided by this one is a ratio that depends little on the machine.
    public static func scanWords(_ articles: [Article]) -> Int {
        var words = 0
        for article in articles {
            for segment in EntityRecognizer.segments(of: article) {
                var inWord = false
                for s in segment.text.unicodeScalars {
                    let v = s.value
                    let letter = v < 0x80 ? (v | 0x20) &- 0x61 < 26 : s.properties.isAlphabetic
                    if letter && !inWord { words += 1 }
                    inWord = letter
                }
            }
        }
        return words
    }
}
