import Foundation
import NewsModel

/// A file as `stat` sees it: what tells, without reading it, that a file has not changed.
public struct FileStamp: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification and status-change times, nanoseconds since the epoch.
    public var modified: Int64
    public var changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of `path` (following links, as the corpus walk does); nil when stat fails.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }

    /// The wall clock now, in the stamps' unit.
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// A file changed less than this before it was looked at may change again within the same
    /// timestamp tick (file systems keep coarse times), so its stamp alone is not trusted later.
    static let racyWindow: Int64 = 2_000_000_000
}

/// What the snapshot remembers of one file of the corpus.
struct SnapshotEntry: Equatable {
    var path: String
    var stamp: FileStamp?
    /// The content hash of the bytes analysed, or "!" and the reason the file could not be read.
    var hash: String
    /// The stamp was taken long enough after the file's last change to stand for its content.
    var trusted: Bool

    /// Whether `current` (a stat taken now) proves the file unchanged without reading it.
    func vouches(for current: FileStamp?) -> Bool {
        trusted && stamp != nil && stamp == current
    }
}

/// The analysis of a whole corpus in one checksummed binary file beside the analysis database
/// (`snapshot-<hash of the opened paths>.bin`), so a start where no file changed decodes it
/// instead of merging entities, extracting claims and searching conflicts again.
///
///     file := magic · region length (UInt64 LE) · region · block stream (see BlockFile)
///
/// The region holds each article's and each conflict's payload (`AnalysisCodec.encodeRegion`);
/// it is memory-mapped, checked against a checksum per `regionChunk` bytes, and its payloads are
/// decoded only when asked for. The block stream holds the key, the region's checksums and the
/// rest of the analysis (`AnalysisCodec`), decoded at once.
///
/// Its key: the format, the analyser version, the program build, the walk's problems and, per
/// file in corpus order, the path, the stat stamp and the content hash. A start uses it only when
/// every file is the same (a trusted stamp that matches, else the bytes' hash); otherwise the
/// stamps and hashes still spare reading the unchanged files. A damaged file (bad magic, checksum,
/// truncation) is reported once, deleted and rebuilt.
public struct CorpusSnapshot: Sendable {
    static let magic: [UInt8] = Array("NTSNAP\r\n".utf8)
    /// Bump when the binary layout changes.
    static let formatVersion = 9
    /// Bytes of the region per checksum.
    static let regionChunk = 1 << 20
    /// Snapshots kept in the folder (the most recently written); older ones are deleted.
    static let kept = 4

    /// The program's build: the executable's size and modification time, so a rebuilt program
    /// (whose merge, claim or conflict rules may differ) never reuses an older snapshot.
    public static let currentBuild: String = {
        guard let stamp = FileStamp.of("/proc/self/exe") else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }()

    let path: String
    let version: Int
    let build: String

    /// The snapshot file for a corpus opened from `paths`, in the folder `directory`.
    init(directory: String, paths: [String], version: Int, build: String) {
        let key = ContentHash.of(Array(paths.joined(separator: "\u{0}").utf8))
        path = (directory as NSString).appendingPathComponent("snapshot-\(key).bin")
        self.version = version
        self.build = build
    }

    enum Opened {
        /// No snapshot, or one made by another format, analyser or build.
        case none
        case corrupt(String)
        /// The snapshot's key; call `analysis(from:)` with the reader to decode the rest.
        case header(walkProblems: [LoadProblem], files: [SnapshotEntry], reader: Reader)
    }

    /// Keeps the file open while the caller checks the key.
    final class Reader {
        let fd: Int32
        let blocks: BlockReader
        /// The region's size; it starts at `regionStart`.
        var regionLength = 0
        static let regionStart = 16
        init(fd: Int32) {
            self.fd = fd
            blocks = BlockReader(fd: fd)
        }
        deinit { close(fd) }
    }

    /// Reads the snapshot's header and file table.
    func open() -> Opened {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .none }
        let reader = Reader(fd: fd)
        let r = reader.blocks.values!
        do {
            let head = try reader.blocks.raw(Reader.regionStart)
            guard Array(head.prefix(Self.magic.count)) == Self.magic else { return .corrupt("not a snapshot") }
            // The region, skipped: the block stream follows it.
            var info = stat()
            guard fstat(fd, &info) == 0 else { return .none }
            let length = readLE(head, Self.magic.count, 8)
            guard length <= UInt64(Int64(info.st_size)) - UInt64(Reader.regionStart) else { return .corrupt("truncated region") }
            reader.regionLength = Int(length)
            guard lseek(fd, off_t(Reader.regionStart + reader.regionLength), SEEK_SET) >= 0 else { return .none }
            guard try r.uint() == Self.formatVersion, try r.uint() == version, try r.string() == build else { return .none }
            let walkProblems = try AnalysisCodec.decodeProblems(from: r)
            let n = try r.count()
            var files: [SnapshotEntry] = []
            files.reserveCapacity(n)
            for _ in 0..<n {
                let path = try r.string()
                var stamp: FileStamp? = nil
                if try r.bool() {
                    stamp = FileStamp(device: UInt64(truncatingIfNeeded: try r.int()), inode: UInt64(truncatingIfNeeded: try r.int()),
                                      size: Int64(try r.int()),
                                      modified: Int64(try r.int()), changed: Int64(try r.int()))
                }
                files.append(SnapshotEntry(path: path, stamp: stamp, hash: try r.string(), trusted: try r.bool()))
            }
            return .header(walkProblems: walkProblems, files: files, reader: reader)
        } catch {
            switch error {
            case .unreadable: return .none
            case .corrupt(let why): return .corrupt(why)
            }
        }
    }

    /// The analysis after the header, and the check of its region; the reason when the rest of
    /// the file is damaged. The region is mapped and checked chunk by chunk as it is used: the
    /// chunks the stream's columns lie in now, each article or conflict when first decoded, the
    /// rest when the caller asks the checker for all (no unchecked byte is ever decoded).
    func analysis(from reader: Reader) -> Result<(CorpusAnalysis, RegionChecker), BinaryCodingError> {
        do throws(BinaryCodingError) {
            let r = reader.blocks.values!
            guard try r.uint() == Self.regionChunk else { throw BinaryCodingError.corrupt("region chunk size") }
            let sums = try r.int64s()
            let chunks = (reader.regionLength + Self.regionChunk - 1) / Self.regionChunk
            guard sums.count == 2 * chunks else { throw BinaryCodingError.corrupt("region checksums") }
            let (region, checker) = try Self.mapRegion(reader, sums: sums)
            let analysis = try AnalysisCodec.decode(from: r, region: region)
            try reader.blocks.expectEnd()
            return .success((analysis, checker))
        } catch {
            return .failure(error)
        }
    }

    /// Maps the file and hands out its region (unmapped once nothing refers to it), with a checker
    /// of its chunks against `sums`.
    private static func mapRegion(_ reader: Reader, sums: [Int64]) throws(BinaryCodingError) -> (PackedRegion, RegionChecker) {
        let total = Reader.regionStart + reader.regionLength
        guard let base = mmap(nil, total, PROT_READ, MAP_PRIVATE, reader.fd, 0), base != MAP_FAILED else {
            throw .unreadable(String(cString: strerror(errno)))
        }
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(base) + Reader.regionStart, count: reader.regionLength)
        let address = UInt(bitPattern: base)
        let region = UncheckedRegion(bytes: bytes)
        let checker = RegionChecker(chunkSize: regionChunk, chunks: sums.count / 2) { c in check(chunk: c, of: region.bytes, sums) }
        return (PackedRegion(bytes: bytes, checker: checker) { _ = munmap(UnsafeMutableRawPointer(bitPattern: address), total) }, checker)
    }

    /// The mapped bytes, for the checker's threads (read only, and unmapped only after it is gone).
    private struct UncheckedRegion: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
    }

    /// Checks chunk c of the region against its checksum, letting go of its pages after (they
    /// stay in the page cache, and are mapped again when read), so checking the whole region
    /// does not make the whole file resident.
    private static func check(chunk c: Int, of region: UnsafeRawBufferPointer, _ sums: [Int64]) -> Bool {
        guard let base = region.baseAddress else { return true }
        let start = Int(bitPattern: base) + c * regionChunk, end = min(Int(bitPattern: base) + region.count, start + regionChunk)
        guard end > start else { return false }
        let (a, b) = ContentHash.lanes(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: start), count: end - start))
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (start + page - 1) / page * page, last = end / page * page
        if last > first { _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, MADV_DONTNEED) }
        return a == UInt64(bitPattern: sums[2 * c]) && b == UInt64(bitPattern: sums[2 * c + 1])
    }

    /// Writes the snapshot (to a temporary file renamed into place, so a reader never sees half of
    /// one), then deletes the oldest snapshots beyond `kept`. Returns why it failed.
    func write(_ analysis: CorpusAnalysis, walkProblems: [LoadProblem], files: [SnapshotEntry]) -> String? {
        let temporary = path + ".tmp-\(getpid())"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return "\(temporary): \(String(cString: strerror(errno)))" }
        let blocks = BlockWriter(fd: fd)
        blocks.raw(Self.magic + [UInt8](repeating: 0, count: 8))
        // The region, in chunks of `regionChunk` bytes, each with its checksum.
        var pending: [UInt8] = []
        var sums: [Int64] = []
        var regionLength = 0
        func chunk(_ bytes: ArraySlice<UInt8>) {
            let (a, b) = bytes.withUnsafeBytes { ContentHash.lanes($0) }
            sums.append(Int64(bitPattern: a))
            sums.append(Int64(bitPattern: b))
            blocks.raw(Array(bytes))
            regionLength += bytes.count
        }
        let offsets = AnalysisCodec.encodeRegion(analysis) { piece in
            pending.append(contentsOf: piece)
            var start = 0
            while pending.count - start >= Self.regionChunk {
                chunk(pending[start..<(start + Self.regionChunk)])
                start += Self.regionChunk
            }
            pending.removeSubrange(0..<start)
        }
        if !pending.isEmpty { chunk(pending[...]) }
        pending = []
        var length: [UInt8] = []
        appendLE(UInt64(regionLength), bytes: 8, to: &length)
        if pwrite(fd, length, 8, off_t(Self.magic.count)) != 8 { blocks.noteFailure(String(cString: strerror(errno))) }
        let w = blocks.values!
        w.uint(Self.formatVersion)
        w.uint(version)
        w.string(build)
        AnalysisCodec.encode(walkProblems, to: w)
        w.uint(files.count)
        for f in files {
            w.string(f.path)
            if let s = f.stamp {
                w.u8(1)
                w.int(Int(truncatingIfNeeded: s.device)); w.int(Int(truncatingIfNeeded: s.inode)); w.int(Int(s.size))
                w.int(Int(s.modified)); w.int(Int(s.changed))
            } else {
                w.u8(0)
            }
            w.string(f.hash)
            w.bool(f.trusted)
        }
        w.uint(Self.regionChunk)
        w.int64s(sums)
        AnalysisCodec.encode(analysis, region: offsets, to: w)
        let ok = blocks.finish()
        let closed = close(fd) == 0
        guard ok, closed, rename(temporary, path) == 0 else {
            let reason = blocks.failure ?? String(cString: strerror(errno))
            unlink(temporary)
            return "\(path): \(reason)"
        }
        prune()
        return nil
    }

    /// Deletes this snapshot (after it was found damaged).
    func remove() {
        unlink(path)
    }

    /// Keeps the `kept` most recently written snapshots of the folder, and deletes temporary files
    /// an hour old (left by a program that was killed while writing).
    private func prune() {
        let folder = (path as NSString).deletingLastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let hourAgo = FileStamp.now() - 3_600_000_000_000
        for name in names where name.hasPrefix("snapshot-") && name.contains(".bin.tmp-") {
            let file = (folder as NSString).appendingPathComponent(name)
            if let stamp = FileStamp.of(file), stamp.modified < hourAgo { unlink(file) }
        }
        let snapshots = names.filter { $0.hasPrefix("snapshot-") && $0.hasSuffix(".bin") }
            .map { (folder as NSString).appendingPathComponent($0) }
            .map { ($0, FileStamp.of($0)?.modified ?? 0) }
            .sorted { $0.1 > $1.1 }
        for (old, _) in snapshots.dropFirst(Self.kept) where old != path { unlink(old) }
    }
}
