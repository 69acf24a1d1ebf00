import Testing
@testable import NewsModel

/// The conflict search's word meanings, looked up by a word's bytes, and its terms, interned per
/// search by their process-wide numbers: the same meanings and the same term order as reading
/// each lower-cased word on its own.
@Suite("Meaning table: word meanings by bytes, terms in the order first met")
struct MeaningTableTests {
    @Test("terms get ids in the order first met, whether known by number or only by text")
    func termOrder() {
        var terms = ConflictFinder.TermInterner()
        #expect(terms.id(number: 7) { "forc" } == 0)
        #expect(terms.id(text: "zone") == 1)
        #expect(terms.id(number: 3) { "ceasefir" } == 2)
        #expect(terms.id(number: 7) { "never asked" } == 0)
        #expect(terms.id(text: "zone", number: -1) == 1)
        #expect(terms.id(text: "forc", number: 7) == 0)
        #expect(terms.names == ["forc", "zone", "ceasefir"])
    }

    @Test("many terms keep their ids as the interner grows")
    func manyTerms() {
        var terms = ConflictFinder.TermInterner()
        let numbers: [Int32] = (0..<2000).map { Int32(($0 * 7919) % 100_003) }
        let ids = numbers.map { n in terms.id(number: n) { "t\(n)" } }
        #expect(ids == (0..<2000).map { Int32($0) })
        #expect(numbers.map { n in terms.id(number: n) { "" } } == ids)
        #expect(terms.names[1999] == "t\(numbers[1999])")
    }

    @Test("a claim's words mean what each lower-cased word means, in any case and in any script")
    func meaningsOfWords() {
        let text = "Officials DENIED the Report that the Café had not paid its fees"
        var bytes = text
        var terms = ConflictFinder.TermInterner()
        let (count, infos) = bytes.withUTF8 { b in
            let words = Tokenizer.scan(b, words: nil).filter { $0.flags.contains(.word) }
            return (words.count, ConflictFinder.meaningTable.infos(of: words, in: b, terms: &terms))
        }
        let lower = ["officials", "denied", "the", "report", "that", "the", "café", "had", "not", "paid", "its", "fees"]
        #expect(count == lower.count)
        let expected = lower.map { ConflictFinder.meaning($0) }
        #expect(infos.map(\.scope) == expected.map(\.info.scope))
        #expect(infos.map(\.reference) == expected.map(\.info.reference))
        #expect(infos.map(\.negation) == expected.map(\.info.negation))
        #expect(infos.map { $0.term >= 0 ? terms.names[Int($0.term)] : nil } == expected.map(\.term))
        // Terms are numbered in the order their words come.
        let firstSeen = expected.compactMap(\.term).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(terms.names == firstSeen)
    }
}
