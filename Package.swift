// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newstui",
    products: [
        .executable(name: "newstui", targets: ["newstui"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
        .library(name: "NewsUI", targets: ["NewsUI"]),
        // For the key-decoder fuzz target in Fuzz/ (a separate package).
        .library(name: "TerminalBackend", targets: ["TerminalBackend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),  // Linux: libsqlite3-dev
    ],
    targets: [
        // MARK: - System library (used by TerminalBackend only)
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),

        // MARK: - Layers; arrows point down only: newstui -> TerminalBackend -> NewsUI -> NewsModel
        .target(
            name: "NewsModel",
            resources: [.copy("Resources/Gazetteer"), .copy("Resources/Lexicon")]
        ),
        .target(name: "NewsUI", dependencies: ["NewsModel"]),
        .target(name: "TerminalBackend", dependencies: ["NewsUI", "CNcurses"]),
        // The analysis cache (SQLite via GRDB), beside the layers: newstui -> NewsStore -> NewsModel
        .target(name: "NewsStore", dependencies: ["NewsModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "newstui",
            dependencies: [
                "NewsModel", "NewsUI", "TerminalBackend", "NewsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/SampleCorpus")]
        ),

        // MARK: - Tests
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsUITests", dependencies: ["NewsUI", "NewsModel"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "NewsUI"]),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ]
)
