import Testing
@testable import NewsModel

@Suite("Untrusted text made safe for the terminal")
struct SafeTextTests {
    @Test("escape sequences are removed whole", arguments: [
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("clip\u{1B}]52;c;ZXZpbA==\u{07}board", "clipboard"),
        ("title\u{1B}]0;pwned\u{1B}\\ set", "title set"),
        ("dcs\u{1B}Pq#0;2;0;0;0\u{1B}\\ end", "dcs end"),
        ("c1\u{9B}2Jcsi", "c1csi"),
        ("bell\u{07} back\u{08}space", "bell backspace"),
        ("bidi \u{202E}evil\u{202C} text", "bidi evil text"),
        ("tab\there\r\nnext", "tab here  next"),
        ("dangling \u{1B}", "dangling "),
    ])
    func strips(input: String, expected: String) {
        #expect(SafeText.sanitize(input) == expected)
    }

    @Test("no control character survives sanitising")
    func noControls() {
        var s = ""
        for v in 0..<0xA0 { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u); s += "x" } }
        let out = SafeText.sanitize(s)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("ordinary text, accents and emoji pass unchanged")
    func unchanged() {
        let text = "Zelensky said “peace” — Café 東京 👨‍👩‍👧 e\u{301}"
        #expect(SafeText.sanitize(text) == text)
    }
}
