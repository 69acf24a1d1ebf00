import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of hostile input built in a temporary folder: every kind of bad file an article folder
/// can hold, next to good articles in awkward encodings and with terminal escapes in their text.
/// Each file comes with what loading it must give. Call `remove()` when done.
struct HostileCorpus {
    /// What loading one path (relative to `root`) must give.
    enum Expectation: Equatable {
        /// A good article with this title (as parsed: raw text, escapes and all).
        case article(title: String)
        /// Listed under problems with exactly this message.
        case problem(String)
    }

    let root: URL
    private(set) var expected: [String: Expectation] = [:]
    /// Cases left out on this machine, with the reason.
    private(set) var skipped: [String] = []

    init(root: URL) { self.root = root }

    /// Terminal escape sequences of every family, as they would arrive inside a scraped article.
    enum Escapes {
        static let csiClear = "\u{1B}[2J"
        static let csiRed = "\u{1B}[31m"
        static let osc52 = "\u{1B}]52;c;SGFja2VkIGNsaXBib2FyZA==\u{07}"  // clipboard write, BEL-ended
        static let osc52ST = "\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\"  // clipboard write, ST-ended
        static let oscTitle = "\u{1B}]0;PWNED-TITLE\u{07}"
        static let oscTitle2 = "\u{1B}]2;PWNED-WINDOW\u{1B}\\"
        static let dcs = "\u{1B}P1$qDCS-PAYLOAD\u{1B}\\"
        static let c1CSI = "\u{9B}6n"  // 8-bit CSI: "report the cursor position"
        static let c1OSC = "\u{9D}0;C1-TITLE\u{9C}"
        static let apc = "\u{1B}_APC-PAYLOAD\u{1B}\\"
        /// Everything above plus BEL, BS and DEL, with no line breaks (a title can hold it).
        static let all = csiClear + csiRed + osc52 + oscTitle + dcs + "bell\u{07}\u{07} back\u{08}\u{08}space del\u{7F}"
            + c1CSI + c1OSC + osc52ST + oscTitle2 + apc
    }

    /// Builds the corpus. `bigFile` adds the 50 MB article (refused by the 16 MB cap).
    static func build(bigFile: Bool = true) throws -> HostileCorpus {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("newstui-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var corpus = HostileCorpus(root: root)
        do {
            try corpus.populate(bigFile: bigFile)
        } catch {
            corpus.remove()
            throw error
        }
        return corpus
    }

    /// Deletes the folder (giving the locked file its permissions back first).
    func remove() {
        chmod(path("locked.txt"), 0o644)
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: - Writing

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        guard FileManager.default.createFile(atPath: path(relative), contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path(relative)])
        }
    }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    /// UTF-16 with a BOM, little or big endian.
    static func utf16(_ text: String, littleEndian: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (lo, hi) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        return bytes
    }

    /// Writes `megabytes` of real article text (it would parse if it were read) in 1 MB chunks.
    func writeLarge(_ relative: String, megabytes: Int) throws {
        guard FileManager.default.createFile(atPath: path(relative), contents: nil),
              let handle = FileHandle(forWritingAtPath: path(relative)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path(relative)])
        }
        defer { try? handle.close() }
        var chunk = Data("A very large article\n\n".utf8)
        let line = Data("Officials in Kyiv said the talks would resume on Monday, according to Reuters.\n".utf8)
        for _ in 0..<(1024 * 1024 / line.count) { chunk.append(line) }
        for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
    }

    /// `count` bytes from a fixed-seed generator (the same bytes on every run).
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            // SplitMix64.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            withUnsafeBytes(of: z) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
        }
        return bytes
    }

    private mutating func expect(_ relative: String, _ expectation: Expectation) {
        expected[relative] = expectation
    }

    // MARK: - The cases

    private mutating func populate(bigFile: Bool) throws {
        let binary = Expectation.problem("binary data, not text")

        // Nothing to read.
        try write("empty.txt", [UInt8]())
        expect("empty.txt", .problem("empty file"))
        try write("whitespace.txt", " \t\n\r\n  \u{3000}\u{A0}\n\n")
        expect("whitespace.txt", .problem("the file holds only whitespace"))

        // Binary data in article clothing.
        try write("random.txt", Self.randomBytes(4096, seed: 7))
        expect("random.txt", binary)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE] + Self.randomBytes(2000, seed: 8)
        try write("photo.txt", png)
        expect("photo.txt", binary)
        let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03] + Self.randomBytes(3000, seed: 9)
        try write("archive.txt", gzip)
        expect("archive.txt", binary)
        try write("nul.txt", "A title\n\nText with a\u{0}NUL byte in it.\n")
        expect("nul.txt", binary)
        // The binary sniffer samples the first 8 KB; a NUL past it must still be caught.
        try write("nul-late.txt", "A title\n\n" + String(repeating: "Plain words here. ", count: 600) + "\u{0}end\n")
        expect("nul-late.txt", binary)

        // Broken encodings, the bad byte past the 8 KB sample.
        let prefix = "A title\n\n" + String(repeating: "Good text. ", count: 800)
        try write("invalid-utf8.txt", Array(prefix.utf8) + [0xC3, 0x28] + Array(" more text\n".utf8))
        expect("invalid-utf8.txt", .problem("not valid UTF-8 (bad byte at offset \(prefix.utf8.count))"))
        var surrogate = Self.utf16("A title\n\nText ")
        let surrogateOffset = surrogate.count
        surrogate += [0x00, 0xD8] + Self.utf16(" and more.\n").dropFirst(2)  // a lone high surrogate
        try write("utf16-lone-surrogate.txt", surrogate)
        expect("utf16-lone-surrogate.txt", .problem("not valid UTF-16 (lone surrogate at offset \(surrogateOffset))"))

        // Good articles in awkward encodings and line ends.
        try write("utf16le.txt", Self.utf16("UTF-16 title: Київ\n\nOfficials in Kyiv met on Monday.\n"))
        expect("utf16le.txt", .article(title: "UTF-16 title: Київ"))
        try write("utf16be.txt", Self.utf16("UTF-16 big endian\n\nA paragraph 🇺🇦.\n", littleEndian: false))
        expect("utf16be.txt", .article(title: "UTF-16 big endian"))
        try write("crlf.txt", "CRLF title\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n")
        expect("crlf.txt", .article(title: "CRLF title"))
        try write("cr.txt", "CR title\r\rFirst paragraph.\r\rSecond paragraph.\r")
        expect("cr.txt", .article(title: "CR title"))

        // Size: 10,000 one-line paragraphs; a 50 MB article over the 16 MB cap.
        try write("many-paragraphs.txt", "Ten thousand paragraphs\n"
            + (0..<10_000).map { "Paragraph \($0) reports from Kyiv.\n" }.joined())
        expect("many-paragraphs.txt", .article(title: "Ten thousand paragraphs"))
        if bigFile {
            try writeLarge("big.txt", megabytes: 50)
            expect("big.txt", .problem("file is 50.0 MB; articles are read up to 16.0 MB"))
        }

        // Terminal escapes, controls and tricky Unicode in the text (good articles: the text is
        // kept as written in the model and removed only when shown). A lone CR ends a line, so the
        // title ends at the "\r".
        try write("escapes.txt", "Title \(Escapes.all) end\rafter a lone CR\n\nBody \(Escapes.all) body end.\n\n"
            + "Second \u{1B}[1;1H\u{1B}[K paragraph\u{1B}c with a reset.\n")
        expect("escapes.txt", .article(title: "Title \(Escapes.all) end"))
        try write("bidi.txt", "Invoice \u{202E}fdp.exe\u{202C} and \u{2066}isolate\u{2069}\n\nText \u{202D}LTR\u{202C} \u{061C}mark.\n")
        expect("bidi.txt", .article(title: "Invoice \u{202E}fdp.exe\u{202C} and \u{2066}isolate\u{2069}"))
        try write("emoji.txt", "Family 👨‍👩‍👧‍👦 and flags 🇺🇦🇷🇺\n\nThumbs 👍🏽, a ZWJ\u{200D}between and a ZWNJ\u{200C}here; 🏳️‍🌈.\n")
        expect("emoji.txt", .article(title: "Family 👨‍👩‍👧‍👦 and flags 🇺🇦🇷🇺"))
        let zalgo = "Z" + String(repeating: "\u{0301}\u{0316}\u{0337}", count: 40) + "algo"
        try write("combining.txt", "\(zalgo) title\n\nBody e" + String(repeating: "\u{0300}", count: 200) + " text.\n")
        expect("combining.txt", .article(title: "\(zalgo) title"))

        // Hostile file names: an escape and a newline, on a good article and on a bad file.
        let goodName = "name \u{1B}]0;NAME-TITLE\u{07}\u{1B}[31m\nsecond line.txt"
        try write(goodName, "Hostile file name\n\nThe name of this file has an escape and a newline.\n")
        expect(goodName, .article(title: "Hostile file name"))
        let badName = "bad \u{1B}[2J\u{9B}31m\nname.txt"
        try write(badName, [UInt8]())
        expect(badName, .problem("empty file"))

        // Things that are not files: a folder named like an article (walked as a folder), a FIFO
        // (must not block the loader), a symlink loop between two files, a link back to the root.
        try FileManager.default.createDirectory(atPath: path("x.txt"), withIntermediateDirectories: false)
        try write("x.txt/inside.txt", "Inside a folder named x.txt\n\nIt is walked like any folder.\n")
        expect("x.txt/inside.txt", .article(title: "Inside a folder named x.txt"))
        guard mkfifo(path("fifo.txt"), 0o644) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        expect("fifo.txt", .problem("not a regular file"))
        try FileManager.default.createSymbolicLink(atPath: path("loop-a.txt"), withDestinationPath: "loop-b.txt")
        try FileManager.default.createSymbolicLink(atPath: path("loop-b.txt"), withDestinationPath: "loop-a.txt")
        expect("loop-a.txt", .problem("cannot be read: Too many levels of symbolic links"))
        expect("loop-b.txt", .problem("cannot be read: Too many levels of symbolic links"))
        try FileManager.default.createSymbolicLink(atPath: path("back-to-root"), withDestinationPath: ".")

        // A file without read permission. Root reads it anyway (chmod 000 does not stop root), so
        // there the case proves nothing and is left out.
        if geteuid() == 0 {
            skipped.append("unreadable file: running as root, which can read a chmod 000 file")
        } else {
            try write("locked.txt", "Locked\n\nCannot be read.\n")
            chmod(path("locked.txt"), 0)
            expect("locked.txt", .problem("cannot be read: Permission denied"))
        }
    }

    /// `count` small good articles in one folder, written with plain POSIX calls (fast).
    static func smallFiles(_ count: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("newstui-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for i in 0..<count {
            let name = root.appendingPathComponent(String(format: "a%06d.txt", i)).path
            let text = "Article \(i)\n\nOfficials in Kyiv said item \(i) was agreed.\n"
            let fd = open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                try? FileManager.default.removeItem(at: root)
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
            close(fd)
        }
        return root
    }
}
