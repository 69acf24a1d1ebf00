import Foundation
import GRDB

/// A persistent map from (content hash, analyser version) to an opaque payload — the analysed form
/// of an article — in an SQLite database (`analysis.sqlite`, WAL mode) under the user's cache
/// folder.
///
/// The cache is an optimisation only, so it never stops the reader and never throws:
/// - `open` returns `nil` and a one-line warning when the cache cannot be used (no folder, read-only,
///   locked for more than the lock timeout); a corrupt file is deleted and rebuilt, with a warning.
/// - Later failures set `warning` once: a failed write disables further writes (reads keep working
///   and simply miss what was not stored); a failed read disables the cache (everything misses);
///   corruption found during use rebuilds the database once.
///
/// Thread safety: every method may be called from any thread. Calls are serialised by a lock (the
/// database connection is a GRDB `DatabaseQueue`, which is serial anyway); batch calls are cheap,
/// so call `payloads` once for all files and `store` once per group of results rather than per
/// article.
public final class AnalysisCache: @unchecked Sendable {
    /// The database file inside the cache folder.
    public static let fileName = "analysis.sqlite"
    /// Hashes per `SELECT ... IN (...)` and items per write transaction.
    public static let batchSize = 500

    /// Knobs for tests; the defaults are what the program uses.
    public struct Options: Sendable {
        /// Open the database file with SQLITE_OPEN_READONLY. Tests run as root, where permission
        /// bits do not stop writes, so this is how they reproduce a read-only cache file; the
        /// cache then reports itself unavailable exactly as for a file on a read-only disk.
        public var readOnly: Bool
        /// How long to wait for a lock held by another process (another newstui) before giving up.
        public var lockTimeout: TimeInterval

        public init(readOnly: Bool = false, lockTimeout: TimeInterval = 0.2) {
            self.readOnly = readOnly
            self.lockTimeout = lockTimeout
        }
    }

    /// The database file this cache uses.
    public let path: String
    private let options: Options
    private let lock = NSLock()
    // Guarded by `lock`:
    private var queue: DatabaseQueue?
    private var writable = true
    private var rebuilt = false
    private var firstWarning: String?

    private init(path: String, queue: DatabaseQueue, options: Options, rebuilt: Bool) {
        self.path = path
        self.queue = queue
        self.options = options
        self.rebuilt = rebuilt
    }

    deinit {
        try? queue?.close()
    }

    /// The first problem met after `open` (a failed write or read, or a rebuild during use), one
    /// line; nil while all is well. Show it once.
    public var warning: String? {
        lock.withLock { firstWarning }
    }

    // MARK: - Opening

    /// The cache folder: `$XDG_CACHE_HOME/newstui` when XDG_CACHE_HOME is an absolute path (the XDG
    /// spec says to ignore a relative one), else `$HOME/.cache/newstui`; nil without either.
    public static func defaultDirectory(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("newstui", isDirectory: true)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".cache", isDirectory: true)
                .appendingPathComponent("newstui", isDirectory: true)
        }
        return nil
    }

    /// Opens (creating when needed) the cache in `directory`, or in `defaultDirectory(environment:)`
    /// when `directory` is nil. Never throws: returns a nil cache with a one-line warning when the
    /// cache cannot be used, and a cache with a warning when a corrupt file had to be rebuilt.
    public static func open(
        directory: URL?, environment: [String: String], options: Options = Options()
    ) -> (cache: AnalysisCache?, warning: String?) {
        guard let folder = directory ?? defaultDirectory(environment: environment) else {
            return (nil, unavailable("no cache folder: neither XDG_CACHE_HOME nor HOME is set"))
        }
        if let failure = makeDirectory(folder.path) {
            return (nil, unavailable("cannot create \(failure)"))
        }
        let path = folder.appendingPathComponent(fileName).path
        var warning: String?
        var rebuilt = false

        // A truncated or overwritten file is found from its header before SQLite sees it.
        if SQLiteHeader.looksCorrupt(path: path) {
            if options.readOnly { return (nil, unavailable("corrupt: \(path)")) }
            if let failure = removeDatabaseFiles(path: path) {
                return (nil, unavailable("corrupt and cannot be removed: \(failure)"))
            }
            warning = rebuiltWarning(path)
            rebuilt = true
        }
        do {
            let queue = try connect(path: path, options: options)
            return (AnalysisCache(path: path, queue: queue, options: options, rebuilt: rebuilt), warning)
        } catch let problem as Problem {
            guard problem.isCorruption, !rebuilt, !options.readOnly else {
                return (nil, unavailable(problem.reason(path: path)))
            }
        } catch {
            return (nil, unavailable(describe(error)))
        }
        // SQLite found the file corrupt: start again from an empty database, once.
        if let failure = removeDatabaseFiles(path: path) {
            return (nil, unavailable("corrupt and cannot be removed: \(failure)"))
        }
        do {
            let queue = try connect(path: path, options: options)
            return (AnalysisCache(path: path, queue: queue, options: options, rebuilt: true), rebuiltWarning(path))
        } catch let problem as Problem {
            return (nil, unavailable(problem.reason(path: path)))
        } catch {
            return (nil, unavailable(describe(error)))
        }
    }

    // MARK: - Reading and writing

    /// The stored payloads of those `hashes` (for this analyser `version`) that the cache holds;
    /// hashes it does not hold are absent. One query per `batchSize` hashes.
    public func payloads(for hashes: [String], version: Int) -> [String: Data] {
        lock.withLock {
            guard let queue, !hashes.isEmpty else { return [:] }
            var seen = Set<String>()
            let unique = hashes.filter { seen.insert($0).inserted }
            var found: [String: Data] = [:]
            found.reserveCapacity(unique.count)
            do {
                try queue.read { db in
                    var start = 0
                    while start < unique.count {
                        let batch = unique[start..<min(start + Self.batchSize, unique.count)]
                        start += batch.count
                        let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
                        let sql = "SELECT hash, payload FROM entries WHERE version = ? AND hash IN (\(marks))"
                        var arguments: StatementArguments = [version]
                        arguments += StatementArguments(Array(batch))
                        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                        while let row = try rows.next() {
                            // Decoded without GRDB's force-conversions: a row of another type
                            // (someone else's doing) is a miss, not a crash.
                            let hashValue: DatabaseValue = row[0]
                            let payloadValue: DatabaseValue = row[1]
                            if let hash = String.fromDatabaseValue(hashValue),
                               let payload = Data.fromDatabaseValue(payloadValue) {
                                found[hash] = payload
                            }
                        }
                    }
                }
                return found
            } catch {
                handle(error, during: .read)
                return [:]
            }
        }
    }

    /// Stores `items` under `version` (replacing what the same hash and version held), one
    /// transaction per `batchSize` items. A failure sets `warning` and disables further writes.
    public func store(_ items: [(hash: String, payload: Data)], version: Int) {
        guard !items.isEmpty else { return }
        lock.withLock {
            for attempt in 0..<2 {
                guard writable, let queue else { return }
                do {
                    try write(items, version: version, to: queue)
                    return
                } catch {
                    // After a rebuild caused by this error, try once more on the new database.
                    if !handle(error, during: .write) || attempt == 1 { return }
                }
            }
        }
    }

    /// Deletes the entries of every analyser version but `version`. Call it once the current
    /// version is known (for example after opening), so an upgrade does not leave stale entries.
    public func prune(keeping version: Int) {
        lock.withLock {
            guard writable, let queue else { return }
            do {
                // A look-up first (by the index on version): no write, and no checkpoint of the
                // log, on a start that has nothing to prune.
                let others = "version < ? OR version > ?"
                let any = try queue.read { db in
                    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entries WHERE \(others))", arguments: [version, version]) ?? false
                }
                guard any else { return }
                try queue.write { db in
                    try db.execute(sql: "DELETE FROM entries WHERE \(others)", arguments: [version, version])
                }
            } catch {
                handle(error, during: .write)
            }
        }
    }

    /// The number of entries (all versions); for tests and diagnostics. 0 when unavailable.
    public func count() -> Int {
        lock.withLock {
            guard let queue else { return 0 }
            return (try? queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM entries") }) ?? 0
        }
    }

    private func write(_ items: [(hash: String, payload: Data)], version: Int, to queue: DatabaseQueue) throws {
        var start = 0
        while start < items.count {
            let batch = items[start..<min(start + Self.batchSize, items.count)]
            start += batch.count
            try queue.write { db in
                let statement = try db.cachedStatement(
                    sql: "INSERT OR REPLACE INTO entries(hash, version, payload) VALUES (?, ?, ?)")
                for item in batch {
                    try statement.execute(arguments: [item.hash, version, item.payload])
                }
            }
        }
    }

    // MARK: - Failures

    private enum Operation { case read, write }

    /// Reacts to an error met during use (called with `lock` held). Returns true when the database
    /// was rebuilt, so the operation may be retried.
    @discardableResult
    private func handle(_ error: any Error, during operation: Operation) -> Bool {
        let problem = Problem(error)
        if problem.isCorruption && !rebuilt && !options.readOnly {
            rebuilt = true
            try? queue?.close()
            queue = nil
            if let failure = Self.removeDatabaseFiles(path: path) {
                note(Self.unavailable("corrupt and cannot be removed: \(failure)"))
                return false
            }
            do {
                queue = try Self.connect(path: path, options: options)
                note(Self.rebuiltWarning(path))
                return true
            } catch {
                note(Self.unavailable(Problem(error).reason(path: path)))
                return false
            }
        }
        switch operation {
        case .write:
            writable = false
            note("cache write failed (\(problem.reason(path: path))): new results are not saved")
        case .read:
            try? queue?.close()
            queue = nil
            note(Self.unavailable(problem.reason(path: path)))
        }
        return false
    }

    /// A problem with the corpus snapshot beside the database, reported like the cache's own.
    func noteSnapshotProblem(_ message: String) {
        lock.withLock { note(message) }
    }

    private func note(_ message: String) {
        if firstWarning == nil { firstWarning = Self.oneLine(message) }
    }

    // MARK: - Connection

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: entries") { db in
            try db.execute(sql: """
                CREATE TABLE entries (
                    hash TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    payload BLOB NOT NULL,
                    PRIMARY KEY (hash, version)
                )
                """)
        }
        return migrator
    }

    /// Opens, migrates and checks the database; throws a `Problem`.
    private static func connect(path: String, options: Options) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "newstui.analysis-cache"
        configuration.readonly = options.readOnly
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(options.lockTimeout)
        var opened: DatabaseQueue?
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            opened = queue
            try migrator.migrate(queue)
            // A write that changes nothing: proves the file is writable and that the write lock
            // can be had within the timeout, so a read-only or locked cache is reported now.
            // (And the index by version, made once, so that pruning other versions looks them up
            // instead of scanning every entry on each start.)
            try queue.write { db in
                try db.execute(sql: "DELETE FROM entries WHERE 0")
                try db.execute(sql: "CREATE INDEX IF NOT EXISTS entries_by_version ON entries (version)")
            }
            // Reading a row reaches the table's pages, where a damaged file usually shows.
            _ = try queue.read { db in try Row.fetchOne(db, sql: "SELECT hash, version FROM entries LIMIT 1") }
            return queue
        } catch {
            try? opened?.close()
            throw Problem(error)
        }
    }

    /// `mkdir -p`; returns "<path>: <reason>" when some folder on the way cannot be made.
    private static func makeDirectory(_ path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + component
            if mkdir(prefix, 0o755) == 0 { continue }
            let code = errno
            var info = stat()
            if code == EEXIST, stat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
            let reason = code == EEXIST ? ENOTDIR : code
            return "\(prefix): \(String(cString: strerror(reason)))"
        }
        return nil
    }

    /// Deletes the database and its WAL, shared-memory and journal files. Returns why it could not.
    private static func removeDatabaseFiles(path: String) -> String? {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let file = path + suffix
            if unlink(file) != 0 && errno != ENOENT {
                return "\(file): \(String(cString: strerror(errno)))"
            }
        }
        return nil
    }

    // MARK: - Messages

    private static func unavailable(_ reason: String) -> String {
        oneLine("cache unavailable (\(reason)): working without it")
    }

    private static func rebuiltWarning(_ path: String) -> String {
        oneLine("cache was corrupt and has been rebuilt (\(path))")
    }

    static func describe(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }

    /// Paths come from the environment: no control character may reach the terminal.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format ? "?" : $0
        }))
    }
}

/// An SQLite error sorted into what the cache does about it.
struct Problem: Error {
    enum Kind { case corrupt, readOnly, locked, full, cannotOpen, other }
    let kind: Kind
    let message: String

    init(_ error: any Error) {
        if let problem = error as? Problem {
            self = problem
            return
        }
        guard let error = error as? DatabaseError else {
            kind = .other
            message = AnalysisCache.describe(error)
            return
        }
        message = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: kind = .corrupt
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: kind = .readOnly
        case .SQLITE_BUSY, .SQLITE_LOCKED: kind = .locked
        case .SQLITE_FULL: kind = .full
        case .SQLITE_CANTOPEN: kind = .cannotOpen
        default: kind = .other
        }
    }

    var isCorruption: Bool { kind == .corrupt }

    func reason(path: String) -> String {
        switch kind {
        case .corrupt: return "corrupt: \(path)"
        case .readOnly: return "read-only: \(path)"
        case .locked: return "locked by another process: \(path)"
        case .full: return "disk full: \(path)"
        case .cannotOpen: return "cannot open \(path)"
        case .other: return "\(message): \(path)"
        }
    }
}
