import Foundation
import Testing
@testable import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// Bad input is normal input: the built `newstui analyze` on a folder of hostile files (see
/// `HostileCorpus`) exits 0, analyses the good articles, lists every bad file under problems with a
/// one-line reason, never prints a control character in its text output, and stays within bounded
/// time and memory. Timings and peak memory are printed for the record.
///
/// Serialized: the cases measure wall time and peak RSS, which parallel runs would distort.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    /// One decoded `analyze` JSON document (the parts these tests read).
    struct Report: Decodable {
        struct Article: Decodable {
            var path: String?
            var title: String
            var paragraphs: [Paragraph]
        }
        struct Paragraph: Decodable { var text: String }
        struct Problem: Decodable {
            var path: String
            var message: String
        }
        var articles: [Article]
        var problems: [Problem]
    }

    /// A control character (C0, DEL, C1) or a bidirectional override/isolate/mark.
    static func isControlOrBidi(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x061C
    }

    /// Paths in the JSON are relative to the corpus root, which is passed as "." (a relative root
    /// exercises the symlink-loop check): "./x.txt/inside.txt" -> "x.txt/inside.txt".
    static func relative(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    // MARK: - The corpus

    @Test("every bad file is a problem with a one-line reason, the good ones load, no control character is printed")
    func hostileCorpus() throws {
        let corpus = try HostileCorpus.build()
        defer { corpus.remove() }
        for note in corpus.skipped { print("hostile corpus: skipped \(note)") }

        let json = try Child.analyze(["."], in: corpus.root.path, timeout: 60)
        print("hostile corpus: analyze (JSON) \(json.summary)")
        #expect(json.status == 0 && !json.timedOut, "\(json.summary)")
        #expect(json.peakRSSKB < 256 * 1024 * SanitizerBuild.memoryFactor, "peak RSS \(json.peakRSSKB) KB (the 50 MB file must not be read)")
        #expect(json.stderr.isEmpty, "stderr: \(String(decoding: json.stderr, as: UTF8.self))")
        // JSON escapes every control character: the raw bytes hold none but pretty-printing's newlines.
        let rawControls = json.stdout.filter { $0 < 0x20 && $0 != 0x0A }
        #expect(rawControls.isEmpty, "raw control bytes in the JSON: \(Array(Set(rawControls)).sorted())")
        // JSON only requires escaping U+0000...U+001F; C1 controls (UTF-8 C2 80...C2 9F: the 8-bit
        // CSI, OSC, DCS of article titles and file names) must be escaped too, since `newstui
        // analyze` prints to the terminal by default and xterm-like terminals act on them.
        let c1 = zip(json.stdout, json.stdout.dropFirst()).filter { $0.0 == 0xC2 && (0x80...0x9F).contains($0.1) }.count
        #expect(c1 == 0, "\(c1) raw C1 control characters in the JSON")
        let report = try JSONDecoder().decode(Report.self, from: json.stdout)

        // Every expectation is met exactly once, and nothing unexpected turns up.
        var articles: [String: [Report.Article]] = [:]
        for a in report.articles { articles[Self.relative(a.path ?? ""), default: []].append(a) }
        var problems: [String: [String]] = [:]
        for p in report.problems { problems[Self.relative(p.path), default: []].append(p.message) }
        for (path, expectation) in corpus.expected.sorted(by: { $0.key < $1.key }) {
            switch expectation {
            case .article(let title):
                #expect(articles[path]?.map(\.title) == [title], "\(path.debugDescription): \(articles[path]?.map(\.title) ?? [])")
                #expect(problems[path] == nil, "\(path.debugDescription) is also a problem: \(problems[path] ?? [])")
            case .problem(let message):
                #expect(problems[path] == [message], "\(path.debugDescription): \(problems[path] ?? ["not listed"])")
                #expect(articles[path] == nil, "\(path.debugDescription) loaded as an article")
            }
        }
        // The link back to the root is not walked again: no "back-to-root/..." entries at all.
        let unexpectedArticles = Set(articles.keys).subtracting(corpus.expected.keys)
        let unexpectedProblems = Set(problems.keys).subtracting(corpus.expected.keys)
        #expect(unexpectedArticles.isEmpty, "unexpected articles: \(unexpectedArticles.sorted())")
        #expect(unexpectedProblems.isEmpty, "unexpected problems: \(unexpectedProblems.sorted())")

        // Problem messages are one printable line; paths stay exact (scripts open them), JSON-escaped.
        for p in report.problems {
            #expect(!p.message.isEmpty && !p.message.unicodeScalars.contains(where: Self.isControlOrBidi),
                    "message of \(p.path.debugDescription): \(p.message.debugDescription)")
            #expect(FileManager.default.fileExists(atPath: corpus.root.appendingPathComponent(p.path).path)
                    || (try? FileManager.default.destinationOfSymbolicLink(atPath: corpus.root.appendingPathComponent(p.path).path)) != nil,
                    "the problem path \(p.path.debugDescription) is not the file's path")
        }

        // The parsed text of the awkward-but-good articles.
        let paragraphs = { (path: String) -> [String] in articles[path]?.first?.paragraphs.map(\.text) ?? [] }
        #expect(paragraphs("crlf.txt") == ["First paragraph.", "Second paragraph."])
        #expect(paragraphs("cr.txt") == ["First paragraph.", "Second paragraph."])
        #expect(paragraphs("utf16le.txt") == ["Officials in Kyiv met on Monday."])
        #expect(paragraphs("many-paragraphs.txt").count == 10_000)
        #expect(paragraphs("many-paragraphs.txt").last == "Paragraph 9999 reports from Kyiv.")
        #expect(paragraphs("escapes.txt").first == "after a lone CR")

        // The text summary: no control byte but newline, no C1 or bidi control, no escape payload.
        let text = try Child.analyze(["--format", "text", "."], in: corpus.root.path, timeout: 60)
        print("hostile corpus: analyze --format text \(text.summary)")
        #expect(text.status == 0 && !text.timedOut, "\(text.summary)")
        #expect(text.stderr.isEmpty)
        let textControls = text.stdout.filter { $0 < 0x20 && $0 != 0x0A }
        #expect(textControls.isEmpty, "control bytes in the text output: \(Array(Set(textControls)).sorted())")
        let summary = String(decoding: text.stdout, as: UTF8.self)
        let badLines = summary.split(separator: "\n").filter { $0.unicodeScalars.contains(where: Self.isControlOrBidi) }
        #expect(badLines.isEmpty, "control or bidi characters in the text output: \(badLines.map(\.debugDescription))")
        for payload in ["52;c;", "PWNED", "DCS-PAYLOAD", "C1-TITLE", "APC-PAYLOAD", "NAME-TITLE", "[2J", "[31m"] {
            #expect(!summary.contains(payload), "escape payload \(payload) in the text output")
        }
        let problemCount = corpus.expected.values.filter { if case .problem = $0 { true } else { false } }.count
        let articleCount = corpus.expected.count - problemCount
        #expect(summary.contains("\(articleCount) articles"), "\(summary.suffix(300))")
        #expect(summary.contains("\(problemCount) problems"), "\(summary.suffix(300))")
        // The hostile file names, made printable.
        #expect(summary.contains("./bad  name.txt: empty file"), "\(summary.split(separator: "\n").filter { $0.contains("name") })")
        #expect(summary.contains("./name  second line.txt"), "\(summary.split(separator: "\n").filter { $0.contains("name") })")
    }

    // MARK: - Size

    @Test("a 50 MB article is refused by its size at once, without being read into memory")
    func oversizeFile() throws {
        let corpus = try HostileCorpus(empty: ())
        defer { corpus.remove() }
        try corpus.write("small.txt", "Small\n\nOfficials in Kyiv said the talks would resume.\n")
        try corpus.writeLarge("big.txt", megabytes: 50)

        let baseline = try Child.analyze(["small.txt"], in: corpus.root.path, timeout: 30)
        let big = try Child.analyze(["small.txt", "big.txt"], in: corpus.root.path, timeout: 30)
        print("50 MB file: baseline \(baseline.summary); with the 50 MB file \(big.summary)")
        #expect(big.status == 0 && big.stderr.isEmpty, "\(big.summary)")
        let report = try JSONDecoder().decode(Report.self, from: big.stdout)
        #expect(report.articles.map(\.title) == ["Small"])
        #expect(report.problems.map(\.message) == ["file is 50.0 MB; articles are read up to 16.0 MB"])
        // Reading it would add at least 50 MB (the bytes) to the peak; allow noise, not the file
        // (under ASan its allocator's own noise was seen at 16.2 MB: twice the slack there, still
        // less than the file).
        #expect(big.peakRSSKB < baseline.peakRSSKB + 16 * 1024 * (SanitizerBuild.address ? 2 : 1),
                "peak RSS \(big.peakRSSKB) KB vs baseline \(baseline.peakRSSKB) KB")
        #expect(big.seconds < baseline.seconds + 2 * SanitizerBuild.timeFactor, "\(big.seconds) s vs baseline \(baseline.seconds) s")
    }

    @Test("one 5 MB line (under the cap) loads and is analysed in bounded time and memory")
    func fiveMegabyteLine() throws {
        let corpus = try HostileCorpus(empty: ())
        defer { corpus.remove() }
        let sentence = "The Russian Foreign Ministry said that Vladimir Putin met Volodymyr Zelensky in Kyiv. "
        func article(bytes: Int) -> String {
            "One enormous line\n\n" + String(repeating: sentence, count: bytes / sentence.utf8.count + 1) + "\n"
        }
        // A probe first: 128 KB of the same line. Linear work does it in about a second in a debug
        // build; work quadratic in the sentences of a paragraph takes over 10 s here, and hours
        // for 5 MB, so the test stops at the probe instead of waiting for a timeout at 5 MB.
        try corpus.write("probe.txt", article(bytes: 128 * 1024))
        let probe = try Child.analyze(["--format", "text", "probe.txt"], in: corpus.root.path, timeout: 8)
        print("128 KB line: \(probe.summary)")
        if probe.timedOut {
            withKnownIssue("""
                ClaimExtractor.extract(paragraph:) is quadratic in the sentences of a paragraph: each \
                sentence filters all the paragraph's tokens and mentions (also each quote, claim and \
                speaker lookup). Not in this suite's files to fix; see the hostile-input report.
                """) {
                Issue.record("a 128 KB one-line article was not analysed within 8 s: \(probe.summary)")
            }
            return
        }
        #expect(probe.status == 0 && probe.stderr.isEmpty, "\(probe.summary)")

        try corpus.write("line.txt", article(bytes: 5 * 1024 * 1024))
        // (The bound scales with the build: under AddressSanitizer the same linear work takes about three times as long.)
        let result = try Child.analyze(["--format", "text", "line.txt"], in: corpus.root.path, timeout: 120 * SanitizerBuild.timeFactor)
        print("5 MB line: \(result.summary)")
        #expect(!result.timedOut && result.status == 0 && result.stderr.isEmpty, "\(result.summary)")
        let summary = String(decoding: result.stdout, as: UTF8.self)
        #expect(summary.contains("\n1 articles, ") && summary.hasSuffix(" 0 problems\n"), "\(summary.suffix(200))")
        // Memory stays a bounded multiple of the text (tokens, mentions, claims), far from its square.
        #expect(result.peakRSSKB < 768 * 1024 * SanitizerBuild.memoryFactor, "peak RSS \(result.peakRSSKB) KB")
    }

    @Test("20,000 small files load and analyse (100,000 takes over 20 s in a debug build)")
    func manySmallFiles() throws {
        let count = 20_000
        let started = Date()
        let root = try HostileCorpus.smallFiles(count)
        defer { try? FileManager.default.removeItem(at: root) }
        let generated = Date().timeIntervalSince(started)
        let result = try Child.analyze(["--format", "text", "."], in: root.path, timeout: 60)
        print("\(count) small files: written in \(String(format: "%.1f", generated)) s; analyze \(result.summary)")
        #expect(result.status == 0 && !result.timedOut && result.stderr.isEmpty, "\(result.summary)")
        let summary = String(decoding: result.stdout, as: UTF8.self)
        #expect(summary.contains("\(count) articles,") && summary.hasSuffix(" 0 problems\n"), "\(summary.suffix(200))")
        #expect(result.peakRSSKB < 1024 * 1024 * SanitizerBuild.memoryFactor, "peak RSS \(result.peakRSSKB) KB")
    }

    // MARK: - Decoding details

    @Test("a NUL past the 8 KB binary sample still makes a file binary")
    func lateNUL() {
        let bytes = Array(String(repeating: "text ", count: 3000).utf8) + [0] + Array("tail".utf8)
        #expect(throws: ImportError.binary) { try TextDecoder.decode(bytes) }
    }

    @Test("UTF-16 with a lone surrogate is reported as bad UTF-16 at its offset")
    func loneSurrogate() throws {
        let bytes = HostileCorpus.utf16("Hi") + [0x00, 0xDC] + HostileCorpus.utf16("!").dropFirst(2)
        #expect(throws: ImportError.invalidUTF16(byteOffset: 6)) { try TextDecoder.decode(bytes) }
        #expect(ImportError.invalidUTF16(byteOffset: 6).description == "not valid UTF-16 (lone surrogate at offset 6)")
        // A proper pair decodes.
        #expect(try TextDecoder.decode(HostileCorpus.utf16("flag 🇺🇦")) == "flag 🇺🇦")
    }
}

extension HostileCorpus {
    /// An empty temporary folder with the corpus's helpers, for one-off cases.
    init(empty: Void) throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("newstui-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        self.init(root: root)
    }
}

/// The built `newstui` run as a child process, measured: exit status, outputs, wall time, peak RSS.
///
/// posix_spawn + wait4 rather than Foundation.Process: wait4 returns the child's rusage (its peak
/// resident set), and the child starts with an empty signal mask and default SIGPIPE (Swift's
/// worker threads block signals, and a blocked mask is inherited).
enum Child {
    struct Result {
        var status: Int32  // the exit code, or 128 + the signal that ended it
        var timedOut: Bool
        var stdout: Data
        var stderr: Data
        var seconds: Double
        var peakRSSKB: Int

        var summary: String {
            String(format: "exit %d%@ in %.2f s, peak RSS %.1f MB", status, timedOut ? " (timed out, killed)" : "",
                   seconds, Double(peakRSSKB) / 1024)
        }
    }

    /// The `newstui` binary next to the test bundle (what `swift test` builds), else `.build/debug`.
    static func binary() throws -> String {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            bundleDir.appendingPathComponent("newstui").path,
            RepoFiles.root.appendingPathComponent(".build/debug/newstui").path,
        ]
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) { return path }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.joined(separator: ", ")])
    }

    /// `newstui analyze <arguments>` run in `directory`.
    static func analyze(_ arguments: [String], in directory: String, timeout: Double) throws -> Result {
        try run([try binary(), "analyze"] + arguments, in: directory, timeout: timeout)
    }

    /// Runs `argv` in `directory` (through `sh -c 'cd ... && exec ...'`), stdin from /dev/null,
    /// outputs to temporary files; kills it after `timeout` seconds.
    static func run(_ argv: [String], in directory: String, timeout: Double) throws -> Result {
        let tmp = FileManager.default.temporaryDirectory
        let outPath = tmp.appendingPathComponent("newstui-child-\(UUID().uuidString).out").path
        let errPath = tmp.appendingPathComponent("newstui-child-\(UUID().uuidString).err").path
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attr, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let script = "cd \"$1\" || exit 99; shift; exec \"$0\" \"$@\""
        let args = ["/bin/sh", "-c", script, argv[0], directory] + argv.dropFirst()
        let inherited = ProcessInfo.processInfo.environment
        // A cache of its own: other tests' children using the shared cache at the same moment would
        // make this one report a locked cache on stderr.
        let cacheHome = tmp.appendingPathComponent("newstui-child-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cacheHome) }
        let env = ["PATH=\(inherited["PATH"] ?? "/usr/bin:/bin")", "HOME=\(inherited["HOME"] ?? "/tmp")", "LANG=C.UTF-8",
                   "XDG_CACHE_HOME=\(cacheHome)"]
        var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid = pid_t()
        let started = Date()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attr, &cArgs, &cEnv)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let deadline = started.addingTimeInterval(timeout)
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if r < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date() >= deadline {
                timedOut = true
                kill(pid, SIGKILL)
                while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(5_000)
        }
        let seconds = Date().timeIntervalSince(started)
        // WIFEXITED / WEXITSTATUS / WTERMSIG are C macros Swift does not import.
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return Result(
            status: code, timedOut: timedOut,
            stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderr: FileManager.default.contents(atPath: errPath) ?? Data(),
            seconds: seconds, peakRSSKB: Int(usage.ru_maxrss))
    }
}
