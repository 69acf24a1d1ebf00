import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failure of the end-to-end harness itself (missing binary, tmux error, timeout).
struct EndToEndError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Where the package and the built program are.
enum E2EPaths {
    /// The package root: this file is Tests/EndToEndTests/TmuxSession.swift.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// How much slower the program runs in this build: sanitizer builds (`scripts/sanitizers.sh`;
    /// found by their runtime's symbols) get proportionally longer waits.
    static let slowdown: Double = {
        let program = dlopen(nil, RTLD_NOW)
        if dlsym(program, "__tsan_init") != nil { return 10 }
        if dlsym(program, "__asan_init") != nil { return 6 }
        return 1
    }()

    /// The repo's `seeds/` folder, passed to newstui as its PATH argument.
    static var seeds: String { packageRoot.appendingPathComponent("seeds").path }

    /// The `newstui` binary: next to the test bundle (what `swift test` builds), else `.build/debug`.
    static func binary() throws -> String {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0])
            .resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let candidates = [
            bundleDir.appendingPathComponent("newstui").path,
            packageRoot.appendingPathComponent(".build/debug/newstui").path,
        ]
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw EndToEndError(
            "newstui binary not found (looked at \(candidates.joined(separator: ", "))); "
                + "run `swift build` first")
    }
}

/// Running child processes with a clean signal state.
enum Spawn {
    /// Starts `process` with an empty signal mask. Foundation.Process hands the calling thread's
    /// mask to the child, and Swift-concurrency worker threads block SIGTERM, SIGHUP, SIGINT,
    /// SIGCHLD, SIGWINCH...: tmux and the app would then ignore kill-server and our signals.
    static func run(_ process: Process) throws {
        var empty = sigset_t()
        var old = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        try process.run()
    }

    /// The environment every child gets: no TMUX, no user's NO_COLOR, a UTF-8 locale (and the
    /// sanitizer options of a sanitizer run, so the program's reports go where the run says).
    static var environment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var env = [
            "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8",
        ]
        for key in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"] { env[key] = inherited[key] }
        return env
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a short command to completion, stdin from /dev/null, capturing both outputs.
    static func capture(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        timeout: Double = 10
    ) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.environment = environment ?? Spawn.environment
        p.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try run(p)
        // Read stderr on another thread so neither pipe can fill up and stall the child.
        let errBox = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        let deadline = Date().addingTimeInterval(timeout * E2EPaths.slowdown)
        while p.isRunning && Date() < deadline { usleep(2_000) }
        if p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            throw EndToEndError("\(executable) \(arguments) did not exit within \(timeout) s")
        }
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}

/// A tmux server owned by one test, on its own socket, with one session "t" running a command.
///
/// The server runs in the foreground (`-D`) as our child: a `new-session` that auto-starts the
/// server leaves a client whose `waitUntilExit` never returns. Close it with `close()` (also done
/// on deinit): kill-server, then reap the server.
final class TmuxSession {
    let socketPath: String
    private let server: Process
    private var closed = false
    private(set) var width: Int
    private(set) var height: Int

    /// Starts a server and a `width`x`height` session running `command` (argv, no shell).
    init(width: Int, height: Int, command: [String]) throws {
        self.width = width
        self.height = height
        let id = UUID().uuidString.prefix(8).lowercased()
        socketPath = "/tmp/newstui-e2e-\(getpid())-\(id).sock"
        server = Process()
        server.executableURL = try TmuxSession.tmuxPath()
        server.arguments = ["-S", socketPath, "-f", "/dev/null", "-D"]
        server.environment = Spawn.environment
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try Spawn.run(server)
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: socketPath) {
            guard server.isRunning, Date() < deadline else {
                close()
                throw EndToEndError("tmux server did not create its socket \(socketPath)")
            }
            usleep(5_000)
        }
        do {
            try tmux(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
                      "-e", "LANG=C.UTF-8"] + command)
        } catch {
            close()
            throw error
        }
    }

    /// Starts `newstui <arguments>` (default: the repo's seeds) inside
    /// `sh -c '<prefix> "$0" "$@"; echo "[exit $?]"; exec sleep 600'`, so the exit status stays on
    /// screen. `exec` makes sleep the pane process, which the tmux server reaps; a plain `sleep`
    /// would be orphaned when kill-server hangs up the shell.
    convenience init(
        width: Int = 100, height: Int = 30, arguments: [String]? = nil, prefix: String = ""
    ) throws {
        let binary = try E2EPaths.binary()
        let script = "\(prefix)\"$0\" \"$@\"; echo \"[exit $?]\"; exec sleep 600"
        try self.init(
            width: width, height: height,
            command: ["sh", "-c", script, binary] + (arguments ?? [E2EPaths.seeds]))
    }

    deinit { close() }

    private static func tmuxPath() throws -> URL {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] {
            let path = dir + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
        }
        throw EndToEndError("tmux not found; install it (apt-get install tmux)")
    }

    /// Runs one tmux client command against our server and returns its stdout.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.capture(
            try TmuxSession.tmuxPath().path, ["-S", socketPath, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw EndToEndError(
                "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    /// Sends keys by tmux name (`Down`, `Enter`, `Escape`, `q`, `?`...).
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "t"] + keys)
    }

    /// The visible screen, one line per row (`-e`: with SGR escapes; `-N`: keep trailing blanks).
    func capture(escapes: Bool = false, keepTrailing: Bool = false) throws -> String {
        var args = ["capture-pane", "-t", "t", "-p"]
        if escapes { args.append("-e") }
        if keepTrailing { args.append("-N") }
        return try tmux(args)
    }

    /// Formats a tmux variable for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "t", format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    /// Polls the screen every 20 ms until `condition` holds; throws with the last screen on timeout.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Double = 15, escapes: Bool = false,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout * E2EPaths.slowdown)
        var screen = ""
        while true {
            screen = try capture(escapes: escapes)
            if condition(screen) { return screen }
            if Date() >= deadline { break }
            usleep(20_000)
        }
        throw EndToEndError("timed out after \(timeout) s waiting for \(what); screen was:\n\(screen)")
    }

    /// Waits until `text` is on screen.
    @discardableResult
    func waitFor(text: String, timeout: Double = 5) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until a tmux format (e.g. `#{alternate_on}`) has the expected value.
    func waitFor(format: String, equals expected: String, timeout: Double = 5) throws {
        let deadline = Date().addingTimeInterval(timeout * E2EPaths.slowdown)
        var value = ""
        while true {
            value = try display(format)
            if value == expected { return }
            if Date() >= deadline { break }
            usleep(20_000)
        }
        throw EndToEndError("timed out waiting for \(format) == \(expected); it was \(value)")
    }

    /// The pid of the program under the `sh -c` wrapper (the wrapper shell's child).
    func appPID() throws -> pid_t {
        guard let shell = pid_t(try display("#{pane_pid}")) else {
            throw EndToEndError("no pane pid")
        }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let child = TmuxSession.children(of: shell).first { return child }
            usleep(20_000)
        }
        throw EndToEndError("the app under pane shell \(shell) was not found")
    }

    /// Child pids of `parent`, from /proc/<pid>/stat (4th field; the 2nd, comm, may hold spaces).
    static func children(of parent: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
            return []
        }
        var result: [pid_t] = []
        for entry in entries {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == parent { result.append(pid) }
        }
        return result
    }

    /// Kills the server and reaps it; idempotent.
    ///
    /// A program still running under the wrapper shell is killed first and the shell left to reap
    /// it: if kill-server hung up both, whichever outlived its parent would be orphaned (and, in
    /// a container whose init does not reap, left as a zombie).
    func close() {
        guard !closed else { return }
        closed = true
        if server.isRunning {
            if let shell = try? display("#{pane_pid}"), let shellPID = pid_t(shell) {
                for child in TmuxSession.children(of: shellPID) { kill(child, SIGKILL) }
                let deadline = Date().addingTimeInterval(2)
                while !TmuxSession.children(of: shellPID).isEmpty && Date() < deadline {
                    usleep(5_000)
                }
            }
            _ = try? Spawn.capture(
                (try? TmuxSession.tmuxPath().path) ?? "/usr/bin/tmux",
                ["-S", socketPath, "-f", "/dev/null", "kill-server"], timeout: 5)
            let deadline = Date().addingTimeInterval(5)
            while server.isRunning && Date() < deadline { usleep(5_000) }
            if server.isRunning { kill(server.processIdentifier, SIGKILL) }
            server.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: socketPath)
    }
}
