// swift-tools-version:6.0
// libFuzzer targets for newstui. A package of its own so that the root package's `swift build`
// and `swift test` never see them: they only link under `-sanitize=fuzzer`, which supplies `main`.
// Build and run them with `scripts/fuzz.sh` (see README, "Safety").
import PackageDescription

let package = Package(
    name: "NewstuiFuzz",
    dependencies: [
        .package(name: "newstui", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's driver entry point (libFuzzer comes with -sanitize=fuzzer).
        .target(name: "CLibFuzzer"),
        // Checks shared by the targets: offsets agree with the text, nothing drawable carries a control.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "NewsModel", package: "newstui"),
                .product(name: "NewsUI", package: "newstui"),
            ]
        ),
        // bytes -> CorpusLoader.parse(bytes:id:path:) (TextDecoder + ArticleParser)
        .executableTarget(name: "FuzzArticle", dependencies: ["FuzzSupport", .product(name: "NewsModel", package: "newstui")]),
        // bytes -> parsed article -> Analyzer.recognize (entity recognition), and its cache encoding
        .executableTarget(name: "FuzzEntities", dependencies: ["FuzzSupport", .product(name: "NewsModel", package: "newstui")]),
        // bytes -> one or two articles -> Analyzer().analyze (claims, conflicts) -> JSON report and drawn screens
        .executableTarget(
            name: "FuzzClaims",
            dependencies: [
                "FuzzSupport", .product(name: "NewsModel", package: "newstui"), .product(name: "NewsUI", package: "newstui"),
            ]
        ),
        // bytes -> terminal events (KeyDecoder) -> AppState.update -> RootView.render
        .executableTarget(
            name: "FuzzKeys",
            dependencies: [
                "FuzzSupport", .product(name: "NewsModel", package: "newstui"), .product(name: "NewsUI", package: "newstui"),
                .product(name: "TerminalBackend", package: "newstui"),
            ]
        ),
    ]
)
