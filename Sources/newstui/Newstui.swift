import ArgumentParser
import Foundation
import NewsModel
import NewsStore
import TerminalBackend

/// `newstui [PATH...]`: the terminal reader; `newstui analyze`: the same model as JSON.
struct Newstui: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "newstui",
        abstract: "A terminal news reader that shows who an article talks about and who claimed what.",
        discussion: """
            `newstui [PATH...]` opens the reader (the default subcommand, `read`). PATH is any mix \
            of article files and folders, read recursively (.txt, .text, .md, .markdown). With no \
            PATH, newstui opens ./seeds when it exists, else its bundled sample corpus. Files that \
            are not articles are listed under Problems; the rest still load.

            `newstui analyze [PATH...]` prints the same model as JSON (or --format text).

            Exit codes: 0 ok, 1 runtime error, 2 usage error or no usable terminal. \
            In the reader, press ? for every key.
            """,
        version: version,
        subcommands: [Read.self, Analyze.self, Bench.self],
        defaultSubcommand: Read.self
    )
}

/// `newstui read`: the interactive reader (the default).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the articles in the terminal reader (the default subcommand).",
        discussion: "Needs an interactive terminal; exits 2 with a message when there is none."
    )

    @Argument(help: "Article files or folders (default: ./seeds, else the bundled sample corpus).")
    var paths: [String] = []

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also when NO_COLOR is set).")
    var noColor = false

    @OptionGroup var filter: FilterOptions
    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        // Check the terminal before reading anything, so a script gets its answer at once.
        if let problem = Terminal.preflight(environment: env) {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
            throw ExitCode(2)
        }
        let monochrome = noColor || !(env["NO_COLOR"] ?? "").isEmpty
        let app = ReaderApp(paths: paths, cacheOptions: cacheOptions, filter: filter, noColor: monochrome, environment: env)
        let code = app.run(environment: env)
        if code != 0 { throw ExitCode(code) }
    }
}

/// `newstui analyze`: the model without the UI.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the model of the articles (paragraphs, problems) without the UI.",
        discussion: "The JSON format is documented in README.md. Exit codes: 0 ok, 1 runtime error, 2 usage error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Argument(help: "Article files or folders (default: ./seeds, else the bundled sample corpus).")
    var paths: [String] = []

    @Option(help: "Output format: json or text.")
    var format: Format = .json

    @Flag(name: .customLong("json"), help: "Same as --format json.")
    var jsonFlag = false

    @OptionGroup var filter: FilterOptions
    @OptionGroup var cacheOptions: CacheOptions

    func run() throws {
        // No provisional analysis here: only the checked one is printed.
        let (analysis, warning, _) = cacheOptions.analyze(paths: paths, environment: ProcessInfo.processInfo.environment)
        if let warning { FileHandle.standardError.write(Data("newstui: \(SafeText.sanitize(warning))\n".utf8)) }
        let filters = try filter.resolve(in: analysis)
        switch jsonFlag ? .json : format {
        case .json:
            // Written as it is made, about a megabyte at a time: printing stays flat in memory
            // however many articles there are.
            var buffer: [UInt8] = []
            func flush() -> Bool {
                defer { buffer.removeAll(keepingCapacity: true) }
                return StandardOutput.write(Data(buffer))
            }
            let finished = try AnalysisReport.writeJSON(analysis, filters: filters) { piece in
                buffer.append(contentsOf: piece)
                return buffer.count < 1 << 20 || flush()
            }
            buffer.append(0x0A)
            // The reader went away (EPIPE): stop quietly.
            guard finished, flush() else { throw ExitCode(0) }
        case .text:
            let report = AnalysisReport(analysis: analysis, filters: filters)
            guard StandardOutput.write(Data(TextSummary.render(report).utf8)) else { throw ExitCode(0) }
        }
    }
}

/// `--no-cache`, and loading through the analysis cache.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Analyse every file again, without reading or writing the analysis cache ($XDG_CACHE_HOME/newstui).")
    var noCache = false

    /// Loads and analyses the corpus; the warning says once that the cache could not be used, and
    /// `confirmed` that the analysis is the one handed to `provisional` (no file had changed).
    func analyze(paths: [String], environment: [String: String], progress: (@Sendable (Int, Int) -> Void)? = nil,
                 preview: (@Sendable (Corpus) -> Void)? = nil,
                 provisional: (@Sendable (CorpusAnalysis) -> Void)? = nil) -> (CorpusAnalysis, String?, confirmed: Bool) {
        let (analysis, warning, stats) = CachedAnalyzer.run(paths: CorpusPaths.resolve(paths), useCache: !noCache, environment: environment,
                                                            progress: progress, preview: preview, provisional: provisional)
        return (analysis, warning, stats.confirmsProvisional)
    }
}

/// `--person NAME` and `--country NAME`, repeatable: start filtered (AND).
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("person"), help: ArgumentHelp("Only articles that mention this person (repeatable).", valueName: "name"))
    var people: [String] = []

    @Option(name: .customLong("country"), help: ArgumentHelp("Only articles that mention this country or anything of it (repeatable).", valueName: "name"))
    var countries: [String] = []

    /// Entity ids for the names; an unknown or ambiguous name is a usage error (exit 2).
    func resolve(in analysis: CorpusAnalysis) throws -> [String] {
        do {
            return try ids(in: analysis)
        } catch {
            FileHandle.standardError.write(Data("newstui: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Entity ids for the names, or the lookup error of the first name that does not match.
    func ids(in analysis: CorpusAnalysis) throws -> [String] {
        var ids: [String] = []
        for (names, kind) in [(people, EntityKind.person), (countries, .country)] {
            for name in names { ids.append(try analysis.lookup(name, kind: kind).id) }
        }
        return ids
    }
}

/// Where articles come from when no path is given.
enum CorpusPaths {
    static func resolve(_ paths: [String]) -> [String] {
        if !paths.isEmpty { return paths }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return ["seeds"]
        }
        if let bundled = Bundle.module.url(forResource: "SampleCorpus", withExtension: nil) {
            return [bundled.path]
        }
        return ["seeds"]
    }
}

/// Writes to stdout, reporting a closed pipe instead of dying of SIGPIPE.
enum StandardOutput {
    static func write(_ data: Data) -> Bool {
        signal(SIGPIPE, SIG_IGN)
        return data.withUnsafeBytes { raw -> Bool in
            guard var p = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(STDOUT_FILENO, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                left -= n
                p += n
            }
            return true
        }
    }
}
