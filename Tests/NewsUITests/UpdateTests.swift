import NewsModel
import Testing
@testable import NewsUI

@Suite("Keys change the state")
struct UpdateTests {
    @Test("down arrow and j move the selection; it stops at the ends")
    func moves() {
        var s = Fixtures.state()
        s.press(.down)
        #expect(s.selected == 1)
        s.press(.char("j"), .char("j"), .char("j"))
        #expect(s.selected == 2)
        s.press(.up, .char("k"), .up)
        #expect(s.selected == 0)
    }

    @Test("End/G and Home/g jump to the ends")
    func jumps() {
        var s = Fixtures.state()
        s.press(.char("G"))
        #expect(s.selected == 2)
        s.press(.home)
        #expect(s.selected == 0)
        s.press(.end)
        #expect(s.selected == 2)
    }

    @Test("Enter opens the reader on the selected article; Left, h, Esc and Backspace go back")
    func openAndBack() {
        for back in [Key.left, .char("h"), .escape, .backspace] {
            var s = Fixtures.state()
            s.press(.down, .enter)
            #expect(s.screen == .reader)
            #expect(s.reader?.articleIndex == 1)
            s.press(back)
            #expect(s.screen == .articles)
            #expect(s.selected == 1)
        }
    }

    @Test("q goes back from the reader and quits from the list; Q quits anywhere")
    func quitting() {
        var s = Fixtures.state()
        s.press(.enter)
        #expect(s.press(.char("q")) == [])
        #expect(s.screen == .articles)
        #expect(s.press(.char("q")) == [.quit])
        var t = Fixtures.state()
        t.press(.enter)
        #expect(t.press(.char("Q")) == [.quit])
    }

    @Test("Tab cycles Articles, Reader, Conflicts, Entities, Problems; Shift-Tab goes the other way")
    func tabs() {
        var s = Fixtures.state()
        s.press(.tab)
        #expect(s.screen == .reader)
        s.press(.tab)
        #expect(s.screen == .conflicts)
        s.press(.tab)
        #expect(s.screen == .entities)
        s.press(.tab)
        #expect(s.screen == .problems)
        s.press(.tab)
        #expect(s.screen == .articles)
        s.press(.backTab)
        #expect(s.screen == .problems)
    }

    @Test("? opens help, any other key closes it without acting")
    func help() {
        var s = Fixtures.state()
        s.press(.char("?"))
        #expect(s.showHelp)
        s.press(.char("x"))
        #expect(!s.showHelp)
        #expect(s.selected == 0)
    }

    @Test("Ctrl-L asks for a full redraw")
    func redraw() {
        var s = Fixtures.state()
        #expect(s.press(.ctrl("l")) == [.fullRedraw])
    }

    @Test("the reader scrolls and stops at the end of the article")
    func readerScroll() {
        let long = Fixtures.article("l", "Long", paragraphs: (1...40).map { "Paragraph number \($0) of the article." })
        var s = Fixtures.state(80, 10, corpus: Corpus(name: "x", articles: [long]))
        s.press(.enter, .down, .down)
        #expect(s.readerTop == 2)
        s.press(.pageDown)
        #expect(s.readerTop == 2 + 7)
        s.press(.end)
        let lines = s.reader?.lines.count ?? 0
        #expect(s.readerTop == lines - 8)
        s.press(.char(" "), .down)
        #expect(s.readerTop == lines - 8)
        s.press(.char("g"))
        #expect(s.readerTop == 0)
    }

    @Test("resizing reflows the reader and keeps the paragraph at the top of the view")
    func resizeKeepsPlace() {
        let long = Fixtures.article("l", "Long", paragraphs: (1...30).map { "Paragraph \($0): " + String(repeating: "word ", count: 30) })
        var s = Fixtures.state(100, 20, corpus: Corpus(name: "x", articles: [long]))
        s.press(.enter)
        for _ in 0..<25 { s.press(.down) }
        let paragraphBefore = s.reader?.lines[s.readerTop].paragraph
        _ = s.update(.resize(Size(width: 40, height: 12)))
        #expect(s.reader?.width == 38)
        #expect(s.reader?.lines[s.readerTop].paragraph == paragraphBefore)
        _ = s.update(.resize(Size(width: 100, height: 20)))
        #expect(s.reader?.lines[s.readerTop].paragraph == paragraphBefore)
    }

    @Test("keys on an empty corpus do nothing harmful")
    func emptyCorpus() {
        var s = Fixtures.state(corpus: Corpus(name: "none", articles: []))
        s.press(.down, .enter, .end, .pageDown, .tab, .down, .tab, .down)
        #expect(s.selected == 0)
    }

    @Test("every action in the key table is reachable by a key, and no key is bound twice")
    func keyTable() {
        let map = KeyMap.standard
        let bound = Set(map.bindings.map(\.action))
        #expect(bound == Set(Action.allCases))
        let keys = map.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
    }
}
